/**
 * A My Sign-Ins or My Account page outside the flow (Overview, Organizations, Devices, Change
 * password, …): point at the way to Security info. A page on the flow's own URL that matches no
 * step stays `unfamiliar`.
 */
import { MYACCOUNT_HOST, MYSIGNINS_HOST } from '../../../shared/microsoft';
import type { Examples } from '../example';
import { onSecurityInfo } from '../signals';
import type { Step } from '../step';
import type { View } from '../view';
import myaccount, { securityInfoLink } from './myaccount';
import reauth from './reauth';

/** Where the page is: My Account but not its overview, or My Sign-Ins but not the Security info list. */
const outsideFlow = (v: View) =>
  v.url.host === MYACCOUNT_HOST
    ? !myaccount.recognise(v)
    : v.url.host === MYSIGNINS_HOST && !onSecurityInfo(v, true) && !v.dialog && !reauth.recognise(v);

const otherPage: Step = {
  id: 'other-page',
  title: 'stepName_other_page',
  role: { capture: 'other' },
  // The URL says where, the page says it is drawn (a page still loading is `loading`).
  recognise: (v) => outsideFlow(v) && v.drawn,
  target: (v) => securityInfoLink(v) ?? null,
  message: (v) => ({ key: securityInfoLink(v) ? 'step_other_page' : 'step_other_page_no_link' }),
  facts: () => [],
  extras: ['written-steps'],
};
export default otherPage;

const MYSIGNINS = `https://${MYSIGNINS_HOST}`;
/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: 'My Sign-Ins Overview', url: `${MYSIGNINS}/`, target: 'nav-security-info', message: { key: 'step_other_page' } },
  { name: 'My Sign-Ins Overview, de', url: `${MYSIGNINS}/`, config: { lng: 'de' }, target: 'nav-security-info' },
  { name: 'My Sign-Ins Overview, plain markup, ja', url: `${MYSIGNINS}/`, config: { lng: 'ja', dialect: 'plain' }, target: 'nav-security-info' },
  { name: 'My Sign-Ins Organizations page', url: `${MYSIGNINS}/organizations`, target: 'nav-security-info' },
  { name: 'My Sign-Ins Devices page, fr', url: `${MYSIGNINS}/devices`, config: { lng: 'fr' }, target: 'nav-security-info' },
  { name: 'My Sign-Ins Change password', url: `${MYSIGNINS}/security-info/password/change`, config: { lng: 'es' }, target: 'nav-security-info' },
  { name: 'My Sign-Ins Overview, reached in the single-page app', url: `${MYSIGNINS}/organizations`, actions: [{ click: 'nav-security-info' }, { click: 'nav-overview' }] },
  { name: 'My Account Devices: no link to Security info', url: `https://${MYACCOUNT_HOST}/device-list`, target: null, message: { key: 'step_other_page_no_link' } },
];
