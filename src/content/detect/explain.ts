/**
 * Why detection decided as it did, for page reports only: every step's recogniser is run on the same
 * look with the signal lists it combines (`atLeast` in signals.ts) recorded, in the order the step
 * module lists them. Nothing in the guide's own looks imports this, so the shipped content script
 * does not carry it.
 */
import type { SignalCheck, StepExplanation } from '../../shared/page-report';
import { STEPS } from './registry';
import { trace } from './signals';
import type { View } from './view';

export type { StepExplanation };

export function explain(view: View): StepExplanation[] {
  return STEPS.map((step) => {
    const checks: SignalCheck[] = [];
    trace.sink = (need, met) => checks.push({ need, met: [...met] });
    try {
      return { step: step.id, recognised: step.recognise(view), checks };
    } finally {
      trace.sink = null;
    }
  });
}
