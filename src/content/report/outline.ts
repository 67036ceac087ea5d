/**
 * The outline of a page for a page report: every element's tag, role, ARIA attributes and their
 * relations, class-name shapes, order and nesting; text only from labelling elements (headings,
 * controls, links, labels, dialog titles, messages, options) and from the list's rows, each text
 * through the Masker. Never a value of an input (only a button's caption), never a data-* attribute,
 * a link to anywhere but Microsoft's pages, a style beyond "hidden", nor anything inside our own host.
 */
import { looksLikeAppPassword } from '../../shared/app-password-shape';
import { MAX_OUTLINE_DEPTH, MAX_OUTLINE_ELEMENTS, type OutlineElement, type OutlineNode } from '../../shared/page-report';
import { CONTROLS, HEADINGS } from '../detect/dom';
import { HOST_ID } from '../detect/host-id';
import { type Masker, shapeOf } from './mask';
import { reportUrl } from './page-url';

/** Elements whose text labels something; their text (masked) is kept. */
const LABELLING = `${CONTROLS}, ${HEADINGS}, h5, h6, legend, label, caption, summary, option, th, [role="columnheader"], [role="alert"], [role="status"], #ms-banner, title`;
/** Not part of what the page shows. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'BASE']);
/** Kept as one element: their insides are drawings or another document. */
const OPAQUE = new Set(['SVG', 'svg', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'IMG', 'PICTURE', 'MATH', 'math']);
/** Attributes whose value names other elements by id. */
const RELATIONS = new Set([
  'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-errormessage',
  'aria-details', 'aria-flowto', 'for', 'list', 'form',
]);
/** Attributes that label or describe, in words: masked like a labelling element's text. */
const WORDS = new Set(['aria-label', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt']);
/** Attributes whose presence is what matters. */
const FLAGS = new Set(['hidden', 'inert', 'open', 'readonly', 'disabled', 'required', 'multiple', 'checked', 'selected', 'contenteditable']);
/** Short keyword values (types, states, levels): kept when they look like one. */
const KEYWORDS = new Set(['role', 'type', 'tabindex', 'autocomplete', 'maxlength', 'lang', 'dir', 'method', 'inputmode', 'scope', 'colspan', 'rowspan']);
const KEYWORD = /^(?:-?\d{1,4}|[a-z]{1,16}(?:[ _-][a-z]{1,16}){0,2})$/i;
/** Ids and classes worth keeping as written: words (Fluent's ms-Button--primary, legacy idBtn_Back), no digits. */
const WORDY = /^[A-Za-z][A-Za-z_-]{0,39}$/;

export interface OutlineInput {
  doc: Document;
  masker: Masker;
  /** The list's rows (detect/dom.ts listRows): their text becomes placeholders. */
  rows: Set<Element>;
  /** The field the guide took as the name field: marked so a replica knows which box it was. */
  nameField: Element | null;
}

export interface Outline {
  outline: OutlineElement;
  truncated: boolean;
}

export function outlinePage({ doc, masker, rows, nameField }: OutlineInput): Outline {
  const ids = new Map<string, string>();
  let count = 0;
  let truncated = false;
  // Dialog titles may be plain divs or spans named by aria-labelledby: they label too.
  const titles = new Set<string>();
  for (const el of doc.querySelectorAll('[aria-labelledby]')) for (const id of el.getAttribute('aria-labelledby')!.split(/\s+/)) titles.add(id);

  const idOf = (id: string): string => {
    if (WORDY.test(id) && !looksLikeAppPassword(id) && !masker.holdsName(id)) return id;
    if (!ids.has(id)) ids.set(id, `⟦id-${ids.size + 1}⟧`);
    return ids.get(id)!;
  };
  const token = (word: string): string | null =>
    looksLikeAppPassword(word) ? null : WORDY.test(word) && !masker.holdsName(word) ? word : shapeOf(word);

  function attributes(el: Element, text: (s: string) => string | null): Record<string, string> | undefined {
    const out: Record<string, string> = {};
    for (const { name, value } of el.attributes) {
      let kept: string | null = null;
      let masked = false;
      if (name === 'id') kept = idOf(value);
      else if (name === 'class') kept = value.split(/\s+/).filter(Boolean).map(token).filter(Boolean).join(' ');
      else if (RELATIONS.has(name)) kept = value.split(/\s+/).filter(Boolean).map(idOf).join(' ');
      else if (WORDS.has(name)) [kept, masked] = [text(value), true];
      else if (FLAGS.has(name)) kept = name === 'contenteditable' && /^(true|false|plaintext-only)$/.test(value) ? value : '';
      else if (name === 'href') kept = reportUrl(value, doc.URL) ?? '';
      else if (name === 'style') kept = /display\s*:\s*none/i.test(value) ? 'display: none' : null;
      else if (name === 'value') [kept, masked] = [el.matches('input[type="submit"], input[type="button"], input[type="reset"]') ? text(value) : null, true];
      else if (KEYWORDS.has(name) || name.startsWith('aria-')) kept = KEYWORD.test(value) ? value : shapeOf(value);
      // Masked text has been checked for password shapes around its known labels already.
      if (kept !== null && (masked || !looksLikeAppPassword(kept))) out[name] = kept;
    }
    if (el === nameField) out['⟦name-field⟧'] = '';
    return Object.keys(out).length ? out : undefined;
  }

  type Mode = 'none' | 'label' | 'row';
  function walk(el: Element, depth: number, inherited: Mode): OutlineElement | null {
    if (SKIP.has(el.tagName.toUpperCase()) || el.id === HOST_ID) return null;
    if (++count > MAX_OUTLINE_ELEMENTS || depth > MAX_OUTLINE_DEPTH) {
      truncated = true;
      return null;
    }
    const mode: Mode =
      inherited === 'row' || rows.has(el) ? 'row' : inherited === 'label' || el.matches(LABELLING) || (el.id && titles.has(el.id)) ? 'label' : 'none';
    const text = (s: string) => (mode === 'row' ? masker.row(s) : masker.label(s));
    const node: OutlineElement = { t: el.tagName.toLowerCase() };
    const a = attributes(el, text);
    if (a) node.a = a;
    if (OPAQUE.has(el.tagName)) return node;
    const children: OutlineNode[] = [];
    for (const child of el.childNodes) {
      if (truncated) break;
      if (child.nodeType === 1) {
        const sub = walk(child as Element, depth + 1, mode);
        if (sub) children.push(sub);
      } else if (child.nodeType === 3 && mode !== 'none') {
        const masked = (child.nodeValue ?? '').trim() ? text(child.nodeValue!.trim()) : null;
        if (masked) children.push(masked);
      }
    }
    if (children.length) node.c = children;
    return node;
  }

  const outline = walk(doc.documentElement, 0, 'none') ?? { t: 'html' };
  return { outline, truncated };
}
