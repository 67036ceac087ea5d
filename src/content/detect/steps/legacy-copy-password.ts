/** Legacy create: "Your app password" is shown. Its box is never read and never pointed at. */
import { LEGACY_HOST } from '../../../shared/microsoft';
import type { Examples } from '../example';
import { atLeast, onLegacy, previousWas } from '../signals';
import type { Step } from '../step';
import { confirmButton } from '../task';
import type { View } from '../view';

const copyControl = (v: View) => v.control('copy') ?? v.control('copyPassword');

const legacyCopyPassword: Step = {
  id: 'legacy-copy-password',
  title: 'stepName_legacy_copy_password',
  role: { capture: 'showing-password' },
  // Like the new page: title and buttons only, never the box that shows the password.
  recognise: (v) =>
    onLegacy(v) &&
    !!v.dialog &&
    v.fields.length === 0 &&
    !v.control('cancel') &&
    !confirmButton(v) &&
    // The title cannot decide: in Japanese "Your app password" and the "App passwords" dialog that
    // follows a deletion read the same. Only the copy button or coming from the name step can.
    (!!v.control('copyPassword') || previousWas(v, 'legacy-name', 'legacy-copy-password')) &&
    atLeast(2, [
      v.is(v.dialogTitle, 'yourAppPassword'),
      !!v.control('copyPassword'),
      !!v.control('close') || !!v.control('done'),
      previousWas(v, 'legacy-name', 'legacy-copy-password'),
    ]),
  // The copy control first, as on the new page; else "Close", with the text saying to copy first.
  target: (v) => copyControl(v) ?? v.control('close') ?? v.control('done') ?? null,
  message: (v) => ({ key: copyControl(v) ? 'step_legacy_copy_password' : 'guide_legacy_copy_password_no_button' }),
  facts: () => ['fact_shown_once', 'fact_paste_now'],
};
export default legacyCopyPassword;

const toPassword = (name: string) => [{ click: 'create' }, { type: ['name', name] }, { click: 'next' }] as const;
const APP_PASSWORDS = `https://${LEGACY_HOST}/AppPasswords.aspx`;
/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: 'en: points at "Copy password to clipboard"', url: APP_PASSWORDS, actions: [...toPassword('Old mail client')], target: 'copy', message: { key: 'step_legacy_copy_password' } },
  { name: 'ja (same title as the dialog after a deletion)', url: APP_PASSWORDS, config: { lng: 'ja' }, actions: [...toPassword('古いメール')], target: 'copy' },
  { name: 'reached from Proofup.aspx, de', url: `https://${LEGACY_HOST}/Proofup.aspx`, config: { lng: 'de' }, actions: [{ go: APP_PASSWORDS }, ...toPassword('Alter Client')] },
  {
    name: 'no copy link: points at Close and says to copy first, fr',
    url: APP_PASSWORDS,
    config: { lng: 'fr', copyButton: 'off' },
    actions: [...toPassword('Ancien client')],
    target: 'close',
    message: { key: 'guide_legacy_copy_password_no_button' },
  },
];
