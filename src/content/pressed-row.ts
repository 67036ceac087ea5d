/**
 * Which app password the user chose to delete, for the confirmation that follows. Microsoft's dialog
 * does not say which row's "Delete" was pressed, and a task from the popup only says which row the
 * user meant to press; the guide learns it from the user's own trusted click (mouse, Enter or Space
 * all make one) inside a row the last look read on a list. It reads nothing of the page: the row
 * and its name were already read for the list (SECURITY.md, "row names"), whose reader keeps no
 * name shaped like an app password (detect/view.ts); one is dropped here again all the same.
 *
 * Naming the wrong row would be worse than naming none, so every click on a list sets the choice
 * afresh: a click outside every row (a Delete button the rows do not hold, say) forgets it, and so
 * does any step that is neither a list, its confirmation nor a page still loading. A list the page
 * has drawn anew since the last look holds other elements: a click there forgets it too.
 */
import { looksLikeAppPassword } from '../shared/app-password-shape';
import type { StepId } from '../shared/steps';
import { roleOf } from './detect/registry';
import { LIST_STEPS } from './detect/security-info-list';
import { otherAccount } from './detect/task';
import type { Task, View } from './detect/view';

/** The lists a Delete is pressed on: Security info's, and the legacy page's. */
const LISTS: readonly StepId[] = [...LIST_STEPS, 'legacy-app-passwords'];
const isConfirmation = (step: StepId) => roleOf(step).capture === 'confirming-delete';

export interface PressedRow {
  /** What the last look saw: its step, and the list's rows (read only when the step is a list). */
  seen(step: StepId, rows: () => View['appPasswordRows']): void;
  /** The user clicked `target` (a trusted click). */
  pressed(target: EventTarget | null): void;
  /**
   * The task for this look: on a delete confirmation the row the user chose, when known, rather than
   * `given` (the popup's); `given` anywhere else, and where the popup's delete task is for another
   * account than the page's (that warning matters more than the name).
   */
  taskFor(step: StepId, given: Task | null, account: string): Task | null;
}

export function createPressedRow(): PressedRow {
  let rows: View['appPasswordRows'] = [];
  let chosen: string | null = null;
  return {
    seen(step, read) {
      if (LISTS.includes(step)) rows = read();
      else {
        // Clicks in the confirmation itself (or while it loads) leave the choice alone.
        rows = [];
        if (!isConfirmation(step) && step !== 'loading') chosen = null;
      }
    },
    pressed(target) {
      if (!rows.length) return;
      const row = target instanceof Node ? rows.find((r) => r.row.contains(target) || r.deleteControl?.contains(target)) : undefined;
      chosen = row && !looksLikeAppPassword(row.name) ? row.name : null;
    },
    taskFor(step, given, account) {
      if (!chosen || !isConfirmation(step) || (given?.kind === 'delete' && otherAccount(given, account))) return given;
      // What the user pressed is certain; the popup's task only says what they meant to press.
      return { kind: 'delete', name: chosen, chosen: true };
    },
  };
}
