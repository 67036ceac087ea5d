/** The My Account overview: point to Security info. */
import { MYACCOUNT_HOST, SECURITY_INFO_URL } from '../../../shared/microsoft';
import { controlLabel } from '../dom';
import type { Examples } from '../example';
import { anyMatch, atLeast } from '../signals';
import type { Step } from '../step';
import type { View } from '../view';

/** Links to Security info, directly or through Microsoft's short link. */
const hrefToSecurityInfo = (c: Element) =>
  [SECURITY_INFO_URL, 'https://aka.ms/mysecurityinfo'].some((url) => ((c as HTMLAnchorElement).href ?? '').toLowerCase().startsWith(url));

/** The link to Security info among the controls: by where it goes, else by its label. */
export function securityInfoLink(v: View): Element | undefined {
  return v.controls.find(hrefToSecurityInfo) ?? v.controls.find((c) => v.is(controlLabel(c), 'updateInfo') || v.is(controlLabel(c), 'securityInfo'));
}

const myaccount: Step = {
  id: 'myaccount',
  title: 'stepName_myaccount',
  role: { capture: 'other' },
  recognise: (v) =>
    v.url.host === MYACCOUNT_HOST &&
    !v.dialog &&
    atLeast(1, [v.controls.some(hrefToSecurityInfo), v.controls.some((c) => v.is(controlLabel(c), 'updateInfo'))]) &&
    atLeast(1, [anyMatch(v, v.headings, 'securityInfo'), !!securityInfoLink(v)]),
  target: (v) => securityInfoLink(v) ?? null,
  message: () => ({ key: 'step_myaccount' }),
  facts: () => [],
};
export default myaccount;

const MY_ACCOUNT = `https://${MYACCOUNT_HOST}/`;
/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: 'overview, en', url: MY_ACCOUNT, target: 'update-info', message: { key: 'step_myaccount' } },
  { name: 'overview, fr', url: MY_ACCOUNT, config: { lng: 'fr' }, target: 'update-info' },
  { name: 'overview, ja', url: MY_ACCOUNT, config: { lng: 'ja' }, target: 'update-info' },
];
