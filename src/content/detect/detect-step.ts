/**
 * Pure: from a document, its URL and the previous observation to the step the user is on. The flows
 * are data (flow-*.ts); this only walks them in order. Anything on a supported URL that matches no
 * step is `unfamiliar`, so the panel never points at the wrong thing.
 */
import type { StepId } from '../../shared/steps';
import { commonSteps } from './flow-common';
import { legacySteps } from './flow-legacy';
import { securityInfoSteps } from './flow-security-info';
import type { Step } from './step';
import { type Previous, type Task, type View, lookAt } from './view';

/** Interrupts first: they sit on top of whatever screen was there. */
export const STEPS: readonly Step[] = [...commonSteps, ...legacySteps, ...securityInfoSteps];

export interface Detection {
  step: StepId;
  view: View;
  /** The matched step's definition, or undefined for `unfamiliar`. */
  definition: Step | undefined;
}

export function detect(doc: Document, url: string, previous: Previous = null, extraLabels?: Record<string, string[]>): Detection {
  const view = lookAt(doc, url, previous, extraLabels);
  const definition = STEPS.find((s) => s.recognise(view));
  return { step: definition?.id ?? 'unfamiliar', view, definition };
}

export function detectStep(doc: Document, url: string, previous: Previous = null, extraLabels?: Record<string, string[]>): StepId {
  return detect(doc, url, previous, extraLabels).step;
}

export type { Previous, Task };
