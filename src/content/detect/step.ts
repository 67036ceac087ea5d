import type { StepId } from '../../shared/steps';
import type { Task, View } from './view';

/** One screen of a flow, as data: how to recognise it, what to point at, what to say. */
export interface Step {
  id: StepId;
  recognise(v: View): boolean;
  /** The element the user must use now, found afresh on every look; null when there is none. */
  target(v: View, task: Task | null): Element | null;
  /** i18n key of the instruction, and substitutions for it. */
  message(v: View, task: Task | null): { key: string; subs?: string[] };
  /** i18n keys of the facts that matter at this moment. */
  facts(task: Task | null): string[];
}
