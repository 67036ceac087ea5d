/** The picker shows all its options and none is App password (not allowed, or MFA through Conditional Access). */
import { SECURITY_INFO_URL } from '../../../shared/microsoft';
import type { Examples } from '../example';
import { readPicker } from '../picker';
import { onSecurityInfo } from '../signals';
import type { Step } from '../step';

const methodUnavailable: Step = {
  id: 'method-unavailable',
  title: 'stepName_method_unavailable',
  role: { capture: 'other' },
  recognise: (v) => {
    const picker = onSecurityInfo(v) ? readPicker(v) : null;
    return !!picker && picker.complete && !picker.appPassword && !picker.appPasswordChosen;
  },
  target: () => null,
  message: () => ({ key: 'step_method_unavailable' }),
  facts: () => ['fact_missing_why'],
  extras: ['help-desk'],
};
export default methodUnavailable;

/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: 'all options shown, 2024 picker, en', url: SECURITY_INFO_URL, config: { admin: 'off' }, actions: [{ click: 'add' }, { click: 'show-more' }], target: null, message: { key: 'step_method_unavailable' } },
  { name: 'all options shown, 2024 picker, ja', url: SECURITY_INFO_URL, config: { lng: 'ja', admin: 'off' }, actions: [{ click: 'add' }, { click: 'show-more' }] },
  { name: 'all options shown, 2024 picker, de', url: SECURITY_INFO_URL, config: { lng: 'de', admin: 'off' }, actions: [{ click: 'add' }, { click: 'show-more' }] },
  { name: 'dropdown open, 2023 picker', url: SECURITY_INFO_URL, config: { picker: '2023', admin: 'off' }, actions: [{ click: 'add' }, { click: 'dropdown' }] },
];
