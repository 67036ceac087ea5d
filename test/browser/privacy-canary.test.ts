/**
 * The privacy proof, kept in the default run forever: every create and delete flow of the replica
 * engine (both picker generations, the password in text or in a field, the legacy Proofup and
 * AppPasswords.aspx pages, five languages) with a known canary on the password screen, plus the
 * popup's own requests; then everything the extension can write or say is collected — every
 * IndexedDB database, storage.local/sync/session, the popup's localStorage, every message to the
 * background AND every reply it sent back (tapped in the content script's own world and in the
 * popup), both export files, every console line of every page, world and worker — and the canary
 * must not appear in any of it, in any form.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openPopup, pageErrors, useExtension, useReplicaConfig, waitForStep } from './harness';
import { canaryForms, findCanary, makeCanary } from './canary-forms';
import { type Collector, collect, dumpStorage } from './canary-collect';
import { perform } from './walk-scenario';
import { CANARY_FLOWS, PASSWORD_STEPS } from './journey';

const canary = makeCanary();
const launched = useExtension();
let collector: Collector;

const FLOWS = CANARY_FLOWS;

beforeAll(async () => {
  collector = await collect(launched);
});

describe('privacy canary', () => {
  it('recognises every form of the canary it searches for (the check itself can fail)', () => {
    for (const { form, value } of canaryForms(canary)) {
      expect(findCanary(canary, `before ${value} after`), form).toContain(form);
    }
    expect(findCanary(canary, 'nothing to see: abcdabcdabcdabcd')).toEqual([]);
  });

  it('never lets the password shown on screen reach anything the extension writes, sends, answers or logs', async () => {
    let shown = 0;
    const { replies, consoleLines } = collector;
    for (const flow of FLOWS) {
      const before = replies.length;
      const page = await launched.context.newPage();
      const errors = pageErrors(page);
      await collector.instrument(page);
      await useReplicaConfig(page, { ...flow.config, canary });
      await page.goto(flow.url);
      await waitForStep(page, flow.start);
      for (const [action, expected] of flow.steps) {
        await perform(page, action);
        await waitForStep(page, expected);
        if (PASSWORD_STEPS.includes(expected)) {
          // The canary really is on screen, where the capture code could have read it.
          const box = page.locator('[data-r="password"]');
          await expect.poll(async () => (await box.evaluate((el) => (el instanceof HTMLInputElement ? el.value : el.textContent))) ?? '').toBe(canary);
          expect(await box.isVisible()).toBe(true);
          shown++;
        }
      }
      expect(errors, flow.name).toEqual([]);
      // The tap worked in this page's content script: its requests and their replies were logged.
      await expect.poll(() => replies.length - before, { message: flow.name }).toBeGreaterThan(0);
      await page.close();
    }
    expect(shown).toBe(FLOWS.filter((f) => f.steps.some(([, step]) => PASSWORD_STEPS.includes(step))).length);

    // The popup's own requests: an edit with notes, a guide task, a setting, both exports.
    const popup = await openPopup(launched);
    const call = async <T,>(type: string, payload: unknown = {}): Promise<T> => {
      const reply: any = await popup.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
      if (!reply?.ok) throw new Error(`${type}: ${JSON.stringify(reply)}`);
      return reply.value as T;
    };
    const records = await call<Array<{ id: string; name: string; deletedHow: string | null }>>('records/list');
    await call('records/update', { id: records[0].id, notes: 'Used by the printer on floor 2', usedWhere: 'Printer' });
    await call('records/add', { name: 'Added by hand', account: 'ada@contoso.com', notes: 'from the old spreadsheet' });
    await call('guide/task-set', { kind: 'delete', name: records[0].name, account: 'ada@contoso.com' });
    await call('settings/set', { partial: { reviewIntervalDays: 60 } });
    await call('status/get');
    const exports = [(await call<{ text: string }>('records/export', { format: 'json' })).text, (await call<{ text: string }>('records/export', { format: 'csv' })).text];
    const storage = await dumpStorage(popup);
    await popup.waitForTimeout(300); // the last replies' console lines

    // The collection is real: it holds this run's records, messages and replies, from every sender.
    for (const name of ['Outlook on phone', 'Thunderbird', 'Old mail client']) expect(storage).toContain(name);
    expect(records.some((r) => r.deletedHow === 'guided')).toBe(true);
    const sentBy = (type: string) => replies.filter((r) => r.includes(`"type":"${type}"`));
    expect(sentBy('capture/created').length).toBeGreaterThanOrEqual(7);
    expect(sentBy('capture/created').every((r) => r.includes('"reply":{"ok":true'))).toBe(true);
    expect(sentBy('capture/deleted').length).toBeGreaterThanOrEqual(4);
    expect(sentBy('guide/config').length).toBeGreaterThanOrEqual(FLOWS.length - 2);
    expect(sentBy('records/export')).toHaveLength(2);
    expect(sentBy('records/export').every((r) => r.includes('app-passwords-'))).toBe(true);
    const received = collector.received();
    expect(received.length).toBeGreaterThan(0);

    const sources: Record<string, string> = {
      'IndexedDB, storage areas and the popup page storage': storage,
      'messages and replies, as each sender saw them': replies.join('\n'),
      'messages as the background received them': received.join('\n'),
      exports: exports.join('\n'),
      'console lines of pages, worlds and workers': consoleLines.join('\n'),
    };
    for (const [where, text] of Object.entries(sources)) {
      expect(findCanary(canary, text), `canary found in ${where}`).toEqual([]);
    }
    await popup.close();
  });
});
