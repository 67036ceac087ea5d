/**
 * The guide's steps per tab (from page/seen): they feed the guide's health counters, and keep a
 * report without asking when a supported page stays unfamiliar for 10 seconds or a flow breaks off
 * (flow.ts). Per-tab state lives in storage.session, so a stopped worker loses nothing but a
 * pending 10-second wait (Chromium keeps a worker 30 s after its last event, longer than that).
 */
import browser from 'webextension-polyfill';
import { MYSIGNINS_HOST } from '../../shared/microsoft';
import type { StepId } from '../../shared/steps';
import { guideConfig } from '../guide/guide-config';
import { type TabFlow, advance, closed } from './flow';
import { count } from './health';
import { makeReport, reportsAllowed } from './make';

const KEY = 'reportFlows';
export const UNFAMILIAR_WAIT_MS = 10_000;

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
    const { flow, ended, brokeOff } = advance(flows[tabId], step, now);
    flows[tabId] = flow;
    await browser.storage.session.set({ [KEY]: flows });
    await count(step, ended);
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

/** A closed tab ends the flow it was in. */
export function registerReportFlows(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void queued(async () => {
      const flows = await readFlows();
      if (!(tabId in flows)) return;
      const ended = closed(flows[tabId]);
      delete flows[tabId];
      await browser.storage.session.set({ [KEY]: flows });
      if (ended) await count(null, ended);
    });
  });
}
