/**
 * The service worker stopped at each step of the create and delete flows, on the replica engine's
 * modern (both picker generations) and legacy pages: at the end there is exactly one record for the
 * new app password, with the name typed, the deleted one is marked deleted by the guide, nothing is
 * doubled or lost, and the badge counts what it should. MV3 stops an idle worker at any moment; the
 * user's next click is what wakes it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, type Scenario } from '../fixtures/replica/scenarios';
import type { AppPasswordRecord } from '../../src/shared/record';
import { pageErrors, useExtension, useReplicaConfig, waitForStep } from './harness';
import { Inventory, stopServiceWorker } from './inventory-harness';
import { perform } from './walk-scenario';

const DAY_MS = 86_400_000;
const launched = useExtension();
const inventory = new Inventory(launched);
/** Stops asked for, and how many of the between-step stops found the worker running (every capture wakes it). */
const stops = { asked: 0, running: 0 };


interface Flow {
  scenario: Scenario;
  /** The app password this flow creates (typed by the user) or deletes. */
  created?: string;
  deleted?: string;
}

const byName = (name: string) => {
  const found = SCENARIOS.find((s) => s.name === name);
  if (!found) throw new Error(`no replica scenario "${name}"`);
  return found;
};
const typed = (scenario: Scenario) => scenario.steps.flatMap(([action]) => ('type' in action ? [action.type[1]] : []))[0];
const flow = (name: string, deleted?: string): Flow => {
  const scenario = byName(name);
  return deleted ? { scenario, deleted } : { scenario, created: typed(scenario) };
};

const FLOWS: Flow[] = [
  flow('create, 2024 picker, en'),
  flow('create, 2023 picker, en'),
  flow('delete, confirm "yes", en', 'Scanner in the office'),
  flow('legacy verification page to app passwords, create'),
  flow('legacy delete', 'Outlook on laptop'),
  flow('create, 2024 picker, ja'),
];

const badge = () => inventory.badge();

/**
 * Keeps stopping the worker every few milliseconds while `act` runs and for a moment after, so the
 * messages the action causes meet a worker that dies under them: what the content script's retry
 * and the background's idempotent captures are for.
 */
async function stoppingThroughout(page: Page, act: () => Promise<void>): Promise<void> {
  const cdp = await launched.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  let until = Number.POSITIVE_INFINITY;
  const loop = (async () => {
    while (Date.now() < until) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      stops.asked++;
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  })();
  try {
    await act();
  } finally {
    until = Date.now() + 500;
    await loop;
    await cdp.detach();
  }
}

/**
 * Walks `flow` for a fresh account, stopping the worker after arriving at each step listed in
 * `stopAt` (0 = on arrival, i = after the i-th action), before the user's next action; with
 * `throughout`, the worker is also stopped again and again while each action takes effect.
 */
async function walk(flow: Flow, stopAt: Set<number>, account: string, throughout = false): Promise<void> {
  await inventory.clear();
  // One record due for review: the app password this walk deletes, else another on the list.
  const stale = flow.deleted ?? 'Scanner in the office';
  await inventory.call('records/add', { name: stale, account, createdAt: Date.now() - 200 * DAY_MS });
  await expect.poll(badge).toBe('1');

  const page = await launched.context.newPage();
  const errors = pageErrors(page);
  await useReplicaConfig(page, { ...flow.scenario.config, account });
  const stopHere = async (index: number) => {
    if (!stopAt.has(index)) return;
    stops.asked++;
    if (await stopServiceWorker(page)) stops.running++;
  };
  try {
    await page.goto(flow.scenario.url);
    await waitForStep(page, flow.scenario.start);
    await stopHere(0);
    for (const [index, [action, expected]] of flow.scenario.steps.entries()) {
      const act = async () => {
        await perform(page, action);
        await waitForStep(page, expected);
      };
      await (throughout ? stoppingThroughout(page, act) : act());
      await stopHere(index + 1);
    }

    const live = (records: AppPasswordRecord[]) => records.filter((r) => r.deletedAt === null).map((r) => r.name).sort();
    const onList = ['Outlook on laptop', 'Scanner in the office'];
    const expectedLive = flow.created ? [...onList, flow.created].sort() : onList.filter((n) => n !== flow.deleted);
    await expect.poll(async () => live(await inventory.records(account))).toEqual(expectedLive);
    if (flow.deleted)
      await expect.poll(async () => (await inventory.records(account)).find((r) => r.name === flow.deleted)?.deletedHow).toBe('guided');
    // Settled: a last stop, a reload (which reads the same list again), then nothing may have moved.
    await stopServiceWorker(page);
    await page.reload();
    await page.locator('#app-password-guide[data-step]').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    const records = await inventory.records(account);
    expect(records.map((r) => r.name).sort()).toEqual([...onList, ...(flow.created ? [flow.created] : [])].sort());
    if (flow.created) {
      expect(records.find((r) => r.name === flow.created)).toMatchObject({ source: 'guided', createdAt: expect.any(Number), deletedAt: null, account });
    }
    if (flow.deleted) {
      expect(records.find((r) => r.name === flow.deleted)).toMatchObject({ deletedHow: 'guided', deletedAt: expect.any(Number) });
    }
    // Every record of this walk belongs to its account: none was written under another.
    expect((await inventory.call<AppPasswordRecord[]>('records/list')).every((r) => r.account === account)).toBe(true);
    await expect.poll(badge).toBe(flow.deleted ? '' : '1');
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
}

let walkNumber = 0;
const accountFor = () => `walk${++walkNumber}@contoso.com`;

describe('the service worker stopped at each step of a guided flow', () => {
  it.each(FLOWS.map((f) => [f.scenario.name, f] as const))('%s: stopped before every action, records exact', async (_name, f) => {
    const all = new Set(Array.from({ length: f.scenario.steps.length + 1 }, (_, i) => i));
    await walk(f, all, accountFor());
  });

  // One stop at a time, for the modern and legacy create and delete: a fault at any single step.
  const single = FLOWS.filter((f) => !f.scenario.name.includes(', ja') && !f.scenario.name.includes('2023'));
  it.each(single.flatMap((f) => f.scenario.steps.map((_, k) => [f.scenario.name, k, f] as const)))(
    '%s: stopped only after action %i, records exact',
    async (_name, k, f) => {
      await walk(f, new Set([k]), accountFor());
    },
  );

  it.each(single.map((f) => [f.scenario.name, f] as const))('%s: stopped again and again while each action takes effect, records exact', async (_name, f) => {
    await walk(f, new Set(), accountFor(), true);
  });

  it('really stopped a running worker many times (the walks are not vacuous)', () => {
    console.info(`worker stops: ${stops.asked} asked, ${stops.running} found the worker running`);
    expect(stops.asked).toBeGreaterThan(40);
    expect(stops.running).toBeGreaterThan(20);
  });
});
