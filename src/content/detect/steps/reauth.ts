/** Microsoft interrupts to sign in or verify again; the guide pauses and resumes after. */
import { SECURITY_INFO_URL } from '../../../shared/microsoft';
import { isPrimary } from '../dom';
import type { Examples } from '../example';
import { anyMatch, atLeast } from '../signals';
import type { Step } from '../step';

const reauth: Step = {
  id: 'reauth',
  title: 'stepName_reauth',
  role: { capture: 'passing' },
  // The interrupt's heading, plus something to act on: a field to fill or a button to go on.
  recognise: (v) =>
    (v.is(v.dialogTitle, 'reauth') || anyMatch(v, v.headings, 'reauth')) &&
    atLeast(1, [v.fields.length > 0, !!v.control('next'), v.controls.some(isPrimary), !!v.dialog]),
  target: () => null,
  message: () => ({ key: 'step_reauth' }),
  facts: () => ['fact_reauth_why'],
};
export default reauth;

/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: '"More information required" before the picker, en', url: SECURITY_INFO_URL, config: { reauth: 'more' }, actions: [{ click: 'add' }], target: null },
  { name: '"More information required" before the picker, de', url: SECURITY_INFO_URL, config: { lng: 'de', reauth: 'more' }, actions: [{ click: 'add' }] },
  { name: '"Let\'s try something else" before the picker, ja', url: SECURITY_INFO_URL, config: { lng: 'ja', reauth: 'try' }, actions: [{ click: 'add' }] },
  { name: '"Let\'s try something else" before the picker, es', url: SECURITY_INFO_URL, config: { lng: 'es', reauth: 'try' }, actions: [{ click: 'add' }] },
  { name: '"Keep your account secure" page', url: SECURITY_INFO_URL, config: { reauth: 'keep' }, actions: [{ click: 'add' }], message: { key: 'step_reauth' } },
];
