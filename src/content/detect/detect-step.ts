/**
 * Pure: from a document, its URL and the previous observation to the step the user is on. The steps
 * are data (steps/*.ts); this only tries them in the registry's order. Anything on a supported URL
 * that matches no step is `unfamiliar`, so the panel never points at the wrong thing.
 */
import type { StepId } from '../../shared/steps';
import { FALLBACK, STEPS } from './registry';
import type { Step } from './step';
import { type Previous, type View, lookAt } from './view';

export { STEPS };

export interface Detection {
  step: StepId;
  view: View;
  /** The matched step's definition (the fallback's for `unfamiliar`). */
  definition: Step;
}

export function detect(doc: Document, url: string, previous: Previous = null, extraLabels?: Record<string, string[]>): Detection {
  const view = lookAt(doc, url, previous, extraLabels);
  const definition = STEPS.find((s) => s.recognise(view)) ?? FALLBACK;
  return { step: definition.id, view, definition };
}

export type { Previous };
