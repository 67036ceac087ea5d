/**
 * The fixture matrix: every journey of the replica, on every screen, drawn in each markup dialect
 * (ARIA-rich, plain divs without roles, Fluent v8 as 2023 scripts saw it), in each of our five
 * languages, without churn and with seeded class/attribute/wrapper churn. Each screen must be
 * recognised as its own step and as no other. Churned renders per combination: 1 by default, 5 in
 * CI (FUZZ_RUNS / 1000); a failure names the seed and FUZZ_SEED=<seed> replays it.
 */
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/content/detect/detect-step';
import { DIALECTS } from '../fixtures/replica/index.mjs';
import { MAIN_LANGUAGES, SCENARIOS, type Scenario } from '../fixtures/replica/scenarios';
import { replay, sharedWindow } from '../fixtures/replica/snapshots';
import { FUZZ_RUNS, FUZZ_SEED, createRandom } from '../support/random';

const CHURN_RENDERS = Math.max(1, Math.round(FUZZ_RUNS / 1000));
/** Every replay of this file draws in one window: happy-dom never frees the ones it closes. */
const WINDOW = sharedWindow();

/**
 * One journey per kind: the scenarios written for English (the other languages' copies of them are
 * what the matrix makes) and without IT's extra labels (those are for a language we do not ship).
 */
const JOURNEYS: Scenario[] = SCENARIOS.filter((s) => !s.extraLabels && (s.config?.lng ?? 'en') === 'en');

interface Result {
  combinations: number;
  misrecognised: string[];
}

/**
 * happy-dom frees a replay's nodes only after the event loop turns (it holds them in queued tasks),
 * so a test that replays synchronously for long grows by gigabytes: yield between replays.
 */
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Replays one journey in one dialect, every language, unchurned and churned; never stops early. */
async function runJourney(scenario: Scenario, dialect: string, journeyIndex: number): Promise<Result> {
  const result: Result = { combinations: 0, misrecognised: [] };
  for (const [li, lng] of MAIN_LANGUAGES.entries()) {
    for (let render = 0; render <= CHURN_RENDERS; render++) {
      // Render 0 is the dialect as designed; the others churn from a seed per combination.
      const seed = render === 0 ? null : FUZZ_SEED + render * 1_000_003 + journeyIndex * 1009 + li * 31 + DIALECTS.indexOf(dialect as never);
      const where = `${dialect} · ${lng} · ${seed === null ? 'no churn' : `churn FUZZ_SEED=${seed}`}`;
      try {
        replay(
          scenario,
          ({ label, expected, view }) => {
            result.combinations++;
            const matching = STEPS.filter((s) => s.recognise(view)).map((s) => s.id);
            const got = matching.join('+') || 'unfamiliar';
            if (got !== expected) result.misrecognised.push(`[${where}] ${scenario.name} · ${label} → expected ${expected}, got ${got}`);
          },
          undefined,
          { config: { dialect, lng }, random: seed === null ? undefined : createRandom(seed), window: WINDOW },
        );
      } catch (error) {
        // A journey that cannot be walked (a control the dialect lost) is a failure of the fixture.
        result.misrecognised.push(`[${where}] ${scenario.name}: ${(error as Error).message}`);
      }
      await turn();
    }
  }
  return result;
}

const totals = { combinations: 0, misrecognised: 0 };

describe.each(DIALECTS.map((d) => [d] as const))(`dialect %s (seed ${FUZZ_SEED}, ${CHURN_RENDERS} churned render(s) each)`, (dialect) => {
  it.each(JOURNEYS.map((s, i) => [s.name, s, i] as const))('%s: every screen in every language is its own step', async (_name, scenario, index) => {
    const { combinations, misrecognised } = await runJourney(scenario, dialect, index);
    totals.combinations += combinations;
    totals.misrecognised += misrecognised.length;
    expect(misrecognised).toEqual([]);
  });
});

describe('the matrix as a whole', () => {
  it('ran hundreds of screen × dialect × language combinations', () => {
    const screens = JOURNEYS.reduce((n, s) => n + 1 + s.steps.length, 0);
    const expected = screens * DIALECTS.length * MAIN_LANGUAGES.length * (1 + CHURN_RENDERS);
    console.info(
      `detect-matrix: ${JOURNEYS.length} journeys, ${screens} screens × ${DIALECTS.length} dialects × ${MAIN_LANGUAGES.length} languages` +
        ` × ${1 + CHURN_RENDERS} renders = ${totals.combinations} combinations, ${totals.misrecognised} misrecognised`,
    );
    expect(totals.combinations).toBe(expected);
    expect(screens * DIALECTS.length * MAIN_LANGUAGES.length).toBeGreaterThanOrEqual(300);
  });
});

