/** The App password name field: the user types where it will be used. */
import { SECURITY_INFO_URL } from '../../../shared/microsoft';
import { isPrimary } from '../dom';
import type { Examples } from '../example';
import { anyMatch, atLeast, onSecurityInfo, previousWas, sameNameField } from '../signals';
import type { Step } from '../step';

const name: Step = {
  id: 'name',
  title: 'stepName_name',
  role: { capture: 'naming' },
  recognise: (v) =>
    onSecurityInfo(v) &&
    !!v.dialog &&
    v.fields.length === 1 &&
    // "Done" ends the password screen; the name screen goes on with "Next".
    !v.control('done') &&
    atLeast(2, [
      v.is(v.dialogTitle, 'appPassword'),
      anyMatch(v, v.labels, 'name') || v.is(v.fields[0].getAttribute('aria-label'), 'name'),
      !!v.control('next') || v.controls.some(isPrimary),
      previousWas(v, 'choose-method') || sameNameField(v, 'name'),
    ]),
  target: (v) => v.fields[0],
  message: () => ({ key: 'step_name' }),
  facts: () => ['fact_name_where'],
};
export default name;

const toName = [{ click: 'add' }, { click: 'show-more' }, { click: 'option-app-password' }] as const;

/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: 'empty field, 2024 picker, en', url: SECURITY_INFO_URL, actions: [...toName], target: 'name', message: { key: 'step_name' } },
  { name: 'name typed, 2024 picker, fr', url: SECURITY_INFO_URL, config: { lng: 'fr' }, actions: [...toName, { type: ['name', 'Outlook sur téléphone'] }], target: 'name' },
  {
    name: '2023 picker, de',
    url: SECURITY_INFO_URL,
    config: { lng: 'de', picker: '2023', addLabel: 'old' },
    actions: [{ click: 'add' }, { click: 'dropdown' }, { click: 'option-app-password' }, { click: 'picker-add' }],
    target: 'name',
  },
  { name: 'after an interrupt, ja', url: SECURITY_INFO_URL, config: { lng: 'ja', reauth: 'more' }, actions: [{ click: 'add' }, { click: 'reauth-next' }, { click: 'show-more' }, { click: 'option-app-password' }] },
];
