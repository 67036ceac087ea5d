/**
 * The inventory in Firefox: records a guided create and delete write (on the modern and the legacy
 * pages), the popup's list after a guided create, a reminder pass with an alarm fired now on records
 * made "months ago", and an export the browser saves, imported back.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { scenarioNamed, walkJourney } from '../browser/journey';
import type { AppPasswordRecord } from '../../src/shared/record';
import { type FirefoxLaunched, call, clickButton, launchFirefoxWithExtension, textOf } from './driver';

const DAY_MS = 86_400_000;
const downloads = mkdtempSync(join(tmpdir(), 'apg-firefox-downloads-'));
let firefox: FirefoxLaunched;
let popup: Page;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension({ downloadDir: downloads });
  popup = await firefox.openPopup();
});

afterAll(async () => {
  await firefox?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const records = () => call<AppPasswordRecord[]>(popup, 'records/list');
const byName = async (name: string) => (await records()).find((r) => r.name === name);

beforeEach(async () => {
  for (const record of await records()) await call(popup, 'records/remove', { id: record.id });
  await call(popup, 'settings/set', { partial: { reviewIntervalDays: 90 } });
});

async function seed(list: { name: string; days: number }[]): Promise<void> {
  for (const r of list) await call(popup, 'records/add', { name: r.name, account: 'ada@contoso.com', createdAt: Date.now() - r.days * DAY_MS });
}

const api = <T>(expression: string) => popup.evaluate(`(async () => { const b = globalThis.browser; return ${expression}; })()`) as Promise<T>;
const badge = () => api<string>('b.action.getBadgeText({})');
const notifications = () => api<Record<string, unknown>>('b.notifications.getAll()').then((all) => Object.keys(all));
const dailyAlarm = () => api<{ periodInMinutes?: number } | undefined>("b.alarms.get('review-daily')");

describe('the inventory in Firefox', () => {
  it('records a guided create on Security info, and the popup lists it', async () => {
    const before = Date.now();
    await walkJourney(firefox.openTab, scenarioNamed(SCENARIOS, 'create, 2024 picker, en'));
    await expect.poll(() => byName('Outlook on phone')).toMatchObject({ account: 'ada@contoso.com', source: 'guided', deletedAt: null });
    const created = (await byName('Outlook on phone'))!;
    expect(created.createdAt).toBeGreaterThanOrEqual(before - 1000);
    expect(created.createdAt).toBeLessThanOrEqual(Date.now());
    // The rows already on Microsoft's list were picked up too, as seen rather than created.
    expect(await byName('Scanner in the office')).toMatchObject({ source: 'list', createdAt: null });

    const list = await firefox.openPopup();
    await list.waitForFunction(() => document.querySelectorAll('[data-testid="record"]').length >= 3);
    const names = await list.$$eval('[data-testid="record"]', (rows) => rows.map((r) => r.textContent ?? ''));
    expect(names.some((n) => n.includes('Outlook on phone'))).toBe(true);
    expect(names.some((n) => n.includes('Scanner in the office'))).toBe(true);
    await list.close();
  });

  it('marks a guided delete on Security info deleted', async () => {
    await walkJourney(firefox.openTab, scenarioNamed(SCENARIOS, 'delete, confirm "yes", en'));
    await expect.poll(() => byName('Scanner in the office')).toMatchObject({ deletedHow: 'guided', deletedAt: expect.any(Number) });
  });

  it('keeps a legacy create across its full page loads, and marks a legacy delete', async () => {
    await walkJourney(firefox.openTab, scenarioNamed(SCENARIOS, 'legacy verification page to app passwords, create'));
    await expect.poll(() => byName('Old mail client')).toMatchObject({ account: 'ada@contoso.com', source: 'guided', createdAt: expect.any(Number), deletedAt: null });
    await walkJourney(firefox.openTab, scenarioNamed(SCENARIOS, 'legacy delete'));
    await expect.poll(() => byName('Outlook on laptop')).toMatchObject({ deletedHow: 'guided', deletedAt: expect.any(Number) });
  });

  it('has the daily alarm, counts stale records on the badge, notifies once a day, and clears when reviewed', async () => {
    await expect.poll(dailyAlarm).toMatchObject({ periodInMinutes: 1440 });
    await seed([
      { name: 'Scanner', days: 200 },
      { name: 'Old Outlook', days: 100 },
      { name: 'New phone', days: 10 },
    ]);
    await expect.poll(badge).toBe('2');
    expect(await notifications()).toEqual([]);

    // The daily alarm, fired now instead of tomorrow: the background page's real listener runs.
    await api("b.alarms.create('review-daily', { when: Date.now() })");
    await expect.poll(notifications).toEqual(['stale-app-passwords']);
    expect(await api<string>("b.storage.local.get('reminderLastNotifiedDay').then((v) => v.reminderLastNotifiedDay)")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect.poll(dailyAlarm).toMatchObject({ periodInMinutes: 1440 });

    // A second run the same day does not notify again.
    await api("b.notifications.clear('stale-app-passwords')");
    await api("b.alarms.create('review-daily', { when: Date.now() })");
    await expect.poll(dailyAlarm).toMatchObject({ periodInMinutes: 1440 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await notifications()).toEqual([]);

    // Review both stale records in the popup, with the mouse.
    const list = await firefox.openPopup();
    await clickButton(list, 'Still needed', 'Scanner');
    await expect.poll(badge).toBe('1');
    await clickButton(list, 'Still needed', 'Old Outlook');
    await expect.poll(badge).toBe('');
    await list.close();
  });

  it('exports a file the browser saves, and imports it back after the records were removed', async () => {
    await seed([{ name: 'Export me', days: 3 }]);
    const page = await firefox.openPopup();
    await clickButton(page, 'Settings');
    await clickButton(page, 'Export (JSON)');
    let file = '';
    await expect.poll(() => (file = readdirSync(downloads).find((f) => f.endsWith('.json')) ?? '')).not.toBe('');
    const path = join(downloads, file);
    await expect.poll(() => JSON.parse(readFileSync(path, 'utf8') || '{}').records?.map((r: { name: string }) => r.name)).toContain('Export me');

    for (const record of await records()) await call(popup, 'records/remove', { id: record.id });
    const input = (await page.waitForSelector('#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await expect.poll(() => textOf(page, '[role="status"]')).toMatch(/^Imported: 1 new, 0 updated, 0 already here\. The file was read as UTF-8\.$/);
    await clickButton(page, 'App passwords');
    await expect.poll(() => textOf(page)).toContain('Export me');
    await page.close();
  });

  it('sets the popup in its own font at readable sizes, controls included', async () => {
    await seed([{ name: 'Font check', days: 100 }]);
    const page = await firefox.openPopup();
    await page.waitForSelector('[data-testid="record"]');
    const fonts = async () =>
      page.$$eval('body, body *', (els) =>
        els
          .filter((el) => el instanceof HTMLElement && el.offsetParent !== null && ['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'LABEL', 'P', 'SPAN', 'H1', 'H2', 'SMALL'].includes(el.tagName))
          .map((el) => {
            const style = getComputedStyle(el);
            return { tag: el.tagName, family: style.fontFamily, size: parseFloat(style.fontSize) };
          }),
      );
    const family = await page.$eval('body', (el) => getComputedStyle(el).fontFamily);
    expect(family).toMatch(/^system-ui/);
    const inventory = await fonts();
    await clickButton(page, 'Settings');
    await page.waitForSelector('#interval');
    for (const view of [inventory, await fonts()]) {
      expect(view.length).toBeGreaterThan(5);
      for (const el of view) {
        expect(el.family, el.tag).toBe(family);
        // The smallest text is <small>: 5/6 of the popup's 14 px.
        expect(el.size, el.tag).toBeGreaterThanOrEqual(11.5);
      }
    }
    // Firefox's toolbar popup is at most 800 px wide: the popup keeps well inside it.
    expect(await page.$eval('body', (el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(460);
    await page.close();
  });
});

describe('Firefox with no policy', () => {
  it('rejects storage.managed, and the extension treats that as no policy: every setting is the user\'s', async () => {
    await expect(api('b.storage.managed.get()')).rejects.toThrow(/Managed storage manifest not found/);
    const page = await firefox.openPopup();
    await clickButton(page, 'Settings');
    await page.waitForSelector('#interval');
    expect(await page.$eval('#interval', (el) => (el as HTMLInputElement).disabled)).toBe(false);
    expect(await page.$('[data-testid="organisation"]')).toBeNull();
    // Settings save themselves (issue #17): the interval once Enter is pressed.
    await page.locator('#interval').fill('45');
    await page.focus('#interval');
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(page, '[role="status"]')).toBe('Settings saved.');
    expect(await call(popup, 'settings/get')).toMatchObject({ settings: { reviewIntervalDays: 45 }, locked: [] });
    await page.close();
  });
});
