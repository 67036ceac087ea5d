import type { StepId } from '../shared/steps';

/**
 * What the content script learns from one look at Microsoft's page. Detection produces it; the
 * guide shows it; capture turns a change between two of them into record messages.
 * By design there is no field for the password: the password element is never read.
 */
export interface PageFacts {
  step: StepId;
  /** Page URL this was read from. */
  url: string;
  /** Signed-in account shown in the page header, or "" when not shown. */
  account: string;
  /** Names of the App password rows when a list (new or legacy) is on screen, else null. */
  appPasswordNames: string[] | null;
  /** What the user has typed in the App password name field, when that field is on screen, else null. */
  typedName: string | null;
}
