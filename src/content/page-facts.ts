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
  /**
   * What the user typed into the App password name field on screen, or null: no naming step, or
   * nothing typed by the user into this element (a value the page put there is never a name), or
   * what they typed is refused (see nameRefused).
   */
  typedName: string | null;
  /** The user's text in the name field is shaped like an app password: it will not be recorded. */
  nameRefused?: boolean;
  /** The element taken as the name field on a naming step, so the next look can tell it is the same one. */
  nameField?: Element | null;
}
