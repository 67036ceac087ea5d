/**
 * IT policy in Firefox, the way IT rolls it out: a real policies.json with the shipped template's
 * settings under `3rdparty.Extensions.<gecko id>`, read by Firefox at start and handed to the
 * extension through storage.managed. Debian's firefox-esr reads /etc/firefox/policies/policies.json
 * (and /usr/lib/firefox-esr/distribution/policies.json; not /etc/firefox-esr/, checked on ESR 153).
 * The file exists only while this file's Firefox starts and runs; one already there is put back.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/firefox.mjs';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { walkJourney } from '../browser/journey';
import { type FirefoxLaunched, call, clickButton, launchFirefoxWithExtension, textOf } from './driver';

const POLICY_DIR = '/etc/firefox/policies';
const POLICY_FILE = `${POLICY_DIR}/policies.json`;
const TEMPLATE = JSON.parse(readFileSync(new URL('../../policy-templates/firefox/policies.json', import.meta.url), 'utf8'));
const SWEDISH = SCENARIOS.find((s) => s.extraLabels)!;
/** The shipped template's settings, with the labels of the one scenario in a language we do not ship. */
const SETTINGS = { ...TEMPLATE.policies['3rdparty'].Extensions[GECKO_ID], extraLabels: SWEDISH.extraLabels };
/** Plus one value the extension must drop (with a warning in the background page's console). */
const WRITTEN = { ...SETTINGS, extraLabels: { ...SETTINGS.extraLabels, 'not a key!': ['x'] } };

let firefox: FirefoxLaunched;
let previous: string | undefined;
let popup: Page;

function restorePolicy(): void {
  if (previous === undefined) rmSync(POLICY_FILE, { force: true });
  else writeFileSync(POLICY_FILE, previous);
}

beforeAll(async () => {
  if (existsSync(POLICY_FILE)) previous = readFileSync(POLICY_FILE, 'utf8');
  mkdirSync(POLICY_DIR, { recursive: true });
  // Only the settings: the template's force-install from AMO needs the internet.
  writeFileSync(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: WRITTEN } } } }));
  try {
    firefox = await launchFirefoxWithExtension();
    popup = await firefox.openPopup();
  } catch (error) {
    restorePolicy();
    throw error;
  }
});

afterAll(async () => {
  try {
    await firefox?.close();
  } finally {
    restorePolicy();
  }
});

const managed = () => popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.managed.get());

describe('IT policy in Firefox', () => {
  it('reaches the extension through storage.managed, and a bad value is dropped with a warning', async () => {
    await expect.poll(managed).toEqual(WRITTEN);
    await expect.poll(() => firefox.output.join('')).toContain('Policy extraLabels.not a key! ignored');
  });

  it('is shown in the popup as managed and locked, with the organisation and help desk', async () => {
    const page = await firefox.openPopup();
    await clickButton(page, 'Settings');
    await page.waitForSelector('#interval');
    await expect.poll(() => page.$eval('#interval', (el) => (el as HTMLInputElement).value)).toBe(String(SETTINGS.reviewIntervalDays));
    expect(await page.$eval('#interval', (el) => (el as HTMLInputElement).disabled)).toBe(true);
    expect(await textOf(page, '#interval-managed')).toBe('Set by your organisation');
    // The template sets reminders too: locked as well.
    expect(await page.$eval('#reminders', (el) => (el as HTMLInputElement).disabled)).toBe(true);
    const org = await textOf(page, '[data-testid="organisation"]');
    expect(org).toContain(`Managed by \u2068${SETTINGS.organisationName}\u2069.`);
    expect(org).toContain(SETTINGS.helpDeskText);
    expect(await page.$eval('[data-testid="organisation"] a', (a) => a.getAttribute('href'))).toBe(SETTINGS.helpDeskUrl);

    const refused = await page.evaluate(() =>
      (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ type: 'settings/set', payload: { partial: { reviewIntervalDays: 90 } } }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked-by-policy' } });
    await page.close();
  });

  it("makes reminders use the policy's review interval", async () => {
    // 40 days: stale under the policy's 30, not under the default 90.
    for (const [name, days] of [['Forty days', 40], ['Twenty days', 20]] as const) {
      await call(popup, 'records/add', { name, account: 'ada@contoso.com', createdAt: Date.now() - days * 86_400_000 });
    }
    await expect.poll(() => popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.action.getBadgeText({}))).toBe('1');
    const page = await firefox.openPopup();
    await page.waitForSelector('[data-testid="record"]');
    const stateOf = (name: string) =>
      page.$$eval('[data-testid="record"]', (rows, n) => rows.find((r) => r.textContent?.includes(n))?.querySelector('[data-testid="state"]')?.textContent, name);
    expect(await stateOf('Forty days')).toBe('Review due');
    expect(await stateOf('Twenty days')).toBe('OK');
    await page.close();
  });

  it("lets IT's extra labels guide a language the extension does not ship, every step of the way", async () => {
    await walkJourney(firefox.openTab, SWEDISH);
  });
});
