/**
 * Where a tab is in a flow, from the steps the guide reports there (page/seen): pure, so the rules
 * are tested without a browser. A flow starts at the first screen of a task (the picker, the name,
 * a delete confirmation...) and ends when the list comes back (at `created`/`deleted` when that is
 * how it came back, else at the flow's last screen), when the user goes elsewhere, or when the tab
 * closes. A flow breaks off when the name screen is followed by neither the password nor the list.
 */
import type { StepId } from '../../shared/steps';

/** The list itself: a flow that reaches it is over. */
const LIST = new Set<string>(['security-info', 'legacy-app-passwords', 'created', 'deleted']);
/** Outcomes on the list: the flow ended there. */
const OUTCOMES = new Set<string>(['created', 'deleted']);
/** Frames between screens, interrupts and pages the guide does not know: they neither start nor end a flow. */
const PASSING = new Set<string>(['unfamiliar', 'reauth', 'loading']);
/** Pages around the flows: reaching one leaves the flow. */
const AROUND = new Set<string>(['myaccount', 'legacy-verification', 'other-page']);
const NAMING = new Set<string>(['name', 'legacy-name']);
/** What may follow the name screen without the flow breaking off. */
const AFTER_NAMING = new Set<string>(['name', 'legacy-name', 'copy-password', 'legacy-copy-password', 'choose-method', ...LIST, ...PASSING]);

export interface TabFlow {
  /** The step the guide shows now, and since when. */
  step: StepId;
  since: number;
  /** The last screen of the flow under way; null outside a flow. */
  flowAt: StepId | null;
}

export interface FlowChange {
  flow: TabFlow;
  /** A flow ended, at this step. */
  ended: StepId | null;
  /** The name screen was followed by something else than the password or the list. */
  brokeOff: boolean;
}

export function advance(before: TabFlow | undefined, step: StepId, now: number): FlowChange {
  const flowAt = before?.flowAt ?? null;
  const flow: TabFlow = { step, since: before?.step === step ? before.since : now, flowAt };
  if (PASSING.has(step) || step === flowAt) return { flow, ended: null, brokeOff: false };
  const brokeOff = !!flowAt && NAMING.has(flowAt) && !AFTER_NAMING.has(step);
  if (LIST.has(step) || AROUND.has(step)) {
    flow.flowAt = null;
    return { flow, ended: flowAt && OUTCOMES.has(step) ? step : flowAt, brokeOff };
  }
  flow.flowAt = step;
  return { flow, ended: null, brokeOff };
}

/** The tab closed: a flow under way ended where it was. */
export function closed(before: TabFlow | undefined): StepId | null {
  return before?.flowAt ?? null;
}
