/** The popup's task as the list steps and the confirmations use it. */
import { controlLabel } from './dom';
import type { StepMessage } from './step';
import type { Task, View } from './view';

/**
 * The task is for another account than the page is signed in to. Then a row with the same name is
 * someone else's app password: the guide must not point at it.
 */
export function otherAccount(task: Task | null, account: string): boolean {
  return !!task?.account && !!account && task.account.toLowerCase() !== account.toLowerCase();
}

/** The Delete control of the row the delete task is about, on the right account only. */
export function taskRowDelete(v: View, task: Task | null, account: string): Element | null {
  if (task?.kind !== 'delete' || otherAccount(task, account)) return null;
  return v.appPasswordRows.find((r) => r.name === task.name)?.deleteControl ?? null;
}

/** On a list, what to say for a delete task with a name; null when there is no such task. */
export function deleteStartMessage(v: View, task: Task | null, account: string): StepMessage | null {
  if (task?.kind !== 'delete' || !task.name) return null;
  if (otherAccount(task, account)) return { key: 'guide_delete_other_account', subs: [task.name, task.account ?? '', account] };
  return { key: taskRowDelete(v, task, account) ? 'guide_delete_row' : 'guide_delete_row_missing', subs: [task.name] };
}

/**
 * On a confirmation, name what is being deleted when the guide knows it. Microsoft's dialog does
 * not say which row the user chose, so the text also says how to back out.
 */
export function confirmDeleteMessage(task: Task | null, account: string, plain: string, named: string, chosen: string): StepMessage {
  if (task?.kind !== 'delete' || !task.name) return { key: plain };
  // The user's own choice on this page: nothing to doubt, so no "if you chose another row".
  if (task.chosen) return { key: chosen, subs: [task.name] };
  if (otherAccount(task, account)) return { key: 'guide_confirm_delete_other_account', subs: [task.name, task.account ?? '', account] };
  return { key: named, subs: [task.name] };
}

/** The button that confirms a deletion (its label may also be "Delete"; never the Cancel/No one). */
export function confirmButton(v: View): Element | undefined {
  return v.controls.find((c) => !v.is(controlLabel(c), 'cancel') && v.is(controlLabel(c), 'confirmDelete'));
}
