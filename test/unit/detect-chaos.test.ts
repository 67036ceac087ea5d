/**
 * Property-based chaos for detection: every replica screen, copied and changed at random the ways a
 * redesign or a translation changes a page, then detected again with the observation that came
 * before it. 0.4 × FUZZ_RUNS cases per property (400 by default, 2,000 in CI); a failure prints the
 * seed, the screen and the list of mutations, and FUZZ_SEED=<seed> replays it.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/content/detect/detect-step';
import type { Previous } from '../../src/content/detect/view';
import { STEP_IDS, type StepId } from '../../src/shared/steps';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { replay } from '../fixtures/replica/snapshots';
import { ALL_MUTATIONS, type MutationKind, STRUCTURE_PRESERVING, mutate } from '../support/dom-mutations';
import { FUZZ_RUNS, FUZZ_SEED, type Random, createRandom } from '../support/random';

/** Each case parses and detects a whole page (5-10 ms): fewer than the cheap fuzz tests by default, 2,000 per property in CI. */
const RUNS = Math.round(FUZZ_RUNS * 0.4);

/**
 * The steps that tell the user to do (or that they have done) the irreversible part of creating or
 * deleting: type a name, take the password, confirm a deletion, or that one was created or deleted.
 * Reporting one of these on a screen that is not one would send the user to act on the wrong thing.
 */
const ACTION_STEPS: readonly StepId[] = [
  'choose-method',
  'name',
  'copy-password',
  'created',
  'confirm-delete',
  'deleted',
  'legacy-name',
  'legacy-copy-password',
  'legacy-confirm-delete',
];

interface Screen {
  label: string;
  html: string;
  url: string;
  expected: StepId;
  previous: Previous;
  extraLabels?: Record<string, string[]>;
  names: string[];
}

const screens: Screen[] = [];
for (const scenario of SCENARIOS) {
  let previous: Previous = null;
  replay(scenario, ({ label, expected, view, facts, doc }) => {
    screens.push({
      label: `${scenario.name} · ${label}`,
      html: doc.documentElement.outerHTML,
      url: view.url.href,
      expected,
      previous,
      extraLabels: scenario.extraLabels,
      names: view.appPasswordRows.map((r) => r.name),
    });
    previous = facts;
  });
}

/**
 * happy-dom keeps every document it parsed alive while its window lives (its selector caches), so
 * the cases are parsed in a window that is closed and replaced every 50 cases: memory stays flat at
 * any count. The close is awaited, or nothing would be freed until the loop ends.
 */
let scratch = new Window({ url: 'https://localhost/' });
let parser = new scratch.DOMParser();
let parsedHere = 0;
const parse = (html: string) => parser.parseFromString(html, 'text/html') as unknown as Document;
async function nextWindowEvery50(): Promise<void> {
  if (++parsedHere < 50) return;
  await scratch.happyDOM.close();
  scratch = new Window({ url: 'https://localhost/' });
  parser = new scratch.DOMParser();
  parsedHere = 0;
}

function look(screen: Screen, doc: Document) {
  const { step, view } = detect(doc, screen.url, screen.previous, screen.extraLabels);
  return { step, names: view.appPasswordRows.map((r) => r.name) };
}

interface Case {
  screen: Screen;
  mutations: string[];
  step: StepId | 'threw';
  names: string[];
  error?: string;
}

async function chaos(random: Random, pool: readonly Screen[], kinds: readonly MutationKind[]): Promise<Case> {
  await nextWindowEvery50();
  const screen = random.pick(pool);
  const doc = parse(screen.html);
  const mutations = Array.from({ length: random.int(1, 8) }, () => mutate(doc, random, random.pick(kinds)));
  try {
    return { screen, mutations, ...look(screen, doc) };
  } catch (error) {
    return { screen, mutations, step: 'threw', names: [], error: String(error) };
  }
}

// Thousands of pages per property: allow for a loaded machine (this is not a timing test).
const LONG = { timeout: 300_000 };

const report = (c: Case) =>
  `seed ${FUZZ_SEED} · ${c.screen.label} (expected ${c.screen.expected}) → ${c.step}${c.error ? ` (${c.error})` : ''}\n    ${c.mutations.join('\n    ')}`;

describe('the unchanged copies', () => {
  it('are recognised as the replica is, so the chaos below starts from the right step', async () => {
    const wrong: string[] = [];
    for (const s of screens) {
      await nextWindowEvery50();
      if (look(s, parse(s.html)).step !== s.expected) wrong.push(s.label);
    }
    expect(wrong).toEqual([]);
    expect(screens.length).toBeGreaterThan(150);
  });
});

describe(`detection under random page changes (seed ${FUZZ_SEED}, ${RUNS} runs per property)`, LONG, () => {
  it('never throws and always answers a known step id', async () => {
    const random = createRandom(FUZZ_SEED);
    const bad: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const c = await chaos(random, screens, ALL_MUTATIONS);
      if (!(STEP_IDS as readonly string[]).includes(c.step)) bad.push(report(c));
    }
    expect(bad).toEqual([]);
  });

  it('never reports a create or delete step on a screen that is not one', async () => {
    const random = createRandom(FUZZ_SEED + 1);
    const calm = screens.filter((s) => !ACTION_STEPS.includes(s.expected));
    expect(new Set(calm.map((s) => s.expected))).toEqual(
      new Set(['myaccount', 'other-page', 'loading', 'security-info', 'method-unavailable', 'unfamiliar', 'limit-reached', 'reauth', 'legacy-verification', 'legacy-app-passwords']),
    );
    const bad: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const c = await chaos(random, calm, ALL_MUTATIONS);
      if (!ACTION_STEPS.includes(c.step as StepId)) continue;
      // A picker stays a picker: with its open list removed it is the picker with the list closed.
      if (c.step === 'choose-method' && c.screen.expected === 'method-unavailable') continue;
      // A row that left or joined the list is what "deleted" and "created" are by design.
      const rowsChanged = JSON.stringify(c.names) !== JSON.stringify(c.screen.names);
      if ((c.step === 'created' || c.step === 'deleted') && rowsChanged) continue;
      bad.push(report(c));
    }
    expect(bad).toEqual([]);
  });

  it('keeps the step (or says unfamiliar) when only classes, wrappers and styling attributes change', async () => {
    const random = createRandom(FUZZ_SEED + 2);
    const bad: string[] = [];
    let kept = 0;
    for (let run = 0; run < RUNS; run++) {
      const c = await chaos(random, screens, STRUCTURE_PRESERVING);
      if (c.step === c.screen.expected) kept++;
      else if (c.step !== 'unfamiliar') bad.push(report(c));
    }
    expect(bad).toEqual([]);
    // Wrappers and classes alone should rarely cost the step at all.
    expect(kept).toBeGreaterThan(RUNS * 0.9);
  });
});
