/**
 * The only ways detection looks at Microsoft's page. Text is read solely from elements that label
 * something (headings, controls, form labels, alerts) or from rows of the method list, never from an
 * arbitrary container: the element that shows a new app password is none of these, so no reader
 * here can see the password, its text or its length.
 */
import { HOST_ID } from './host-id';

const CONTROLS = 'button, a[href], [role="button"], [role="option"], [role="tab"], [role="link"], [role="menuitem"], input[type="submit"], input[type="button"]';
const HEADINGS = 'h1, h2, h3, h4, [role="heading"]';
const DIALOGS = '[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]';
const ROWS = '[role="listitem"], [role="row"], li, tr';

/** Hidden the ways a single-page app hides things without removing them. */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden], [style*="display: none"], [style*="display:none"]')) return false;
  if (el.closest(`#${HOST_ID}`)) return false;
  return true;
}

function all(root: ParentNode, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter(isShown);
}

/** Text of a labelling element; never called on anything else. */
function ownText(el: Element): string {
  if (el.tagName === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    return type === 'submit' || type === 'button' ? (el as HTMLInputElement).value : '';
  }
  return (el.textContent ?? '').trim();
}

/** What a control says: its accessible name if it has one, else its text. */
export function controlLabel(el: Element): string {
  return el.getAttribute('aria-label') ?? ownText(el);
}

export function controls(root: ParentNode): Element[] {
  return all(root, CONTROLS);
}

/** Controls of the page itself, outside the given dialog (the legacy pages keep their tabs and buttons there). */
export function controlsOutside(doc: Document, dialog: Element | null): Element[] {
  return controls(doc).filter((c) => !(dialog && dialog.contains(c)));
}

/** Whether the page has a native drop-down list (the legacy verification page's preferred option). */
export function hasSelect(doc: Document): boolean {
  return !!doc.querySelector('select');
}

/** The shown dropdown (role="combobox") inside a dialog: the pre-2024 method picker. */
export function comboboxIn(dialog: Element): Element | undefined {
  return [...dialog.querySelectorAll('[role="combobox"]')].find(isShown);
}

/** The options of open dropdown lists, which Fluent renders in a layer of their own; null when none is open. */
export function openListOptions(doc: Document): Element[] | null {
  const listboxes = all(doc, '[role="listbox"]');
  return listboxes.length ? listboxes.flatMap((l) => controls(l)) : null;
}

export function headings(root: ParentNode): string[] {
  return all(root, `${HEADINGS}, legend`).map(ownText);
}

export function formLabels(root: ParentNode): string[] {
  return all(root, 'label').map(ownText);
}

export function alerts(root: ParentNode): string[] {
  return all(root, '[role="alert"], [role="status"]').map(ownText);
}

/** The topmost open dialog: single-page apps append layers at the end of body, so the last one wins. */
export function topDialog(doc: Document): Element | null {
  const open = all(doc, DIALOGS).filter((el) => !el.parentElement?.closest(DIALOGS));
  return open.at(-1) ?? null;
}

/** A dialog's title: what aria-labelledby points at, else its first heading. */
export function dialogTitle(dialog: Element): string {
  const ids = dialog.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  const labelled = ids.map((id) => dialog.ownerDocument.getElementById(id)).find((el) => el && el.matches(HEADINGS + ', div, span'));
  if (labelled) return ownText(labelled);
  return dialog.getAttribute('aria-label') ?? headings(dialog)[0] ?? '';
}

/** Text fields the user can type into (a read-only box showing a value is not one). */
export function editableFields(root: ParentNode): HTMLInputElement[] {
  return all(root, 'input:not([type]), input[type="text"], textarea').filter(
    (el): el is HTMLInputElement => !(el as HTMLInputElement).readOnly && !(el as HTMLInputElement).disabled,
  );
}

export function isPrimary(el: Element): boolean {
  return (
    (el.tagName === 'BUTTON' && (el as HTMLButtonElement).type === 'submit' && !!el.closest('form')) ||
    /(^|[\s-])(primary|is-primary)|--primary/i.test(el.getAttribute('class') ?? '')
  );
}

/**
 * Microsoft's lists hold about 50 rows at most (40 app passwords beside the other methods; the legacy
 * table fewer). A page with far more row-like elements is not a list the guide knows, and reading
 * every one of them on every change would cost the page more than the guide is worth.
 */
export const MAX_LIST_ROWS = 400;

/** Rows of a list outside any dialog (the Security info methods, the legacy table); none past the cap. */
export function listRows(doc: Document): Element[] {
  const candidates = doc.querySelectorAll(ROWS);
  if (candidates.length > MAX_LIST_ROWS) return [];
  const dialogs = all(doc, DIALOGS);
  return [...candidates].filter((row) => isShown(row) && !dialogs.some((d) => d.contains(row)) && !row.querySelector(ROWS));
}

/** The separate texts of a row (type, detail, date), without its controls' labels. */
export function rowTexts(row: Element): string[] {
  const texts: string[] = [];
  for (const el of row.querySelectorAll('*')) {
    if (el.children.length || el.closest(CONTROLS) || !isShown(el)) continue;
    const text = (el.textContent ?? '').trim();
    if (text) texts.push(text);
  }
  return texts;
}
