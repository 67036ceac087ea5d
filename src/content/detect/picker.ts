/**
 * The method picker in either generation: the pre-2024 dialog with a dropdown whose options open in
 * a separate layer, and the 2024+ list with "Show more options".
 */
import { controlLabel } from './dom';
import { anyMatch, atLeast } from './signals';
import type { View } from './view';

export interface Picker {
  options: Element[];
  appPassword: Element | undefined;
  showMore: Element | undefined;
  combobox: Element | undefined;
  /** The dropdown already shows App password as chosen (pre-2024): the user must confirm with Add. */
  appPasswordChosen: boolean;
  /** Every option is on screen, so a missing App password really is missing. */
  complete: boolean;
}

const ACTIONS = ['cancel', 'next', 'add', 'close', 'showMore', 'done'] as const;

const cache = new WeakMap<View, Picker | null>();

export function readPicker(v: View): Picker | null {
  if (!cache.has(v)) cache.set(v, lookForPicker(v));
  return cache.get(v) ?? null;
}

function lookForPicker(v: View): Picker | null {
  if (!v.dialog) return null;
  const combobox = v.combobox;
  const dropdownOptions = v.listOptions ?? [];
  // With a dialog open, the view's controls are the dialog's.
  const listed = v.controls.filter(
    (c) => c !== combobox && !ACTIONS.some((a) => v.is(controlLabel(c), a)) && !c.closest('[role="listbox"]'),
  );
  const options = combobox ? dropdownOptions : listed;
  const showMore = v.control('showMore');
  const recognised = atLeast(2, [
    v.is(v.dialogTitle, 'pickerTitle') || anyMatch(v, v.headings, 'pickerTitle'),
    !!combobox,
    options.length >= 3,
    !!showMore,
  ]);
  if (!recognised || v.fields.length) return null;
  return {
    options,
    appPassword: options.find((o) => v.is(controlLabel(o), 'appPassword')),
    showMore,
    combobox,
    appPasswordChosen: !!combobox && v.is(combobox.textContent, 'appPassword'),
    complete: combobox ? v.listOptions !== null : !showMore && options.length > 0,
  };
}
