/**
 * The only ways detection looks at Microsoft's page. Text is read solely from elements that label
 * something (headings, controls, form labels, alerts) or from rows of the method list, never from an
 * arbitrary container: the element that shows a new app password is none of these, so no reader
 * here can see the password, its text or its length.
 */
import { HOST_ID } from './host-id';

// Fluent UI v8 also draws buttons as `span.ms-Button` (2023 scripts found the old picker's options so).
export const CONTROLS =
  'button, a[href], [role="button"], [role="option"], [role="tab"], [role="link"], [role="menuitem"], input[type="submit"], input[type="button"], span.ms-Button';
export const HEADINGS = 'h1, h2, h3, h4, [role="heading"]';
const DIALOGS = '[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]';
/**
 * Parts of a page that announce, interrupt or frame it: a message bar, a toast, a banner, a dialog,
 * the header. Nothing inside one is a row of the methods list, whatever its tag or role.
 */
const NOT_LIST = `${DIALOGS}, [role="alert"], [role="status"], [role="log"], [role="banner"], [role="tooltip"], [role="note"], [role="marquee"], [role="timer"], [aria-live="assertive"], header, nav, footer`;
/** Containers that say "these are items": in one, a single row is already a list. */
const LIST_CONTAINERS = 'ul, ol, table, thead, tbody, tfoot, [role="list"], [role="grid"], [role="table"], [role="rowgroup"], [role="treegrid"]';

const HIDDEN = '[hidden], [style*="display: none"], [style*="display:none"]';

