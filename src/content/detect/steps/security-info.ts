/** The Security info list: the start of both flows ("Add sign-in method", or a row's Delete). */
import { SECURITY_INFO_URL } from '../../../shared/microsoft';
import type { Examples } from '../example';
import { addMethodControl, onList } from '../security-info-list';
import type { Step } from '../step';
import { deleteStartMessage, taskRowDelete } from '../task';
import created from './created';
import deleted from './deleted';
import limitReached from './limit-reached';

const securityInfo: Step = {
  id: 'security-info',
  title: 'stepName_security_info',
  role: { capture: 'list' },
  // The list steps exclude one another, so every screen is recognised by exactly one of them.
  recognise: (v) => onList(v) && !deleted.recognise(v) && !created.recognise(v) && !limitReached.recognise(v),
  target: (v, task, account) => taskRowDelete(v, task, account) ?? (task?.kind === 'delete' ? null : addMethodControl(v) ?? null),
  message: (v, task, account) =>
    deleteStartMessage(v, task, account) ?? { key: task?.kind === 'create' ? 'guide_create_start' : 'step_security_info' },
  facts: (task) => (task?.kind === 'delete' ? ['fact_delete_final'] : ['fact_bypass_mfa', 'fact_modern_better']),
};
export default securityInfo;

/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: 'list, en', url: SECURITY_INFO_URL, target: 'add', message: { key: 'step_security_info' } },
  { name: 'list with "+ Add method", de', url: SECURITY_INFO_URL, config: { lng: 'de', addLabel: 'old' }, target: 'add' },
  { name: 'rows without Delete (admin turned management off)', url: SECURITY_INFO_URL, config: { admin: 'manage-off' } },
  { name: 'no app passwords yet, ja', url: SECURITY_INFO_URL, config: { lng: 'ja', apps: '' }, target: 'add' },
  { name: 'the popup\'s create task', url: SECURITY_INFO_URL, task: { kind: 'create' }, target: 'add', message: { key: 'guide_create_start' } },
  {
    name: 'the popup\'s delete task: points at its row, fr',
    url: SECURITY_INFO_URL,
    config: { lng: 'fr' },
    task: { kind: 'delete', name: 'Scanner in the office' },
    target: 'delete-Scanner in the office',
    message: { key: 'guide_delete_row', subs: ['Scanner in the office'] },
  },
  {
    name: 'the popup\'s delete task for another account: names both, points at no row',
    url: SECURITY_INFO_URL,
    task: { kind: 'delete', name: 'Scanner in the office', account: 'grace@contoso.com' },
    target: null,
    message: { key: 'guide_delete_other_account', subs: ['Scanner in the office', 'grace@contoso.com', 'ada@contoso.com'] },
  },
  {
    name: 'back on the list after cancelling a deletion',
    url: SECURITY_INFO_URL,
    actions: [{ click: 'delete-Scanner in the office' }, { click: 'cancel' }],
  },
  {
    name: 'back on the list after cancelling at the name',
    url: SECURITY_INFO_URL,
    actions: [{ click: 'add' }, { click: 'show-more' }, { click: 'option-app-password' }, { click: 'cancel' }],
  },
];
