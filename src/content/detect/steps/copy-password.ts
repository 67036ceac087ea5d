/** The new password is on screen, shown once. Its box is never read and never pointed at. */
import { SECURITY_INFO_URL } from '../../../shared/microsoft';
import type { Examples } from '../example';
import { primaryOr } from '../security-info-list';
import { anyMatch, atLeast, onSecurityInfo, previousWas } from '../signals';
import type { Step } from '../step';

const copyPassword: Step = {
  id: 'copy-password',
  title: 'stepName_copy_password',
  role: { capture: 'showing-password' },
  // Recognised from the dialog's title, labels and buttons only: the password box itself is never read.
  recognise: (v) =>
    onSecurityInfo(v) &&
    !!v.dialog &&
    v.fields.length === 0 &&
    !v.control('cancel') &&
    atLeast(2, [
      v.is(v.dialogTitle, 'appPassword'),
      anyMatch(v, v.labels, 'password'),
      !!v.control('done'),
      previousWas(v, 'name', 'copy-password'),
    ]),
  // The copy control first: outlining "Done" would invite closing the dialog before the password is
  // safe in the app. Without one, "Done" is outlined and the text says to copy first.
  target: (v) => v.control('copy') ?? primaryOr(v, 'done', 'close'),
  message: (v) => ({ key: v.control('copy') ? 'step_copy_password' : 'guide_copy_password_no_button' }),
  facts: () => ['fact_shown_once', 'fact_paste_now'],
};
export default copyPassword;

const toPassword = [{ click: 'add' }, { click: 'show-more' }, { click: 'option-app-password' }, { type: ['name', 'Outlook on phone'] }, { click: 'next' }] as const;
const toPassword2023 = [{ click: 'add' }, { click: 'dropdown' }, { click: 'option-app-password' }, { click: 'picker-add' }, { type: ['name', 'Thunderbird'] }, { click: 'next' }] as const;

/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: '2024 picker, en: points at Copy', url: SECURITY_INFO_URL, actions: [...toPassword], target: 'copy', message: { key: 'step_copy_password' } },
  { name: '2024 picker, ja', url: SECURITY_INFO_URL, config: { lng: 'ja' }, actions: [...toPassword], target: 'copy' },
  { name: '2023 picker, es', url: SECURITY_INFO_URL, config: { lng: 'es', picker: '2023', addLabel: 'old' }, actions: [...toPassword2023], target: 'copy' },
  {
    name: 'password in a read-only input, no aria-labels on rows',
    url: SECURITY_INFO_URL,
    config: { picker: '2023', addLabel: 'old', rowAria: 'off', passwordBox: 'input' },
    actions: [...toPassword2023],
    target: 'copy',
  },
  {
    name: 'no copy button: points at Done and says to copy first, de',
    url: SECURITY_INFO_URL,
    config: { lng: 'de', copyButton: 'off' },
    actions: [...toPassword],
    target: 'done',
    message: { key: 'guide_copy_password_no_button' },
  },
];
