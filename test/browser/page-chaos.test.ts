/**
 * Mutation storms on the replica, in Chromium with the built extension: on every screen of the
 * create and delete flows the page rewrites its own DOM thousands of times in a few seconds
 * (including the guide's target and our host). Afterwards there must be no error anywhere (page,
 * content script, service worker), exactly one host again, and the guide must follow the flow when
 * the page renders normally again. STORM_MUTATIONS per storm (more in CI); FUZZ_SEED replays.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../src/shared/steps';
import { type Action, SCENARIOS, type Scenario } from '../fixtures/replica/scenarios';
import { FUZZ_SEED } from '../support/random';
import { useExtension, useReplicaConfig, waitForStep } from './harness';
import { type StormReport, storm } from './storm';

const MUTATIONS = Number(process.env.STORM_MUTATIONS ?? (process.env.CI ? 2000 : 500));

const launched = useExtension();
const workerErrors: string[] = [];

beforeAll(async () => {
  const { worker } = launched;
  worker.on('console', (m: ConsoleMessage) => m.type() === 'error' && workerErrors.push(`[worker console] ${m.text()}`));
  // Uncaught errors of the service worker do not reach Playwright: the worker keeps its own list.
  await worker.evaluate(() => {
    const list: string[] = ((self as unknown as { __errors: string[] }).__errors = []);
    self.addEventListener('error', (e) => list.push(`[worker error] ${e.message}`));
    self.addEventListener('unhandledrejection', (e) => list.push(`[worker rejection] ${String(e.reason)}`));
  });
});

async function serviceWorkerErrors(): Promise<string[]> {
  const caught = await launched.worker.evaluate(() => (self as unknown as { __errors: string[] }).__errors);
  return [...workerErrors, ...caught];
}

/** Every uncaught error and console error of the page, its content scripts included. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`[pageerror] ${String(error)}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`[console] ${m.text()}`));
  return errors;
}

async function perform(page: Page, action: Action): Promise<void> {
  if ('click' in action) await page.locator(`[data-r="${action.click}"]`).click();
  else if ('type' in action) await page.locator(`[data-r="${action.type[0]}"]`).fill(action.type[1]);
  else if ('go' in action) await page.goto(action.go);
  else await page.goBack();
}

/** The guide's state as the acceptance tests see it: how many hosts, their step, and the panel inside. */
const guideState = (page: Page) =>
  page.evaluate(() => {
    const hosts = document.querySelectorAll('#app-password-guide');
    const host = hosts[0];
    return { hosts: hosts.length, step: host?.getAttribute('data-step') ?? null, panel: !!host?.shadowRoot?.querySelector('.panel') };
  });

/**
 * The page renders itself afresh, as after a navigation in the app: everything but our host goes
 * (the app's leftovers from the storm would otherwise stay), then the app routes to its start.
 */
async function pageRendersAgain(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    for (const child of Array.from(document.body.children)) if (child.id !== 'app-password-guide') child.remove();
    for (const route of ['/', to]) {
      history.pushState({}, '', route);
      dispatchEvent(new PopStateEvent('popstate'));
    }
  }, path);
}

const byName = (name: string) => SCENARIOS.find((s) => s.name === name)!;
/** Each flow, and the flow to walk after the storm once its row is deleted (it cannot be deleted twice). */
const FLOWS: Array<[Scenario, Scenario]> = [
  [byName('create, 2024 picker, en'), byName('create, 2024 picker, en')],
  [byName('create, 2023 picker, de'), byName('create, 2023 picker, de')],
  [byName('delete, confirm "yes", en'), byName('create, 2024 picker, en')],
  [byName('legacy verification page to app passwords, create'), byName('legacy verification page to app passwords, create')],
  [byName('legacy delete'), byName('legacy verification page to app passwords, create')],
];
const flows = FLOWS.map(([s]) => s);
const cases = flows.flatMap((scenario) => Array.from({ length: scenario.steps.length + 1 }, (_, at) => [scenario, at] as const));
const totals: StormReport = {};
let storms = 0;

describe(`mutation storms (seed ${FUZZ_SEED}, ${MUTATIONS} mutations per storm)`, () => {
  it.each(cases.map(([s, at]) => [`${s.name}, storm after ${at} action(s)`, s, at] as const))('%s', async (_label, scenario: Scenario, at: number) => {
    const page = await launched.context.newPage();
    const errors = watchErrors(page);
    await useReplicaConfig(page, scenario.config ?? {});
    await page.goto(scenario.url);
    await waitForStep(page, scenario.start);
    for (const [action, expected] of scenario.steps.slice(0, at)) {
      await perform(page, action);
      await waitForStep(page, expected);
    }
    const seed = FUZZ_SEED + cases.findIndex(([s, a]) => s === scenario && a === at);
    const done = await page.evaluate(storm, { seed, mutations: MUTATIONS, batch: 25 });
    for (const [name, count] of Object.entries(done)) totals[name] = (totals[name] ?? 0) + count;
    storms++;

    // Right after the storm, whatever the page now is: one host, a known step, our panel intact.
    await expect.poll(() => guideState(page)).toMatchObject({ hosts: 1, panel: true });
    expect(STEP_IDS).toContain((await guideState(page)).step);

    // And when the app renders again, the guide follows the whole flow as if nothing had happened.
    await pageRendersAgain(page, new URL(scenario.url).pathname);
    // On the list the guide may say created or deleted: a row differs from what it saw during the storm.
    const calm = [scenario.start, 'created', 'deleted'];
    await expect.poll(async () => calm.includes((await guideState(page)).step ?? '')).toBe(true);
    // After a finished delete the row is gone from Microsoft's list: walk the create flow instead.
    const confirmed = scenario.steps.findIndex(([a]) => 'click' in a && a.click === 'confirm-yes');
    const again = confirmed >= 0 && at > confirmed ? FLOWS.find(([s]) => s === scenario)![1] : scenario;
    for (const [action, expected] of again.steps) {
      await perform(page, action);
      await waitForStep(page, expected);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect({ seed, errors }).toEqual({ seed, errors: [] });
    await page.close();
  });

  it('left no error in the service worker, after all storms', async () => {
    expect(Object.values(totals).reduce((a, b) => a + b, 0)).toBe(MUTATIONS * storms);
    console.log(`storms: ${storms} × ${MUTATIONS} mutations`, totals);
    expect(await serviceWorkerErrors()).toEqual([]);
  });
});
