/**
 * Flow memory across page loads, in Chromium with the built extension: a legacy creation whose every
 * step is a new page (the real pages post back) ends as a record with its creation time and the
 * account, even where the legacy pages show no account (the one seen earlier in the session for the
 * same tenant stands in); a modern deletion whose list arrives with a page reload still ends on
 * `deleted`, recorded as deleted through the guide; and a closed tab's flow is dropped. And at the
 * limit the guide asks the background which listed app password is stalest and points at it.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openPopup, pageErrors, useExtension, waitForStep } from './harness';
import { Inventory } from './inventory-harness';
import { seedRecords } from './seed';

const launched = useExtension();
/** The worker's first answers can take seconds on a loaded machine (its first managed-storage read). */
const POLL = { timeout: 10_000 };
const inventory = new Inventory(launched);
const LEGACY = 'https://account.activedirectory.windowsazure.com/AppPasswords.aspx';
const SI = 'https://mysignins.microsoft.com/security-info';

beforeEach(async () => {
  await inventory.clear();
});

async function legacyCreate(page: Page, name: string): Promise<void> {
  await waitForStep(page, 'legacy-app-passwords');
  await page.locator('[data-r="create"]').click();
  await waitForStep(page, 'legacy-name');
  await page.locator('[data-r="name"]').fill(name);
  await page.locator('[data-r="next"]').click();
  await waitForStep(page, 'legacy-copy-password');
  await page.locator('[data-r="close"]').click();
  await waitForStep(page, 'legacy-app-passwords');
}

describe('flow memory across page loads', () => {
  it('a legacy creation posted back page by page is recorded with its creation time and the account', async () => {
    const page = await launched.context.newPage();
    const errors = pageErrors(page);
    const before = Date.now();
    await page.goto(`${LEGACY}?legacyPostback=on`);
    await legacyCreate(page, 'Old mail client');
    await expect.poll(async () => (await inventory.records()).find((r) => r.name === 'Old mail client')?.createdAt ?? null, POLL).not.toBe(null);
    const record = (await inventory.records()).find((r) => r.name === 'Old mail client')!;
    expect(record.account).toBe('ada@contoso.com');
    expect(record.createdAt).toBeGreaterThanOrEqual(before);
    expect(record.source).toBe('guided');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('where the legacy pages show no account, the one last seen for the tenant in this session is used', async () => {
    const page = await launched.context.newPage();
    await page.goto(SI);
    await waitForStep(page, 'security-info');
    await page.goto(`${LEGACY}?legacyPostback=on&accountIn=none`);
    await legacyCreate(page, 'Printer in the hall');
    await expect.poll(async () => (await inventory.records()).find((r) => r.name === 'Printer in the hall')?.createdAt ?? null, POLL).not.toBe(null);
    await page.close();
  });

  it('a modern deletion whose list comes with a page reload ends on deleted, recorded as deleted through the guide', async () => {
    const page = await launched.context.newPage();
    await page.goto(`${SI}?afterDelete=reload`);
    await waitForStep(page, 'security-info');
    await expect.poll(async () => (await inventory.records()).map((r) => r.name).sort(), POLL).toEqual(['Outlook on laptop', 'Scanner in the office']);
    await page.locator('[data-r="delete-Scanner in the office"]').click();
    await waitForStep(page, 'confirm-delete');
    await page.locator('[data-r="confirm-yes"]').click();
    await page.waitForEvent('load');
    await waitForStep(page, 'deleted');
    await expect.poll(async () => (await inventory.records()).find((r) => r.name === 'Scanner in the office')?.deletedHow ?? null, POLL).toBe('guided');
    await page.close();
  });

  it('keeps only metadata in storage.session, and drops a tab\'s flow when the tab closes', async () => {
    const page = await launched.context.newPage();
    await page.goto(`${LEGACY}?legacyPostback=on`);
    await waitForStep(page, 'legacy-app-passwords');
    await page.locator('[data-r="create"]').click();
    await waitForStep(page, 'legacy-name');
    await page.locator('[data-r="name"]').fill('Half done');
    const popup = await openPopup(launched);
    const kept = () => popup.evaluate(async () => Object.entries(await chrome.storage.session.get()).filter(([k]) => k.startsWith('flow:')));
    await expect.poll(async () => JSON.stringify(await kept()), POLL).toContain('Half done');
    expect(JSON.stringify(await kept())).not.toContain('qzxwvutsrqponmlk');
    await page.close();
    await expect.poll(async () => (await kept()).length, POLL).toBe(0);
    await popup.close();
  });
});

describe('at the limit of 40', () => {
  it('points at the stalest listed app password and says why that one', async () => {
    const popup = await openPopup(launched);
    await seedRecords(popup, [
      { name: 'Device 12', days: 250 },
      { name: 'Device 30', days: 400 },
      { name: 'Device 31', days: 400, account: 'grace@contoso.com' },
      { name: 'Device 5', days: 20 },
    ]);
    await popup.close();
    const page = await launched.context.newPage();
    await page.goto(`${SI}?count=40`);
    await waitForStep(page, 'limit-reached');
    const say = page.locator('#app-password-guide .say');
    await expect.poll(() => say.textContent(), POLL).toContain('Device 30');
    // Substitutions are isolated (FSI … PDI) inside the sentence.
    expect(await say.textContent()).toMatch(/created \u2068?400\u2069? days ago/);
    await expect.poll(() => page.locator('#app-password-guide .outline').isVisible(), POLL).toBe(true);
    const [row, outline] = await page.evaluate(() => {
      const box = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
      return [box(document.querySelector('[data-r="delete-Device 30"]')!), box(document.getElementById('app-password-guide')!.shadowRoot!.querySelector('.outline')!)];
    });
    expect(outline.left).toBeLessThanOrEqual(row.left);
    expect(outline.bottom).toBeGreaterThanOrEqual(row.bottom);
    await page.close();
  });
});

