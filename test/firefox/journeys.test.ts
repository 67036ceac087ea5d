/**
 * The replica journeys in Firefox ESR with the Firefox build, and the privacy proof on top of them.
 *
 * Every scenario of the Chromium tier is walked (test/browser/journey.ts), in English, plus every
 * create and delete flow in each language (the non-English variants of the interruptions, the
 * admin's missing option and My Account only change which words the same detection matches, which
 * the Chromium tier and the unit replays cover). IT's extra labels need a policies.json: policy
 * .test.ts walks that scenario.
 *
 * Each walk has a known canary as the password on screen. Afterwards everything the extension can
 * write or say is collected — every IndexedDB database, storage.local/sync/session, the popup's
 * localStorage and sessionStorage, both export files, and every console line of every page,
 * content script, extension page and the background page (Firefox prints them all to its stdout) —
 * and the canary must not appear in any of it, in any form (as in test/browser/privacy-canary.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveReplicaIn } from '../../scripts/firefox.mjs';
import { SCENARIOS, type Scenario } from '../fixtures/replica/scenarios';
import { findCanary, makeCanary } from '../browser/canary-forms';
import { CANARY_FLOWS, DUMP_STORAGE, PASSWORD_STEPS, walkJourney } from '../browser/journey';
import { type FirefoxLaunched, call, launchFirefoxWithExtension } from './driver';

const JOURNEYS = SCENARIOS.filter(
  (s) => !s.extraLabels && ((s.config?.lng ?? 'en') === 'en' || /^(create|delete|legacy)/.test(s.name)),
);
const canary = makeCanary();
let firefox: FirefoxLaunched;
const walked: Scenario[] = [];
let shown = 0;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
});

describe('replica journeys in Firefox', () => {
  it('walks every flow the privacy canary needs', () => {
    for (const flow of CANARY_FLOWS) expect(JOURNEYS).toContain(flow);
  });

  it.each(JOURNEYS.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    await walkJourney(firefox.openTab, scenario, {
      config: { canary },
      onStep: async (tab, step) => {
        if (!PASSWORD_STEPS.includes(step)) return;
        // The canary really is on screen, where the capture code could have read it.
        await expect.poll(() => tab.valueOf('password')).toBe(canary);
        expect(await tab.isVisible('password')).toBe(true);
        shown++;
      },
    });
    walked.push(scenario);
  });
});

describe('privacy canary in Firefox', () => {
  it('never lets the password shown on screen reach anything the extension writes, exports or logs', async () => {
    expect(walked.length, 'run with the journeys above').toBeGreaterThan(0);
    expect(shown).toBe(walked.filter((f) => f.steps.some(([, step]) => PASSWORD_STEPS.includes(step))).length);

    // A line from Microsoft's page and one from an extension page, to prove the console is collected.
    const page = await firefox.browser.newPage();
    await serveReplicaIn(page);
    await page.goto('https://mysignins.microsoft.com/security-info');
    await page.evaluate(() => console.log('[console-probe] microsoft page'));
    await page.close();

    // The popup's own requests: an edit with notes, a guide task, a setting, both exports.
    const popup = await firefox.openPopup();
    await popup.evaluate(() => console.log('[console-probe] extension page'));
    const records = await call<Array<{ id: string; name: string; deletedHow: string | null }>>(popup, 'records/list');
    await call(popup, 'records/update', { id: records[0].id, notes: 'Used by the printer on floor 2', usedWhere: 'Printer' });
    await call(popup, 'records/add', { name: 'Added by hand', account: 'ada@contoso.com', notes: 'from the old spreadsheet' });
    await call(popup, 'guide/task-set', { kind: 'delete', name: records[0].name, account: 'ada@contoso.com' });
    await call(popup, 'settings/set', { partial: { reviewIntervalDays: 60 } });
    await call(popup, 'status/get');
    const exports = [
      (await call<{ text: string }>(popup, 'records/export', { format: 'json' })).text,
      (await call<{ text: string }>(popup, 'records/export', { format: 'csv' })).text,
    ];
    const storage = String(await popup.evaluate(DUMP_STORAGE));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the last console lines
    const consoleText = firefox.output.join('');

    // The collection is real: it holds this run's records and both probes' console lines.
    for (const name of ['Outlook on phone', 'Thunderbird', 'Old mail client']) expect(storage).toContain(name);
    expect(storage).toContain('"idb:app-password-guide/records"');
    expect(records.some((r) => r.deletedHow === 'guided')).toBe(true);
    expect(exports[0]).toContain('Old mail client');
    expect(consoleText).toContain('[console-probe] microsoft page');
    expect(consoleText).toContain('[console-probe] extension page');

    const sources: Record<string, string> = {
      'IndexedDB, storage areas and the popup page storage': storage,
      exports: exports.join('\n'),
      'console lines of pages, content scripts, extension pages and the background page': consoleText,
    };
    for (const [where, text] of Object.entries(sources)) {
      expect(findCanary(canary, text), `canary found in ${where}`).toEqual([]);
    }
    await popup.close();
  });
});
