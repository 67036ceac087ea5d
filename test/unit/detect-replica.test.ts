import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/content/detect/detect-step';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { replay } from '../fixtures/replica/snapshots';
import { STEP_IDS } from '../../src/shared/steps';

describe.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
  it('is recognised as its own step, and as no other, on every screen', () => {
    const seen: string[] = [];
    const wanted: string[] = [];
    replay(scenario, ({ label, expected, view }) => {
      const matching = STEPS.filter((s) => s.recognise(view)).map((s) => s.id);
      seen.push(`${label} → ${matching.join('+') || 'unfamiliar'}`);
      wanted.push(`${label} → ${expected}`);
    });
    expect(seen).toEqual(wanted);
  });
});

describe('coverage of the fixtures', () => {
  it('reaches every step id at least once', () => {
    const reached = new Set<string>();
    for (const scenario of SCENARIOS) replay(scenario, ({ step }) => reached.add(step));
    expect([...STEP_IDS].filter((id) => !reached.has(id))).toEqual([]);
  });
});
