/**
 * The confirmation names the row whose "Delete" the user pressed, when the popup gave no task; and
 * names nothing rather than the wrong row whenever the click cannot be tied to one row for sure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPressedRow } from '../../src/content/pressed-row';

afterEach(() => document.body.replaceChildren());

/** A list of rows, each with its name and a Delete button inside it. */
function list(...names: string[]) {
  const rows = names.map((name) => {
    const row = document.createElement('div');
    const label = document.createElement('span');
    label.textContent = name;
    const button = document.createElement('button');
    button.textContent = 'Delete';
    row.append(label, button);
    document.body.append(row);
    return { name, row, deleteControl: button as Element };
  });
  return { rows, button: (name: string) => rows.find((r) => r.name === name)!.deleteControl };
}

describe('the row the user chose to delete', () => {
  it('is named on the confirmation after a click on its Delete, and on the legacy one', () => {
    for (const confirm of ['confirm-delete', 'legacy-confirm-delete'] as const) {
      const pressed = createPressedRow();
      const { rows, button } = list('Outlook on laptop', 'Scanner in the office');
      pressed.seen(confirm === 'confirm-delete' ? 'security-info' : 'legacy-app-passwords', () => rows);
      pressed.pressed(button('Scanner in the office'));
      expect(pressed.taskFor('security-info', null, '')).toBeNull();
      pressed.seen('loading', () => []);
      pressed.seen(confirm, () => []);
      expect(pressed.taskFor(confirm, null, '')).toEqual({ kind: 'delete', name: 'Scanner in the office', chosen: true });
    }
  });

  it('is the last row pressed on the list, and a click in the dialog changes nothing', () => {
    const pressed = createPressedRow();
    const { rows, button } = list('Outlook on laptop', 'Scanner in the office');
    pressed.seen('security-info', () => rows);
    pressed.pressed(rows[0].row.firstElementChild);
    pressed.pressed(button('Scanner in the office'));
    pressed.seen('confirm-delete', () => []);
    pressed.pressed(document.body);
    expect(pressed.taskFor('confirm-delete', null, '')?.name).toBe('Scanner in the office');
  });

  it('is forgotten after a click outside every row, so a Delete the rows do not hold names nothing', () => {
    const pressed = createPressedRow();
    const { rows, button } = list('Outlook on laptop');
    pressed.seen('security-info', () => rows);
    pressed.pressed(button('Outlook on laptop'));
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    pressed.pressed(elsewhere);
    pressed.seen('confirm-delete', () => []);
    expect(pressed.taskFor('confirm-delete', null, '')).toBeNull();
  });

  it('is forgotten once the user is on another step, and rows drawn anew are not the old ones', () => {
    const pressed = createPressedRow();
    const first = list('Outlook on laptop');
    pressed.seen('security-info', () => first.rows);
    pressed.pressed(first.button('Outlook on laptop'));
    pressed.seen('name', () => []);
    pressed.seen('confirm-delete', () => []);
    expect(pressed.taskFor('confirm-delete', null, '')).toBeNull();

    // The page drew its list again after the last look: the click is on an element no look read.
    const redrawn = list('Outlook on laptop');
    pressed.seen('security-info', () => first.rows);
    pressed.pressed(redrawn.button('Outlook on laptop'));
    pressed.seen('confirm-delete', () => []);
    expect(pressed.taskFor('confirm-delete', null, '')).toBeNull();
  });

  it('is named rather than the popup\'s task, unless that task is for another account than the page', () => {
    const pressed = createPressedRow();
    const { rows, button } = list('Outlook on laptop', 'Scanner in the office');
    pressed.seen('security-info', () => rows);
    pressed.pressed(button('Outlook on laptop'));
    pressed.seen('confirm-delete', () => []);
    const meant = { kind: 'delete' as const, name: 'Scanner in the office', account: 'ada@contoso.com' };
    const chosen = { kind: 'delete', name: 'Outlook on laptop', chosen: true };
    expect(pressed.taskFor('confirm-delete', meant, 'ada@contoso.com')).toEqual(chosen);
    expect(pressed.taskFor('confirm-delete', { kind: 'create' }, 'ada@contoso.com')).toEqual(chosen);
    expect(pressed.taskFor('confirm-delete', meant, 'grace@contoso.com')).toBe(meant);
    // Elsewhere the popup's task stands.
    expect(pressed.taskFor('security-info', meant, 'ada@contoso.com')).toBe(meant);
  });

  it('never takes a row name shaped like an app password', () => {
    const pressed = createPressedRow();
    const { rows, button } = list('abcdefghijklmnop');
    pressed.seen('security-info', () => rows);
    pressed.pressed(button('abcdefghijklmnop'));
    pressed.seen('confirm-delete', () => []);
    expect(pressed.taskFor('confirm-delete', null, '')).toBeNull();
  });

  it('reads no rows on a step that is not a list', () => {
    const pressed = createPressedRow();
    let reads = 0;
    for (const step of ['name', 'copy-password', 'confirm-delete', 'loading', 'unfamiliar'] as const)
      pressed.seen(step, () => (reads++, []));
    expect(reads).toBe(0);
  });
});
