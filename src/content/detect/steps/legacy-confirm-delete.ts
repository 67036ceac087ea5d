/** Legacy delete: the confirmation ("Yes" / "No"). */
import { LEGACY_HOST } from '../../../shared/microsoft';
import type { Examples } from '../example';
import { anyMatch, atLeast, onLegacy, previousWas } from '../signals';
import type { Step } from '../step';
import { confirmButton, confirmDeleteMessage } from '../task';

const legacyConfirmDelete: Step = {
  id: 'legacy-confirm-delete',
  title: 'stepName_legacy_confirm_delete',
  role: { capture: 'confirming-delete' },
  recognise: (v) =>
    onLegacy(v) &&
    !!v.dialog &&
    v.fields.length === 0 &&
    !!v.control('cancel') &&
    !!confirmButton(v) &&
    atLeast(1, [v.is(v.dialogTitle, 'delete') || anyMatch(v, v.headings, 'delete'), previousWas(v, 'legacy-app-passwords')]),
  target: (v) => confirmButton(v) ?? null,
  message: (_v, task, account) => confirmDeleteMessage(task, account, 'step_legacy_confirm_delete', 'guide_legacy_confirm_delete_named', 'guide_legacy_confirm_delete_chosen'),
  facts: () => ['fact_delete_final'],
};
export default legacyConfirmDelete;

const APP_PASSWORDS = `https://${LEGACY_HOST}/AppPasswords.aspx`;
const deleteLaptop = [{ click: 'delete-Outlook on laptop' }] as const;
/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: '"Yes" and "No", en', url: APP_PASSWORDS, actions: [...deleteLaptop], target: 'confirm-yes', message: { key: 'step_legacy_confirm_delete' } },
  { name: '"Yes" and "No", ja', url: APP_PASSWORDS, config: { lng: 'ja' }, actions: [...deleteLaptop], target: 'confirm-yes' },
  { name: '"Yes" and "No", es', url: APP_PASSWORDS, config: { lng: 'es' }, actions: [...deleteLaptop], target: 'confirm-yes' },
  {
    name: 'the popup\'s delete task: names the app password',
    url: APP_PASSWORDS,
    actions: [...deleteLaptop],
    task: { kind: 'delete', name: 'Outlook on laptop' },
    message: { key: 'guide_legacy_confirm_delete_named', subs: ['Outlook on laptop'] },
  },
  {
    name: 'no task, the row whose Delete the user pressed: names it without doubt',
    url: APP_PASSWORDS,
    actions: [...deleteLaptop],
    task: { kind: 'delete', name: 'Outlook on laptop', chosen: true },
    message: { key: 'guide_legacy_confirm_delete_chosen', subs: ['Outlook on laptop'] },
  },
];
