/** Screens around the flows: Microsoft's sign-in interrupts and the My Account overview. */
import { controlLabel, isPrimary } from './dom';
import { MYACCOUNT, anyMatch, atLeast } from './signals';
import type { Step } from './step';
import type { View } from './view';

const SECURITY_INFO_HREF = /^https:\/\/(mysignins\.microsoft\.com\/security-info|aka\.ms\/mysecurityinfo)/i;

function securityInfoLink(v: View): Element | undefined {
  const byHref = v.controls.find((c) => SECURITY_INFO_HREF.test((c as HTMLAnchorElement).href ?? ''));
  return byHref ?? v.controls.find((c) => v.is(controlLabel(c), 'updateInfo') || v.is(controlLabel(c), 'securityInfo'));
}

export const commonSteps: Step[] = [
  {
    id: 'reauth',
    // The interrupt's heading, plus something to act on: a field to fill or a button to go on.
    recognise: (v) =>
      (v.is(v.dialogTitle, 'reauth') || anyMatch(v, v.headings, 'reauth')) &&
      atLeast(1, [v.fields.length > 0, !!v.control('next'), v.controls.some(isPrimary), !!v.dialog]),
    target: () => null,
    message: () => ({ key: 'step_reauth' }),
    facts: () => ['fact_reauth_why'],
  },
  {
    id: 'myaccount',
    recognise: (v) =>
      v.url.host === MYACCOUNT &&
      !v.dialog &&
      atLeast(1, [
        v.controls.some((c) => SECURITY_INFO_HREF.test((c as HTMLAnchorElement).href ?? '')),
        v.controls.some((c) => v.is(controlLabel(c), 'updateInfo')),
      ]) &&
      atLeast(1, [anyMatch(v, v.headings, 'securityInfo'), !!securityInfoLink(v)]),
    target: (v) => securityInfoLink(v) ?? null,
    message: () => ({ key: 'step_myaccount' }),
    facts: () => [],
  },
];
