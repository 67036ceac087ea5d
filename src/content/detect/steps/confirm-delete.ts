/** Microsoft asks to confirm deleting an App password. */
import { SECURITY_INFO_URL } from '../../../shared/microsoft';
import type { Examples } from '../example';
import { LIST_STEPS } from '../security-info-list';
import { anyMatch, atLeast, onSecurityInfo, previousWas } from '../signals';
import type { Step } from '../step';
import { confirmButton, confirmDeleteMessage } from '../task';

const confirmDelete: Step = {
  id: 'confirm-delete',
  title: 'stepName_confirm_delete',
  role: { capture: 'confirming-delete' },
  recognise: (v) =>
    onSecurityInfo(v) &&
    !!v.dialog &&
    v.fields.length === 0 &&
    v.controls.length <= 4 &&
    !!v.control('cancel') &&
    !!confirmButton(v) &&
    atLeast(1, [v.is(v.dialogTitle, 'delete') || anyMatch(v, v.headings, 'delete'), previousWas(v, ...LIST_STEPS, 'confirm-delete')]),
  target: (v) => confirmButton(v) ?? null,
  message: (_v, task, account) => confirmDeleteMessage(task, account, 'step_confirm_delete', 'guide_confirm_delete_named', 'guide_confirm_delete_chosen'),
  facts: () => ['fact_delete_final'],
};
export default confirmDelete;

const confirmScanner = (lng: string, confirm: string, extra: Record<string, string> = {}) => ({
  name: `"${confirm}" button, ${lng}`,
  url: SECURITY_INFO_URL,
  config: { lng, confirm, ...extra },
  actions: [{ click: 'delete-Scanner in the office' }],
  target: 'confirm-yes',
});

/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { ...confirmScanner('en', 'yes'), message: { key: 'step_confirm_delete' } },
  confirmScanner('de', 'ok'),
  confirmScanner('fr', 'delete'),
  confirmScanner('ja', 'ok', { rowAria: 'off' }),
  confirmScanner('en', 'delete', { picker: '2023' }),
  {
    ...confirmScanner('es', 'yes'),
    name: 'the popup\'s delete task: names the app password, es',
    task: { kind: 'delete', name: 'Scanner in the office', account: 'ada@contoso.com' },
    message: { key: 'guide_confirm_delete_named', subs: ['Scanner in the office'] },
  },
  {
    ...confirmScanner('fr', 'yes'),
    name: 'no task, the row whose Delete the user pressed: names it without doubt, fr',
    task: { kind: 'delete', name: 'Scanner in the office', chosen: true },
    message: { key: 'guide_confirm_delete_chosen', subs: ['Scanner in the office'] },
  },
  {
    ...confirmScanner('en', 'yes'),
    name: 'the popup\'s delete task is for another account: names both accounts',
    task: { kind: 'delete', name: 'Scanner in the office', account: 'grace@contoso.com' },
    message: { key: 'guide_confirm_delete_other_account', subs: ['Scanner in the office', 'grace@contoso.com', 'ada@contoso.com'] },
  },
];
