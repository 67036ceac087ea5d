/**
 * Property-based checks of the two boundaries that take outside input in the background: messages
 * and managed policy. Whatever arrives, the answer is typed data and nothing throws.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGE_TYPES, parseMessage } from '../../src/shared/protocol';
import { DEFAULT_SETTINGS, REVIEW_INTERVAL_RANGE, sanitisePolicy, sanitiseSettings } from '../../src/shared/settings';
import { STEP_IDS } from '../../src/shared/steps';
import { FUZZ_RUNS, FUZZ_SEED, createRandom } from '../support/random';
import { OWN, senderFor } from '../support/senders';

const ERROR_CODES = ['invalid-message', 'unknown-message', 'too-large'];

describe(`message boundary (seed ${FUZZ_SEED}, ${FUZZ_RUNS} runs)`, () => {
  it('answers every random message with a typed result and never throws', () => {
    const random = createRandom(FUZZ_SEED);
    let accepted = 0;
    for (let run = 0; run < FUZZ_RUNS; run++) {
      const type = random.next() < 0.7 ? random.pick(MESSAGE_TYPES) : random.string();
      const raw = random.next() < 0.1 ? random.value() : { type, payload: random.value() };
      const parsed = parseMessage(raw);
      if (parsed.ok) {
        accepted++;
        expect(MESSAGE_TYPES).toContain(parsed.value.type);
        // Whatever got through has exactly the shape its validator allows: re-parsing is stable.
        expect(parseMessage(parsed.value)).toEqual(parsed);
      } else {
        expect(ERROR_CODES).toContain(parsed.error.code);
        expect(parsed.error.message.length).toBeLessThan(300);
      }
    }
    expect(accepted).toBeLessThan(FUZZ_RUNS);
  });

  it('accepts only known steps in page reports', () => {
    const random = createRandom(FUZZ_SEED + 1);
    for (let run = 0; run < FUZZ_RUNS; run++) {
      const step = random.next() < 0.5 ? random.pick(STEP_IDS) : random.string();
      const parsed = parseMessage({ type: 'page/seen', payload: { url: 'https://mysignins.microsoft.com/security-info', step } });
      expect(parsed.ok).toBe((STEP_IDS as readonly string[]).includes(step));
    }
  });
});

describe(`policy and settings boundary (seed ${FUZZ_SEED}, ${FUZZ_RUNS} runs)`, () => {
  it('turns any managed-storage content into a valid policy, warning about what it drops', () => {
    const random = createRandom(FUZZ_SEED + 2);
    for (let run = 0; run < FUZZ_RUNS; run++) {
      const raw = Object.fromEntries(
        ['reviewIntervalDays', 'remindersEnabled', 'guideEnabled', 'helpDeskUrl', 'helpDeskText', 'organisationName', 'extraLabels', 'allowUserSettings']
          .filter(() => random.next() < 0.5)
          .map((key) => [key, random.value()]),
      );
      const warnings: string[] = [];
      const policy = sanitisePolicy(raw, (w) => warnings.push(w));
      if (policy.reviewIntervalDays !== undefined) {
        expect(Number.isInteger(policy.reviewIntervalDays)).toBe(true);
        expect(policy.reviewIntervalDays).toBeGreaterThanOrEqual(REVIEW_INTERVAL_RANGE.min);
        expect(policy.reviewIntervalDays).toBeLessThanOrEqual(REVIEW_INTERVAL_RANGE.max);
      }
      if (policy.helpDeskUrl !== undefined) expect(policy.helpDeskUrl).toMatch(/^(https:|mailto:)/);
      for (const key of ['remindersEnabled', 'guideEnabled', 'allowUserSettings'] as const) {
        if (policy[key] !== undefined) expect(typeof policy[key]).toBe('boolean');
      }
      for (const list of Object.values(policy.extraLabels ?? {})) {
        expect(list.every((text) => typeof text === 'string' && text.trim() !== '')).toBe(true);
      }
      const dropped = Object.keys(raw).filter((key) => raw[key] !== undefined && !(key in policy));
      if (dropped.length) expect(warnings.length).toBeGreaterThan(0);
    }
  });

  it('turns any stored settings into valid settings', () => {
    const random = createRandom(FUZZ_SEED + 3);
    for (let run = 0; run < FUZZ_RUNS; run++) {
      const raw = random.next() < 0.2 ? random.value() : Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((k) => [k, random.value()]));
      const settings = sanitiseSettings(raw);
      expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      expect(typeof settings.guideEnabled).toBe('boolean');
      expect(Number.isInteger(settings.reviewIntervalDays)).toBe(true);
    }
  });
});

describe(`background router (seed ${FUZZ_SEED})`, () => {
  it('changes nothing in the records database for any rejected message', async () => {
    const { route } = await import('../../src/background/router');
    const { closeDatabase } = await import('../../src/background/inventory/db');
    const { IDBFactory } = await import('fake-indexeddb');
    await closeDatabase();
    globalThis.indexedDB = new IDBFactory();
    const list = async () => JSON.stringify(((await route({ type: 'records/list', payload: {} }, senderFor('records/list'), OWN)) as any).value);
    await route({ type: 'records/add', payload: { name: 'Outlook', account: 'ada@contoso.com' } }, senderFor('records/add'), OWN);
    const random = createRandom(FUZZ_SEED + 4);
    const runs = Math.min(FUZZ_RUNS, 500);
    let rejected = 0;
    for (let run = 0; run < runs; run++) {
      const before = await list();
      const type = random.pick(MESSAGE_TYPES);
      const reply = await route({ type, payload: random.value() }, senderFor(type), OWN);
      if (!reply.ok) {
        rejected++;
        expect(await list()).toBe(before);
      }
    }
    expect(rejected).toBeGreaterThan(runs / 2);
  });
});
