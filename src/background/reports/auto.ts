/**
 * The guide's steps per tab (from page/seen): they feed the guide's health counters, and keep a
 * report without asking when a supported page stays unfamiliar for 10 seconds or a flow breaks off
 * (flow.ts). Per-tab state lives in storage.session, so a stopped worker loses nothing but a
 * pending 10-second wait (Chromium keeps a worker 30 s after its last event, longer than that).
 * A closed tab's flow is ended the next time the guide reports a step in another tab.
 */
import browser from 'webextension-polyfill';
import { MYSIGNINS_HOST } from '../../shared/microsoft';
import type { StepId } from '../../shared/steps';
import { guideConfig } from '../guide/guide-config';
import { type TabFlow, advance, closed } from './flow';
import { count } from './health';
import { makeReport, reportsAllowed } from './make';

const KEY = 'reportFlows';
const UNFAMILIAR_WAIT_MS = 10_000;

type Flows = Record<string, TabFlow>;

async function readFlows(): Promise<Flows> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  return stored && typeof stored === 'object' ? (stored as Flows) : {};
}

let queue: Promise<unknown> = Promise.resolve();
function queued<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => {});
  return run;
}

/**
 * Reports made without asking never fail loudly (the user did not ask for them), and none is made
 * where the user or IT turned the guide off, or IT turned page reports off.
 */
function quietly(tabId: number, frameId: number, host: string, trigger: 'unfamiliar' | 'flow-break'): void {
  void guideConfig(host)
    .then(async (config) => (config.enabled && config.reports && (await reportsAllowed()) ? makeReport(tabId, frameId, trigger) : null))
    .catch(() => {});
}

export function noteStep(tabId: number, frameId: number, step: StepId, host: string = MYSIGNINS_HOST, now = Date.now()): Promise<void> {
  return queued(async () => {
    const flows = await readFlows();
    const endedElsewhere = await endClosedTabs(flows, tabId);
    const { flow, ended, brokeOff } = advance(flows[tabId], step, now);
    flows[tabId] = flow;
    await browser.storage.session.set({ [KEY]: flows });
    await count(step, ended);
    for (const at of endedElsewhere) await count(null, at);
    if (brokeOff) quietly(tabId, frameId, host, 'flow-break');
    if (step === 'unfamiliar' && flow.since === now) {
      setTimeout(() => {
        void readFlows().then((later) => {
          if (later[tabId]?.step === 'unfamiliar' && later[tabId].since === now) quietly(tabId, frameId, host, 'unfamiliar');
        });
      }, UNFAMILIAR_WAIT_MS);
    }
  });
}

/**
 * Tabs that closed since the last step anywhere: their flows ended where they were. Checked when
 * the guide reports a step, not with a tabs.onRemoved listener, which would wake the worker for
 * every tab the user closes anywhere.
 */
async function endClosedTabs(flows: Flows, current: number): Promise<StepId[]> {
  const ended: StepId[] = [];
  for (const id of Object.keys(flows)) {
    if (Number(id) === current) continue;
    const open = await browser.tabs.get(Number(id)).then(
      () => true,
      () => false,
    );
    if (open) continue;
    const at = closed(flows[id]);
    if (at) ended.push(at);
    delete flows[id];
  }
  return ended;
}