/** Looks at every screen of every journey in one dialect (English; churned when a generator is given). */
async function eachScreen<T>(
  dialect: string,
  probe: (doc: Document, name: string) => T,
  random?: () => ReturnType<typeof createRandom>,
  journeys: Scenario[] = JOURNEYS,
): Promise<Array<{ name: string; seen: T }>> {
  const out: Array<{ name: string; seen: T }> = [];
  for (const scenario of journeys) {
    const run = (doc: Document, name: string) => out.push({ name, seen: probe(doc, name) });
    replay(scenario, ({ label, doc }) => run(doc, `${scenario.name} · ${label}`), undefined, { config: { dialect }, random: random?.(), window: WINDOW });
    await turn();
  }
  return out;
}

describe('the dialects draw what they claim', () => {
  it('plain: no role attributes (but the dropdown widget), no list or table tags, only generated class names, no primary marker', async () => {
    const problems = (await eachScreen('plain', (doc, name) => {
      const found: string[] = [];
      for (const el of doc.querySelectorAll('[role], [aria-labelledby], [aria-modal], li, tr, td, table, ul')) {
        const role = el.getAttribute('role');
        if (role && ['combobox', 'listbox'].includes(role)) continue;
        if (role === 'option' && el.closest('[role="listbox"]')) continue;
        found.push(`${name}: <${el.tagName.toLowerCase()} role=${role}>`);
      }
      for (const el of doc.querySelectorAll('#root [class], dialog [class]')) {
        const bad = [...el.classList].filter((c) => !/^css-[0-9a-z]+$/.test(c) && !/^root-\d+$/.test(c));
        if (bad.length || /primary/i.test(el.className)) found.push(`${name}: class "${el.className}"`);
      }
      if (doc.querySelector('[data-r-layer]') && !doc.querySelector('body > dialog[open][data-r-layer]')) found.push(`${name}: a dialog that is not a <dialog open> layer`);
      return found;
    })).flatMap((s) => s.seen);
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('fluent8: ms-Button spans as options, ms-Button--primary, TextField ids, #ms-banner without a role, rows in a grid', async () => {
    const looks = await eachScreen('fluent8', (doc) => ({
      spans: !!doc.querySelector('span.ms-Button[data-r="option-app-password"]:not([role])'),
      primary: !!doc.querySelector('button.ms-Button--primary[data-r="next"]'),
      textField: !!doc.querySelector('input[id^="TextField"][data-r="name"]') && !!doc.querySelector('label[for^="TextField"]'),
      banner: !!doc.querySelector('#ms-banner:not([role])')?.textContent?.includes('40'),
      grid: !!doc.querySelector('[role="grid"] [role="row"] [role="gridcell"]'),
      listitem: !!doc.querySelector('[role="listitem"], li'),
    }));
    const any = (key: keyof (typeof looks)[number]['seen']) => looks.some((l) => l.seen[key]);
    expect({ spans: any('spans'), primary: any('primary'), textField: any('textField'), banner: any('banner'), grid: any('grid'), listitem: any('listitem') })
      .toEqual({ spans: true, primary: true, textField: true, banner: true, grid: true, listitem: false });
  });

  it('churn changes classes, attributes and nesting but never a visible text or a hook the journeys use', async () => {
    const probe = (doc: Document) => ({
      html: doc.body.innerHTML,
      text: (doc.body.textContent ?? '').replace(/\s+/g, ''),
      hooks: [...doc.querySelectorAll('[data-r]')].map((el) => el.getAttribute('data-r')),
    });
    // Serialising the 40-row pages is most of this test's time and shows nothing the others do not.
    const journeys = JOURNEYS.filter((s) => !s.config?.count);
    for (const dialect of DIALECTS) {
      const seed = FUZZ_SEED + 17;
      const calm = await eachScreen(dialect, probe, undefined, journeys);
      const churned = await eachScreen(dialect, probe, () => createRandom(seed), journeys);
      expect(churned.map((s) => s.name), `${dialect}, FUZZ_SEED=${seed}`).toEqual(calm.map((s) => s.name));
      churned.forEach(({ name, seen }, i) => {
        expect(seen.text, `${dialect} ${name}, FUZZ_SEED=${seed}`).toBe(calm[i].seen.text);
        expect(seen.hooks, `${dialect} ${name}, FUZZ_SEED=${seed}`).toEqual(calm[i].seen.hooks);
        expect(seen.html, `${dialect} ${name}, FUZZ_SEED=${seed}`).not.toBe(calm[i].seen.html);
      });
    }
  });
});
