/** The Security info flows on mysignins: create and delete, in the order they must be checked. */
import { controlLabel, isPrimary } from './dom';
import { readPicker } from './picker';
import { anyMatch, atLeast, listGrew, listShrank, onSecurityInfo, previousWas, sameNameField } from './signals';
import type { Step } from './step';
import type { Task, View } from './view';

const LIST_STEPS = ['security-info', 'created', 'deleted', 'limit-reached'] as const;
export const LIMIT = 40;

function addMethodControl(v: View): Element | undefined {
  return v.controls.find((c) => v.is(controlLabel(c), 'addMethod') || v.is(c.getAttribute('name'), 'addMethod'));
}

/** The Security info list with no dialog over it. */
function onList(v: View): boolean {
  if (!onSecurityInfo(v, true) || v.dialog) return false;
  return atLeast(2, [anyMatch(v, v.headings, 'securityInfo'), !!addMethodControl(v), v.methodRowCount > 0]);
}

function taskRowDelete(v: View, task: Task | null): Element | null {
  if (task?.kind !== 'delete') return null;
  return v.appPasswordRows.find((r) => r.name === task.name)?.deleteControl ?? null;
}

function primaryOr(v: View, ...concepts: Parameters<View['is']>[1][]): Element | null {
  for (const concept of concepts) {
    const found = v.control(concept);
    if (found) return found;
  }
  return v.controls.find(isPrimary) ?? null;
}

const plain = (key: string) => () => ({ key });

// The list steps exclude one another, so every screen is recognised by exactly one step.
const isDeleted = (v: View) => onList(v) && (listShrank(v) || (previousWas(v, 'deleted') && !listGrew(v)));
const isCreated = (v: View) =>
  onList(v) && !isDeleted(v) && (listGrew(v) || (previousWas(v, 'copy-password', 'created') && !listShrank(v)));
const isListAtLimit = (v: View) => onList(v) && v.appPasswordRows.length >= LIMIT && !isDeleted(v) && !isCreated(v);
const isUnavailable = (v: View) => {
  const picker = onSecurityInfo(v) ? readPicker(v) : null;
  return !!picker && picker.complete && !picker.appPassword && !picker.appPasswordChosen;
};

/**
 * The limit dialog when its message is in no alert, status or banner (markup without roles): an App
 * password dialog straight after the picker (or the limit), with nothing to type, take or cancel,
 * over a list that already holds the limit. Its text is not read.
 */
const limitWithoutMessage = (v: View) =>
  v.appPasswordRows.length >= LIMIT &&
  v.is(v.dialogTitle, 'appPassword') &&
  !v.fields.length &&
  previousWas(v, 'choose-method', 'limit-reached') &&
  !v.control('done') &&
  // A deletion's confirmation over the same full list is not it: it asks, with a way back.
  !v.control('cancel') &&
  !v.is(v.dialogTitle, 'delete') &&
  !anyMatch(v, v.labels, 'password');

export const securityInfoSteps: Step[] = [
  {
    id: 'limit-reached',
    recognise: (v) =>
      isListAtLimit(v) ||
      (onSecurityInfo(v) &&
        !!v.dialog &&
        (v.alerts.some((a) => v.says(a, 'limit')) || limitWithoutMessage(v)) &&
        atLeast(1, [v.is(v.dialogTitle, 'appPassword'), previousWas(v, 'choose-method', 'limit-reached'), !v.fields.length])),
    target: (v, task) => (v.dialog ? primaryOr(v, 'close', 'done', 'confirmDelete') : taskRowDelete(v, task)),
    message: plain('step_limit_reached'),
    facts: () => ['fact_limit'],
  },
  {
    id: 'copy-password',
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
    target: (v) => primaryOr(v, 'done', 'close'),
    message: plain('step_copy_password'),
    facts: () => ['fact_shown_once', 'fact_paste_now'],
  },
  {
    id: 'name',
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
    message: plain('step_name'),
    facts: () => ['fact_name_where'],
  },
  {
    id: 'confirm-delete',
    recognise: (v) =>
      onSecurityInfo(v) &&
      !!v.dialog &&
      v.fields.length === 0 &&
      v.controls.length <= 4 &&
      !!v.control('cancel') &&
      !!v.controls.find((c) => !v.is(controlLabel(c), 'cancel') && v.is(controlLabel(c), 'confirmDelete')) &&
      atLeast(1, [
        v.is(v.dialogTitle, 'delete') || anyMatch(v, v.headings, 'delete'),
        previousWas(v, ...LIST_STEPS, 'confirm-delete'),
      ]),
    target: (v) => v.controls.find((c) => !v.is(controlLabel(c), 'cancel') && v.is(controlLabel(c), 'confirmDelete')) ?? null,
    message: plain('step_confirm_delete'),
    facts: () => ['fact_delete_final'],
  },
  {
    id: 'method-unavailable',
    recognise: isUnavailable,
    target: () => null,
    message: plain('step_method_unavailable'),
    facts: () => ['fact_missing_why'],
  },
  {
    id: 'choose-method',
    recognise: (v) => onSecurityInfo(v) && !!readPicker(v) && !isUnavailable(v),
    target: (v) => {
      const p = readPicker(v);
      if (!p) return null;
      if (p.appPassword) return p.appPassword;
      if (p.appPasswordChosen) return primaryOr(v, 'add', 'next');
      return p.showMore ?? p.combobox ?? null;
    },
    message: (v) => {
      const p = readPicker(v);
      if (p?.appPasswordChosen && !p.appPassword) return { key: 'guide_choose_confirm' };
      if (p && !p.appPassword && p.showMore) return { key: 'guide_choose_show_more' };
      if (p && !p.appPassword && p.combobox) return { key: 'guide_choose_open_list' };
      return { key: 'step_choose_method' };
    },
    facts: () => ['fact_modern_better'],
  },
  {
    id: 'deleted',
    recognise: isDeleted,
    target: () => null,
    message: plain('step_deleted'),
    facts: () => ['fact_deleted_app_stops'],
  },
  {
    id: 'created',
    recognise: isCreated,
    target: () => null,
    message: plain('step_created'),
    facts: () => ['fact_takes_minutes', 'fact_never_expires'],
  },
  {
    id: 'security-info',
    recognise: (v) => onList(v) && !isDeleted(v) && !isCreated(v) && !isListAtLimit(v),
    target: (v, task) => taskRowDelete(v, task) ?? (task?.kind === 'delete' ? null : addMethodControl(v) ?? null),
    message: (v, task) =>
      task?.kind === 'delete' && task.name
        ? { key: taskRowDelete(v, task) ? 'guide_delete_row' : 'guide_delete_row_missing', subs: [task.name] }
        : { key: task?.kind === 'create' ? 'guide_create_start' : 'step_security_info' },
    facts: (task) => (task?.kind === 'delete' ? ['fact_delete_final'] : ['fact_bypass_mfa', 'fact_modern_better']),
  },
];
