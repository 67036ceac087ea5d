/**
 * Example screens: how to reach, on the replica of Microsoft's pages (test/fixtures/replica), a
 * screen a step must recognise. Types only; a step module exports its examples beside the step, and
 * the shipped bundle drops them because nothing in it imports them (a build test checks).
 */
import type { Task } from './view';

/** What the user does on the replica; `click` and `type` name an element by its `data-r`. */
export type Action =
  | { click: string }
  | { type: readonly [field: string, text: string] }
  | { go: string }
  | { back: true };

export interface Example {
  /** What the screen is; test titles show it after the step id. */
  name: string;
  /** Where the replica starts. */
  url: string;
  /** The replica's variant switches (test/fixtures/replica/config.mjs): language, picker generation… */
  config?: Record<string, string>;
  /** IT's extra labels (policy `extraLabels`). */
  extraLabels?: Record<string, string[]>;
  /** What the user does to reach the screen; the guide looks after each, as it would on the page. */
  actions?: Action[];
  /** The popup's task while the user is there. */
  task?: Task;
  /** The `data-r` of the element the step must point at, or null for none (unchecked when absent). */
  target?: string | null;
  /** The message the step must give (unchecked when absent). */
  message?: { key: string; subs?: string[] };
}

/** Each step module exports `examples`, a function returning these, beside its default export. */
export type Examples = readonly Example[];
