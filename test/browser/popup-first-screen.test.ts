/**
 * The popup's first frame (issue #18): its list comes from the background's first-screen summary in
 * storage.local, so it is drawn even when IndexedDB is slow to open or does not answer at all, and
 * it is never older than the records; the database, read right after the first frame, has the last word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './harness';
import { seedRecords } from './seed';

const launched = useExtension({ serve: false });
let popupUrl: string;

beforeAll(async () => {
  popupUrl = `chrome-extension://${launched.extensionId}/src/popup/index.html`;
  const setup = await launched.context.newPage();
  await setup.goto(popupUrl);
  await seedRecords(setup, [
    { name: 'Office scanner', days: 120 },
    { name: 'Thunderbird at home', days: 5 },
  ]);
  await setup.close();
});

/** Opens the popup in a page whose IndexedDB never answers an open (a busy or wedged database). */
async function openWithDatabaseStuck(): Promise<Page> {
  const page = await launched.context.newPage();
  await page.addInitScript(() => {
    // A real request object (idb checks `instanceof IDBRequest`) on which no event ever fires.
    indexedDB.open = () => Object.setPrototypeOf(new EventTarget(), IDBOpenDBRequest.prototype);
  });
  await page.goto(popupUrl);
  return page;
}

const rowNames = (page: Page) => page.locator('ul.records > li .name').allTextContents();

describe('the popup\'s first screen', () => {
  it('draws the list from the summary when IndexedDB does not answer', async () => {
    const popup = await openWithDatabaseStuck();
    await popup.getByText('Office scanner').waitFor({ timeout: 5_000 });
    expect((await rowNames(popup)).sort()).toEqual(['Office scanner', 'Thunderbird at home']);
    expect(await popup.getByTestId('summary').textContent()).toMatch(/2\b/);
    await popup.close();
  });

  it('is never older than the records: a change is in the next popup\'s first frame', async () => {
    const control = await launched.context.newPage();
    await control.goto(popupUrl);
    await control.getByText('Office scanner').waitFor();
    const added = await control.evaluate(() => chrome.runtime.sendMessage({ type: 'records/add', payload: { name: 'Printer on floor 2', account: 'ada@contoso.com' } }));
    expect(added.ok).toBe(true);
    await control.evaluate((id) => chrome.runtime.sendMessage({ type: 'records/update', payload: { id, name: 'Printer on floor 3' } }), added.value.id);
    const popup = await openWithDatabaseStuck();
    await popup.getByText('Printer on floor 3').waitFor({ timeout: 5_000 });
    expect((await rowNames(popup)).sort()).toEqual(['Office scanner', 'Printer on floor 3', 'Thunderbird at home']);
    await control.evaluate((id) => chrome.runtime.sendMessage({ type: 'records/remove', payload: { id } }), added.value.id);
    await popup.close();
    await control.close();
  });

  it('draws what the database holds after the first frame, whatever the summary said', async () => {
    // A summary that disagrees with the database (as if written by an older version, or the database
    // changed from outside): the popup's read after the first frame wins.
    const control = await launched.context.newPage();
    await control.goto(popupUrl);
    await control.getByText('Office scanner').waitFor();
    const ghost = { id: 'ghost', name: 'Ghost record', account: 'ada@contoso.com', usedWhere: '', notes: '', createdAt: null, firstSeenAt: 1, lastReviewedAt: null, deletedAt: null, source: 'manual', updatedAt: 1 };
    await control.evaluate((record) => chrome.storage.local.set({ firstScreen: { records: [record], complete: true } }), ghost);
    const popup = await launched.context.newPage();
    await popup.goto(popupUrl);
    await popup.getByText('Office scanner').waitFor();
    await expect.poll(() => rowNames(popup)).not.toContain('Ghost record');
    expect((await rowNames(popup)).sort()).toEqual(['Office scanner', 'Thunderbird at home']);
    await popup.close();
    await control.close();
  });

  it('has its rows drawn before the App loads (public/popup-early.js), then the App\'s, each row once', async () => {
    // A write through the background leaves its own summary (a test above wrote one that disagrees).
    const control = await launched.context.newPage();
    await control.goto(popupUrl);
    const added = await control.evaluate(() => chrome.runtime.sendMessage({ type: 'records/add', payload: { name: 'Passing through', account: 'ada@contoso.com' } }));
    await control.evaluate((id) => chrome.runtime.sendMessage({ type: 'records/remove', payload: { id } }), added.value.id);
    await control.close();
    const popup = await launched.context.newPage();
    await popup.addInitScript(() => {
      // What the page held when the early rows appeared: their names, and whether the App was there yet.
      new MutationObserver((_, observer) => {
        const early = document.querySelector('#app [data-early]');
        if (!early) return;
        observer.disconnect();
        const rows = [...early.querySelectorAll('ul.records > li')];
        const seen = {
          names: rows.map((row) => row.querySelector('.name')!.textContent),
          textWidths: {} as Record<string, number>,
          app: !!document.querySelector('header.top'),
        };
        (window as unknown as { earlyRows: typeof seen }).earlyRows = seen;
        // Where each row's text ends in the frame that paints it (styles in): the App's rows must not move it.
        requestAnimationFrame(() => {
          for (const row of rows) seen.textWidths[row.querySelector('.name')!.textContent!] = row.querySelector('.rec-text')!.getBoundingClientRect().width;
        });
      }).observe(document, { subtree: true, childList: true });
    });
    await popup.goto(popupUrl);
    await popup.locator('html[data-popup-settled]').waitFor({ state: 'attached' });
    const early = await popup.evaluate(() => (window as unknown as { earlyRows?: { names: string[]; textWidths: Record<string, number>; app: boolean } }).earlyRows);
    expect(early?.app).toBe(false);
    expect(early?.names.sort()).toEqual(['Office scanner', 'Thunderbird at home']);
    expect(await popup.locator('[data-early]').count()).toBe(0);
    expect((await rowNames(popup)).sort()).toEqual(['Office scanner', 'Thunderbird at home']);
    expect(await popup.locator('ul.records > li .menu-button').count()).toBe(2);
    // Nothing moved when the App's rows came: the early rows kept their controls' room (one is due for review).
    expect(await popup.locator('ul.records > li .quick').count()).toBe(1);
    const appWidths = await popup.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('ul.records > li')].map((row) => [row.querySelector('.name')!.textContent, row.querySelector('.rec-text')!.getBoundingClientRect().width])),
    );
    expect(appWidths).toEqual(early?.textWidths);
    await popup.close();
  });
});
