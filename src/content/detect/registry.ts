/**
 * Every step, in the order detection tries them; the first that recognises the page wins. The order
 * matters: interrupts first (they sit on top of any screen), then each flow's dialogs before the page
 * under them, and the fallback last. Adding a step: its module in steps/, its id in
 * src/shared/steps.ts, and its place here (README.md).
 */
import type { StepId } from '../../shared/steps';
import type { Step, StepRole } from './step';
import chooseMethod from './steps/choose-method';
import confirmDelete from './steps/confirm-delete';
import copyPassword from './steps/copy-password';
import created from './steps/created';
import deleted from './steps/deleted';
import legacyAppPasswords from './steps/legacy-app-passwords';
import legacyConfirmDelete from './steps/legacy-confirm-delete';
import legacyCopyPassword from './steps/legacy-copy-password';
import legacyName from './steps/legacy-name';
import legacyVerification from './steps/legacy-verification';
import limitReached from './steps/limit-reached';
import loading from './steps/loading';
import methodUnavailable from './steps/method-unavailable';
import myaccount from './steps/myaccount';
import name from './steps/name';
import otherPage from './steps/other-page';
import reauth from './steps/reauth';
import securityInfo from './steps/security-info';
import unfamiliar from './steps/unfamiliar';

/** What the guide shows when no other step recognises the page. */
export const FALLBACK: Step = unfamiliar;

export const STEPS: readonly Step[] = [
  // Around the flows: Microsoft's sign-in interrupts, and My Account.
  reauth,
  myaccount,
  // The legacy pages: their dialogs before the list under them.
  legacyCopyPassword,
  legacyName,
  legacyConfirmDelete,
  legacyAppPasswords,
  legacyVerification,
  // Security info: dialogs, then the list's outcomes before the plain list.
  limitReached,
  copyPassword,
  name,
  confirmDelete,
  methodUnavailable,
  chooseMethod,
  deleted,
  created,
  securityInfo,
  // Outside the flows: another page of My Sign-Ins or My Account, and a page still being drawn (it
  // has no heading or control yet, so no step above could take it; tried last, it costs no look).
  otherPage,
  loading,
];

function stepById(id: StepId): Step {
  return STEPS.find((s) => s.id === id) ?? FALLBACK;
}

/** A step's role in capture and in finishing the popup's task. */
export function roleOf(id: StepId): StepRole {
  return stepById(id).role;
}
