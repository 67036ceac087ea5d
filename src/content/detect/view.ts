/**
 * One look at the page, shared by every step's recogniser so each reads the DOM once per detection.
 * Steps read the page only through these fields (dom.ts holds the readers behind them).
 * Fields are computed lazily: a recogniser that returns early costs nothing further.
 */
import { LEGACY_HOST } from '../../shared/microsoft';
import type { StepId } from '../../shared/steps';
import { type Concept, type Vocabulary, vocabulary } from './labels';
import { matchesAny, mentionsAny } from './text';
import {
  alerts, comboboxIn, controlLabel, controls, controlsOutside, dialogTitle, editableFields, formLabels, hasSelect, headings,
  isPrimary, listRows, openListOptions, rowTexts, topDialog,
} from './dom';

/** What the last look saw (the content script's PageFacts fit this): what tells `created` from a plain list. */
export type Previous = { step: StepId; appPasswordNames: string[] | null; typedName: string | null } | null;

/** What the popup asked the guide to lead (GuideConfig.task fits this). */
export interface Task {
  kind: 'create' | 'delete';
  /** For delete: the App password row to point at. */
  name?: string;
  /** The account the app password belongs to, when the popup knows it. */
  account?: string;
}

export interface AppPasswordRow {
  name: string;
  row: Element;
  /** Absent when the admin has turned app passwords off: rows stay but cannot be deleted. */
  deleteControl: Element | null;
}

export interface View {
  /** For the content script's capture readers only: steps never query it (see README.md). */
  doc: Document;
  url: URL;
  previous: Previous;
  words: Vocabulary;
  is(text: string | null | undefined, concept: Concept): boolean;
  /** For sentences: the concept's phrase appears anywhere in the text. */
  says(text: string | null | undefined, concept: Concept): boolean;
  dialog: Element | null;
  dialogTitle: string;
  /** Controls of the dialog when one is open, else of the page. */
  controls: Element[];
  control(concept: Concept): Element | undefined;
  fields: HTMLInputElement[];
  headings: string[];
  labels: string[];
  alerts: string[];
  appPasswordRows: AppPasswordRow[];
  /** Rows of any method (or legacy app password) that carry a Change or Delete control. */
  methodRowCount: number;
  /** Controls of the page outside the open dialog (the legacy pages keep tabs and buttons there). */
  pageControls: Element[];
  /** Headings of the whole page, dialogs included. */
  pageHeadings: string[];
  /** The page has a native drop-down list. */
  hasSelect: boolean;
  /** The dropdown inside the open dialog (the pre-2024 method picker). */
  combobox: Element | undefined;
  /** Options of the open dropdown lists (rendered in layers of their own); null while none is open. */
  listOptions: Element[] | null;
}

function lazy<T extends object>(target: T, key: string, compute: () => unknown): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true });
      return value;
    },
  });
}

function readRows(doc: Document, view: View, legacy: boolean): { apps: AppPasswordRow[]; methods: number } {
  const apps: AppPasswordRow[] = [];
  let methods = 0;
  for (const row of listRows(doc)) {
    const rowControls = controls(row);
    const del = rowControls.find((c) => view.is(controlLabel(c), 'delete')) ?? null;
    if (rowControls.length) methods++;
    const texts = rowTexts(row);
    if (legacy) {
      if (del && texts[0]) apps.push({ name: texts[0], row, deleteControl: del });
      continue;
    }
    const typeAt = texts.findIndex((t) => view.is(t, 'appPassword'));
    // An App password row the admin no longer lets the user manage has no Delete, but is still listed.
    const labelled = del && view.is(del.getAttribute('aria-label'), 'appPassword');
    if (typeAt < 0 && !labelled) continue;
    const name = texts.find((t, i) => i !== typeAt && !view.is(t, 'appPassword'));
    if (name) apps.push({ name, row, deleteControl: del });
  }
  return { apps, methods };
}

export function lookAt(doc: Document, url: string, previous: Previous, extra?: Record<string, string[]>): View {
  const words = vocabulary(extra);
  const view = { doc, url: new URL(url), previous, words } as View;
  view.is = (text, concept) => matchesAny(text, words[concept]);
  view.says = (text, concept) => mentionsAny(text, words[concept]);
  lazy(view, 'dialog', () => topDialog(doc));
  lazy(view, 'dialogTitle', () => (view.dialog ? dialogTitle(view.dialog) : ''));
  lazy(view, 'controls', () => controls(view.dialog ?? doc));
  view.control = (concept) => view.controls.find((c) => view.is(controlLabel(c), concept));
  lazy(view, 'fields', () => editableFields(view.dialog ?? doc));
  lazy(view, 'headings', () => headings(view.dialog ?? doc));
  lazy(view, 'labels', () => formLabels(view.dialog ?? doc));
  lazy(view, 'alerts', () => alerts(view.dialog ?? doc));
  let rows: { apps: AppPasswordRow[]; methods: number } | undefined;
  const rowsOnce = () => (rows ??= readRows(doc, view, view.url.host === LEGACY_HOST));
  lazy(view, 'appPasswordRows', () => rowsOnce().apps);
  lazy(view, 'methodRowCount', () => rowsOnce().methods);
  lazy(view, 'pageControls', () => controlsOutside(doc, view.dialog));
  lazy(view, 'pageHeadings', () => headings(doc));
  lazy(view, 'hasSelect', () => hasSelect(doc));
  lazy(view, 'combobox', () => (view.dialog ? comboboxIn(view.dialog) : undefined));
  lazy(view, 'listOptions', () => openListOptions(doc));
  return view;
}

export { isPrimary };
