/**
 * The popup draws from storage itself (issue #18): opened while the service worker is stopped, it
 * shows the list and the settings without waking the worker, a change made there still goes through
 * the background (which wakes for it) and is there after a reopen, and two open popups agree.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, useExtension } from './harness';
import { stopServiceWorker } from './inventory-harness';
import { seedRecords } from './seed';

const launched = useExtension({ serve: false });

beforeAll(async () => {
  const setup = await openPopup(launched);
  await seedRecords(setup, [
    { name: 'Office scanner', days: 120 },
    { name: 'Thunderbird at home', days: 5 },
    { name: 'Printer on floor 2', days: 10, account: 'bob@contoso.com' },
  ]);
  const reply = await setup.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/set', payload: { partial: { reviewIntervalDays: 60 } } }));
  if (!reply.ok) throw new Error(`settings/set: ${JSON.stringify(reply)}`);
  await setup.close();
});

/** Whether our service worker runs now, as the browser itself lists its targets. */
async function workerRunning(page: Page): Promise<boolean> {
  const session = await page.context().browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${launched.extensionId}/`));
  } finally {
    await session.detach();
  }
}

const rowNames = (popup: Page) => popup.locator('ul.records > li .name').allTextContents();

/** Opens the popup with the worker stopped just before. */
async function openCold(): Promise<Page> {
  const blank = await launched.context.newPage();
  await stopServiceWorker(blank);
  const popup = await openPopup(launched);
  await blank.close();
  return popup;
}

describe('the popup with the service worker stopped', () => {
  it('shows the list and the settings without waking the worker', async () => {
    const popup = await openCold();
    await popup.getByText('Office scanner').waitFor();
    await popup.getByText('Printer on floor 2').waitFor();
    expect(await popup.getByTestId('summary').textContent()).toMatch(/3\b/);
    // Stale at the user's 60 days: the 120-day-old one only.
    expect(await popup.getByTestId('state').allTextContents()).toEqual(expect.arrayContaining(['Review due', 'OK']));
    await popup.getByRole('button', { name: 'Settings' }).click();
    expect(await popup.locator('#interval').inputValue()).toBe('60');
    expect(await popup.locator('#reminders').isChecked()).toBe(true);
    // Everything above was read from storage: the worker was never needed.
    expect(await workerRunning(popup)).toBe(false);
    await popup.close();
  });

  it('sends a change to the background, which keeps it for the next open', async () => {
    const popup = await openCold();
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.locator('#reminders').click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Settings saved.');
    expect(await workerRunning(popup)).toBe(true);
    await popup.getByRole('button', { name: 'App passwords', exact: true }).click();
    const row = popup.getByRole('listitem').filter({ hasText: 'Office scanner' });
    await row.getByRole('button', { name: 'Still needed' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('still needed');
    await popup.close();

    const again = await openCold();
    await again.getByText('Office scanner').waitFor();
    const reopened = again.getByRole('listitem').filter({ hasText: 'Office scanner' });
    expect(await reopened.getByTestId('state').textContent()).toBe('OK');
    await again.getByRole('button', { name: 'Settings' }).click();
    expect(await again.locator('#reminders').isChecked()).toBe(false);
    // What the background itself holds, asked through a message.
    const settings = await again.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/get' }));
    expect(settings.value.settings.remindersEnabled).toBe(false);
    const records = await again.evaluate(() => chrome.runtime.sendMessage({ type: 'records/list' }));
    expect(records.value.find((r: { name: string }) => r.name === 'Office scanner').lastReviewedAt).toBeGreaterThan(Date.now() - 60_000);
    await again.close();
  });

  it('keeps two open popups in agreement', async () => {
    const one = await openCold();
    const two = await openPopup(launched);
    await one.getByText('Thunderbird at home').waitFor();
    await two.getByText('Thunderbird at home').waitFor();
    // A change made in one popup, and one made by the background for Microsoft's page (any writer).
    await one.evaluate(() => chrome.runtime.sendMessage({ type: 'records/add', payload: { name: 'Added elsewhere', account: 'ada@contoso.com' } }));
    await two.getByText('Added elsewhere').waitFor();
    await two.getByRole('button', { name: 'Settings' }).click();
    await two.locator('#guide').click();
    await expect.poll(() => two.getByRole('status').textContent()).toBe('Settings saved.');
    await one.getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => one.locator('#guide').isChecked()).toBe(false);
    await one.getByRole('button', { name: 'App passwords', exact: true }).click();
    await one.getByText('Added elsewhere').waitFor();
    await two.getByRole('button', { name: 'App passwords', exact: true }).click();
    await two.getByText('Added elsewhere').waitFor();
    expect(await rowNames(one)).toEqual(await rowNames(two));
    await one.close();
    await two.close();
  });
});