/** Hidden the ways a single-page app hides things without removing them. */
export function isShown(el: Element): boolean {
  if (el.closest(HIDDEN)) return false;
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

/** Messages: alert and status regions, and Fluent v8's #ms-banner bar, where 2023 scripts read errors (it may have no role). */
export function alerts(root: ParentNode): string[] {
  return all(root, '[role="alert"], [role="status"], #ms-banner').filter((el) => !el.parentElement?.closest('#ms-banner')).map(ownText);
}

/** The app's frame around a page: its top bar, navigation and footer, drawn before the page itself. */
const FRAME = 'header, nav, footer, [role="banner"], [role="navigation"], [role="contentinfo"]';

/** The page has something of its own on screen: a heading or a control outside the app's frame. */
export function drawn(doc: Document): boolean {
  return [...doc.querySelectorAll(`${HEADINGS}, ${CONTROLS}`)].some((el) => isShown(el) && !el.closest(FRAME));
}

/**
 * What says the page is still being drawn: a progress bar or spinner, a region marked busy, or
 * placeholders (by their class names' usual words). Only its presence and identity are used.
 */
const BUSY = '[role="progressbar"], progress, [aria-busy="true"], [class*="pinner"], [class*="himmer"], [class*="keleton"]';

export function busyIndicator(doc: Document): Element | null {
  return all(doc, BUSY)[0] ?? null;
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

/**
 * Single-line text boxes the user can type into now. Not trusted to one attribute: a box that shows
 * a value may be marked read-only by `readonly`, by `aria-readonly` alone, be disabled (itself, by
 * `aria-disabled` or by a disabled fieldset), inert, or have been turned into a password box by a
 * show/hide toggle. A textarea is never a name field (Microsoft's names are one line), so a password
 * shown in one is not a field either. None of this reads a value.
 */
export function editableFields(root: ParentNode): HTMLInputElement[] {
  return all(root, 'input').filter((el): el is HTMLInputElement => {
    const input = el as HTMLInputElement;
    // `type` as the browser reads it: a missing or unknown type is a text box, "password" is not.
    if (input.type !== 'text' || input.readOnly || input.disabled || input.hasAttribute('readonly')) return false;
    return !input.closest('[aria-readonly="true"], [aria-disabled="true"], [inert], fieldset[disabled]');
  });
}

/** A field's own label: its aria-label, or the text of the label elements that belong to it. */
export function fieldLabel(field: Element): string {
  const aria = field.getAttribute('aria-label');
  if (aria !== null) return aria;
  const labels: Element[] = [];
  const wrapping = field.closest('label');
  if (wrapping) labels.push(wrapping);
  if (field.id) labels.push(...[...field.ownerDocument.querySelectorAll('label[for]')].filter((l) => l.getAttribute('for') === field.id));
  return labels.map(ownText).join(' ');
}

export function isPrimary(el: Element): boolean {
  return (
    (el.tagName === 'BUTTON' && (el as HTMLButtonElement).type === 'submit' && !!el.closest('form')) ||
    /(^|[\s-])(primary|is-primary)|--primary/i.test(el.getAttribute('class') ?? '')
  );
}

/**
 * Microsoft's lists hold about 50 rows at most (40 app passwords beside the other methods; the legacy
 * table fewer). A page with far more visible controls is not a page the guide knows, and reading
 * every one of them on every change would cost the page more than the guide is worth: its list is
 * then unknown (null), never "empty".
 */
export const MAX_LIST_ROWS = 400;
/** A row carries a few controls (Change, Delete); an element with more is a section of the page. */
const MAX_ROW_CONTROLS = 6;

/** Elements of the same shape as `el` that it repeats with: its table's rows, or same-tag, same-role siblings. */
function shapeSiblings(el: Element): Element[] {
  if (el.tagName === 'TR') {
    const table = el.closest('table');
    if (table) return [...table.querySelectorAll('tr')].filter((r) => r.closest('table') === table);
  }
  const role = el.getAttribute('role');
  return [...(el.parentElement?.children ?? [])].filter((s) => s.tagName === el.tagName && s.getAttribute('role') === role);
}

/** What a row's texts never come from: its controls, a message or toast it carries, or its hidden parts. */
const NOT_ROW_TEXT = `${CONTROLS}, ${NOT_LIST}, ${HIDDEN}`;

/**
 * The texts of an element's shown leaf elements outside its controls and notices, in document order
 * (with `loose`, also text sitting directly beside elements, and only the first is wanted). Walks the
 * tree once, leaving out whole subtrees, rather than asking every element about its ancestors.
 */
function ownTexts(el: Element, out: string[], loose = false): string[] {
  for (const node of el.childNodes) {
    if (loose && out.length) break;
    if (node.nodeType === 3) {
      if (loose && (node.nodeValue ?? '').trim()) out.push((node.nodeValue ?? '').trim());
      continue;
    }
    if (node.nodeType !== 1 || (node as Element).matches(NOT_ROW_TEXT)) continue;
    const child = node as Element;
    if (child.children.length) ownTexts(child, out, loose);
    else {
      const text = (child.textContent ?? '').trim();
      if (text) out.push(text);
    }
  }
  return out;
}

const hasOwnText = (el: Element): boolean => ownTexts(el, [], true).length > 0;

/**
 * The rows of the methods list (Security info's methods, the legacy table), found by structure, not
 * by markup: a row is one of a set of repeated siblings of the same shape (same tag and role, or rows
 * of one table), each carrying a control and text of its own, outside every dialog, message bar,
 * banner, toast and header. A lone element, whatever its tag or role, is not a row unless it sits
 * in a list container (a list or a table holding one row). Hidden controls are dropped before the
 * cap is applied, and past the cap the answer is null: unknown, not empty.
 */
export function listRows(doc: Document, pageControls: Element[] = controls(doc)): Element[] | null {
  const body = doc.body ?? doc.documentElement;
  // Controls outside every notice, dialog and header (shown ones only: `controls` dropped the hidden),
  // and how many of them each ancestor holds; one walk up from each, no selector matching per level.
  const notList = new Set(doc.querySelectorAll(NOT_LIST));
  const anchors: Element[] = [];
  const held = new Map<Element, number>();
  for (const c of pageControls) {
    const chain: Element[] = [];
    let outside = !notList.has(c);
    for (let a = c.parentElement; a && a !== body && outside; a = a.parentElement) {
      if (notList.has(a)) outside = false;
      chain.push(a);
    }
    if (!outside) continue;
    anchors.push(c);
    if (anchors.length > MAX_LIST_ROWS) return null;
    for (const a of chain) held.set(a, (held.get(a) ?? 0) + 1);
  }
  const aroundDialog = new Set<Element>();
  for (const d of doc.querySelectorAll(DIALOGS)) for (let a = d.parentElement; a && !aroundDialog.has(a); a = a.parentElement) aroundDialog.add(a);
  const texty = new Map<Element, boolean>();
  const rowish = (el: Element) => {
    if (!held.get(el) || aroundDialog.has(el) || notList.has(el)) return false;
    if (!texty.has(el)) texty.set(el, hasOwnText(el));
    return texty.get(el)!;
  };
  const rows = new Set<Element>();
  const rejected = new Set<Element>();
  for (const c of anchors) {
    for (let a = c.parentElement; a && a.parentElement && a !== body; a = a.parentElement) {
      if (rows.has(a)) break;
      if ((held.get(a) ?? 0) > MAX_ROW_CONTROLS || aroundDialog.has(a)) break;
      if (rejected.has(a) || !rowish(a)) continue;
      const siblings = shapeSiblings(a);
      const carrying = siblings.filter(rowish);
      const inList = a.tagName === 'TR' || a.parentElement.matches(LIST_CONTAINERS);
      if (carrying.length >= (inList ? 1 : 2)) {
        // Rows without a control of their own (an App password the admin no longer lets the user
        // delete) belong to the list too, when they have its shape and text.
        for (const s of siblings) if (!aroundDialog.has(s) && !notList.has(s) && isShown(s) && (held.get(s) || hasOwnText(s))) rows.add(s);
        break;
      }
      for (const s of siblings) rejected.add(s);
    }
  }
  // Innermost rows only (a row of a nested list is not its parent's row as well), in document order.
  const outer = new Set<Element>();
  for (const r of rows) for (let a = r.parentElement; a && a !== body; a = a.parentElement) if (rows.has(a)) outer.add(a);
  return [...rows].filter((r) => !outer.has(r)).sort((x, y) => (x.compareDocumentPosition(y) & 4 /* FOLLOWING */ ? -1 : 1));
}

/** The separate texts of a row (type, detail, date), without its controls' labels. */
export function rowTexts(row: Element): string[] {
  return ownTexts(row, []);
}
