/** The legacy app passwords list (AppPasswords.aspx): point to Create, or to a row's Delete. */
import { LEGACY_HOST } from '../../../shared/microsoft';
import { isPrimary } from '../dom';
import type { Examples } from '../example';
import { createControl, onPage } from '../legacy-page';
import { anyMatch, atLeast, onLegacy } from '../signals';
import type { Step } from '../step';
import { deleteStartMessage, taskRowDelete } from '../task';
import legacyConfirmDelete from './legacy-confirm-delete';
import legacyCopyPassword from './legacy-copy-password';
import legacyName from './legacy-name';

const legacyAppPasswords: Step = {
  id: 'legacy-app-passwords',
  title: 'stepName_legacy_app_passwords',
  role: { capture: 'list' },
  recognise: (v) =>
    onLegacy(v) &&
    !legacyCopyPassword.recognise(v) &&
    !legacyName.recognise(v) &&
    !legacyConfirmDelete.recognise(v) &&
    atLeast(2, [onPage(v, 'AppPasswords.aspx'), anyMatch(v, v.pageHeadings, 'legacyAppPasswords'), !!createControl(v), v.appPasswordRows.length > 0]),
  target: (v, task, account) => {
    // A dialog over the list (the one after a deletion): its Close is what comes next.
    if (v.dialog) return v.control('close') ?? v.controls.find(isPrimary) ?? null;
    return taskRowDelete(v, task, account) ?? (task?.kind === 'delete' ? null : createControl(v) ?? null);
  },
  message: (v, task, account) => deleteStartMessage(v, task, account) ?? { key: 'step_legacy_app_passwords' },
  facts: (task) => (task?.kind === 'delete' ? ['fact_delete_final'] : ['fact_bypass_mfa']),
};
export default legacyAppPasswords;

const APP_PASSWORDS = `https://${LEGACY_HOST}/AppPasswords.aspx`;
/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: 'list, en', url: APP_PASSWORDS, target: 'create', message: { key: 'step_legacy_app_passwords' } },
  { name: 'reached from the App passwords tab, es', url: `https://${LEGACY_HOST}/Proofup.aspx`, config: { lng: 'es' }, actions: [{ go: APP_PASSWORDS }], target: 'create' },
  { name: 'the dialog after a deletion, en', url: APP_PASSWORDS, actions: [{ click: 'delete-Outlook on laptop' }, { click: 'confirm-yes' }], target: 'close' },
  { name: 'the dialog after a deletion, ja (titled like "Your app password")', url: APP_PASSWORDS, config: { lng: 'ja' }, actions: [{ click: 'delete-Outlook on laptop' }, { click: 'confirm-yes' }], target: 'close' },
  { name: 'after the new password was closed', url: APP_PASSWORDS, actions: [{ click: 'create' }, { type: ['name', 'Old mail client'] }, { click: 'next' }, { click: 'close' }] },
  {
    name: 'the popup\'s delete task: points at its row',
    url: APP_PASSWORDS,
    task: { kind: 'delete', name: 'Scanner in the office' },
    target: 'delete-Scanner in the office',
    message: { key: 'guide_delete_row', subs: ['Scanner in the office'] },
  },
  {
    name: 'the popup\'s delete task for a row not on the list',
    url: APP_PASSWORDS,
    task: { kind: 'delete', name: 'Printer' },
    target: null,
    message: { key: 'guide_delete_row_missing', subs: ['Printer'] },
  },
];
