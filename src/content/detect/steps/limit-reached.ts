/** The account already has Microsoft's maximum of app passwords, or Microsoft says so. */
import { APP_PASSWORD_LIMIT, SECURITY_INFO_URL } from '../../../shared/microsoft';
import type { Examples } from '../example';
import { onList, primaryOr } from '../security-info-list';
import { anyMatch, atLeast, onSecurityInfo, previousWas } from '../signals';
import type { Step } from '../step';
import { taskRowDelete } from '../task';
import type { View } from '../view';
import created from './created';
import deleted from './deleted';

const listAtLimit = (v: View) =>
  onList(v) && v.appPasswordRows.length >= APP_PASSWORD_LIMIT && !deleted.recognise(v) && !created.recognise(v);

/**
 * The limit dialog when its message is in no alert, status or banner (markup without roles): an App
 * password dialog straight after the picker (or the limit), with nothing to type, take or cancel,
 * over a list that already holds the limit. Its text is not read.
 */
const limitWithoutMessage = (v: View) =>
  v.appPasswordRows.length >= APP_PASSWORD_LIMIT &&
  v.is(v.dialogTitle, 'appPassword') &&
  !v.fields.length &&
  previousWas(v, 'choose-method', 'limit-reached') &&
  !v.control('done') &&
  // A deletion's confirmation over the same full list is not it: it asks, with a way back.
  !v.control('cancel') &&
  !v.is(v.dialogTitle, 'delete') &&
  !anyMatch(v, v.labels, 'password');

/** Microsoft's limit message in the App password dialog (its exact wording is unknown: any "limit" phrase). */
const limitMessage = (v: View) =>
  onSecurityInfo(v) &&
  !!v.dialog &&
  (v.alerts.some((a) => v.says(a, 'limit')) || limitWithoutMessage(v)) &&
  atLeast(1, [v.is(v.dialogTitle, 'appPassword'), previousWas(v, 'choose-method', 'limit-reached'), !v.fields.length]);

const limitReached: Step = {
  id: 'limit-reached',
  title: 'stepName_limit_reached',
  role: { capture: 'other' },
  recognise: (v) => listAtLimit(v) || limitMessage(v),
  target: (v, task, account) => (v.dialog ? primaryOr(v, 'close', 'done', 'confirmDelete') : taskRowDelete(v, task, account)),
  // On the list, with the stalest listed app password known: name it and say why that one.
  message: (v, task, account) =>
    !v.dialog && task?.stale && taskRowDelete(v, task, account)
      ? { key: `guide_limit_stalest_${task.stale.since}`, subs: [task.name ?? '', String(task.stale.days)] }
      : { key: 'step_limit_reached' },
  facts: () => ['fact_limit'],
};
export default limitReached;

const AT_LIMIT = { count: String(APP_PASSWORD_LIMIT) };
/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: 'list with 40 app passwords, 2024 picker', url: SECURITY_INFO_URL, config: AT_LIMIT, target: null, message: { key: 'step_limit_reached' } },
  { name: 'list with 40 app passwords and a delete task', url: SECURITY_INFO_URL, config: AT_LIMIT, task: { kind: 'delete', name: 'Device 12' }, target: 'delete-Device 12' },
  {
    name: 'list with 40 app passwords, the stalest known: points at it and says why, de',
    url: SECURITY_INFO_URL,
    config: { ...AT_LIMIT, lng: 'de' },
    task: { kind: 'delete', name: 'Device 7', stale: { since: 'created', days: 200 } },
    target: 'delete-Device 7',
    message: { key: 'guide_limit_stalest_created', subs: ['Device 7', '200'] },
  },
  {
    name: 'Microsoft\'s limit message, 2024 picker',
    url: SECURITY_INFO_URL,
    config: AT_LIMIT,
    actions: [{ click: 'add' }, { click: 'show-more' }, { click: 'option-app-password' }],
    target: 'limit-ok',
  },
  {
    name: 'Microsoft\'s limit message, 2023 picker, fr',
    url: SECURITY_INFO_URL,
    config: { ...AT_LIMIT, picker: '2023', lng: 'fr' },
    actions: [{ click: 'add' }, { click: 'dropdown' }, { click: 'option-app-password' }, { click: 'picker-add' }],
    target: 'limit-ok',
  },
  {
    name: 'list again after closing the limit message',
    url: SECURITY_INFO_URL,
    config: AT_LIMIT,
    actions: [{ click: 'add' }, { click: 'show-more' }, { click: 'option-app-password' }, { click: 'limit-ok' }],
  },
];
