/**
 * Firefox runs the background as an event page, not a service worker: it is suspended when idle
 * and started again by the next event. Here it idles out after 300 ms instead of 30 s, and each
 * journey waits at every screen until the background has really been suspended and started again,
 * so every message of the flow reaches a fresh background that knows only what storage holds.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { scenarioNamed, walkJourney } from '../browser/journey';
import type { AppPasswordRecord } from '../../src/shared/record';
import { type FirefoxLaunched, call, launchFirefoxWithExtension } from './driver';

const IDLE_MS = 300;
let firefox: FirefoxLaunched;
let popup: Page;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension({ prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
  popup = await firefox.openPopup();
});

afterAll(async () => {
  await firefox?.close();
});

const badge = () => popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.action.getBadgeText({}));
const setBadge = (text: string) => popup.evaluate((t) => (globalThis as unknown as { browser: typeof chrome }).browser.action.setBadgeText({ text: t }), text);

/**
 * Waits until the background has been suspended and started again. A started background recounts
 * the badge; `status/get` wakes it and changes nothing else, so a badge we set to "?" comes back
 * only through a fresh start. Asks less often than the idle timeout, so asking cannot keep it awake.
 */
async function restartBackground(): Promise<void> {
  await setBadge('?');
  const deadline = Date.now() + 10_000;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS * 2));
    await call(popup, 'status/get');
    if ((await badge()) !== '?') return;
    if (Date.now() > deadline) throw new Error('the event page was never suspended');
  }
}

describe('the event page in Firefox', () => {
  it('loses nothing and doubles nothing when the background is suspended at every screen', async () => {
    let restarts = 0;
    const onStep = async () => {
      await restartBackground();
      restarts++;
    };
    for (const name of ['legacy verification page to app passwords, create', 'delete, confirm "yes", en']) {
      await walkJourney(firefox.openTab, scenarioNamed(SCENARIOS, name), { onStep });
    }
    expect(restarts).toBe(6 + 3);
    const records = await call<AppPasswordRecord[]>(popup, 'records/list');
    const named = (name: string) => records.filter((r) => r.name === name);
    expect(named('Old mail client')).toEqual([expect.objectContaining({ source: 'guided', account: 'ada@contoso.com', createdAt: expect.any(Number) })]);
    expect(named('Scanner in the office')).toEqual([expect.objectContaining({ deletedHow: 'guided', deletedAt: expect.any(Number) })]);
    // Every record once: the legacy list's rows, the modern list's rows and the one made here.
    expect(new Set(records.map((r) => `${r.account}/${r.name}`)).size).toBe(records.length);
  });
});
