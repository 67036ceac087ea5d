/// <reference types="vite/client" />
/**
 * Every step's example screens (src/content/detect/steps/<id>.ts), replayed on the replica in
 * happy-dom: each is recognised as its own step and by no other, and each step recognises none of the
 * other steps' examples. Where an example says what to point at and what to say, that is checked too.
 * Every title names the step, so a failure reads as "deleted: …".
 */
import { describe, expect, it } from 'vitest';
import english from '../../locales/en/guide.json';
import { detect } from '../../src/content/detect/detect-step';
import type { Example, Examples } from '../../src/content/detect/example';
import { FALLBACK, STEPS } from '../../src/content/detect/registry';
import type { Step, StepMessage } from '../../src/content/detect/step';
import { STEP_IDS, type StepId } from '../../src/shared/steps';
import { atExample } from '../fixtures/replica/snapshots';

interface StepModule {
  default: Step;
  examples: () => Examples;
}

const modules = import.meta.glob<StepModule>('../../src/content/detect/steps/*.ts', { eager: true });
const files = new Map(Object.entries(modules).map(([path, m]) => [path.replace(/^.*\/|\.ts$/g, ''), m]));
const ALL: readonly Step[] = [...STEPS, FALLBACK];

interface Seen {
  /** What detection answers, in the registry's order. */
  detected: StepId;
  /** Every step whose recogniser holds (the fallback's holds on any supported page, so it is left out). */
  recognisedBy: StepId[];
  /** What the example's own step points at (its data-r) and says there. */
  target: string | null;
  message: StepMessage;
  facts: string[];
}

const seen = new Map<Example, Seen>();
function look(owner: Step, example: Example): Seen {
  let result = seen.get(example);
  if (!result) {
    result = atExample(example, ({ view, facts, doc }) => {
      const { step } = detect(doc, view.url.href, view.previous, example.extraLabels);
      const task = example.task ?? null;
      const target = owner.target(view, task, facts.account);
      return {
        detected: step,
        recognisedBy: STEPS.filter((s) => s.recognise(view)).map((s) => s.id),
        target: target && (target.getAttribute('data-r') ?? `<${target.tagName.toLowerCase()}> without data-r`),
        message: owner.message(view, task, facts.account),
        facts: owner.facts(task),
      };
    });
    seen.set(example, result);
  }
  return result;
}

/** Whether the step takes the screen: its recogniser holds; for the fallback, no other step's does. */
const claims = (step: Step, s: Seen) => (step === FALLBACK ? s.recognisedBy.length === 0 : s.recognisedBy.includes(step.id));

const stepModule = (id: StepId) => files.get(id);
const memo = new Map<StepId, Examples>();
const examplesOf = (id: StepId) => {
  if (!memo.has(id)) memo.set(id, stepModule(id)?.examples() ?? []);
  return memo.get(id)!;
};

describe.each(STEP_IDS.map((id) => [id] as const))('%s', (id) => {
  const step = stepModule(id)?.default as Step;

  it(`${id}: is declared in steps/${id}.ts, tried by the registry, with examples`, () => {
    expect(stepModule(id), `src/content/detect/steps/${id}.ts`).toBeDefined();
    expect(step.id).toBe(id);
    expect(ALL.filter((s) => s === step)).toHaveLength(1);
    expect(examplesOf(id).length).toBeGreaterThanOrEqual(2);
  });

  for (const example of examplesOf(id)) {
    it(`${id}: recognises its example "${example.name}"`, () => {
      const s = look(step, example);
      expect(claims(step, s), `recognised by ${s.recognisedBy.join(', ') || 'none'}`).toBe(true);
      expect(s.detected).toBe(id);
    });

    it(`${id}: no other step recognises its example "${example.name}"`, () => {
      expect(look(step, example).recognisedBy.filter((other) => other !== id)).toEqual([]);
    });

    if (example.target !== undefined) {
      it(`${id}: points at ${example.target ?? 'nothing'} on "${example.name}"`, () => {
        expect(look(step, example).target).toBe(example.target);
      });
    }

    if (example.message) {
      it(`${id}: says ${example.message.key} on "${example.name}"`, () => {
        expect(look(step, example).message).toEqual(example.message);
      });
    }
  }

  it(`${id}: recognises none of the other steps' examples`, () => {
    const wrongly = STEP_IDS.filter((other) => other !== id).flatMap((other) =>
      examplesOf(other)
        .filter((example) => claims(step, look(stepModule(other)!.default, example)))
        .map((example) => `${other}: ${example.name}`),
    );
    expect(wrongly).toEqual([]);
  });

  it(`${id}: every text it names on its examples is in locales/en/guide.json`, () => {
    const keys = new Set([step.title]);
    for (const example of examplesOf(id)) {
      const s = look(step, example);
      keys.add(s.message.key);
      for (const fact of s.facts) keys.add(fact);
    }
    expect([...keys].filter((key) => !(key in english))).toEqual([]);
  });
});
