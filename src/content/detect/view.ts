/**
 * One look at the page, shared by every step's recogniser so each reads the DOM once per detection.
 * Steps read the page only through these fields (dom.ts holds the readers behind them).
 * Fields are computed lazily: a recogniser that returns early costs nothing further.
 */
import { looksLikeAppPassword } from '../../shared/app-password-shape';
import { LEGACY_HOST } from '../../shared/microsoft';
import { MAX_NAME_LENGTH } from '../../shared/record';
import type { Stalest } from '../../shared/stale';
import type { StepId } from '../../shared/steps';
import { type Concept, type Vocabulary, vocabulary } from './labels';
import { matchesAny, mentionsAny, normalise } from './text';
import {
  alerts, busyIndicator, comboboxIn, controlLabel, drawn, controls, controlsOutside, dialogTitle, editableFields, fieldLabel, formLabels, hasSelect,
  headings, listRows, openListOptions, rowTexts, topDialog,
} from './dom';

/**
 * What the last look saw (the content script's PageFacts fit this): what tells `created` from a plain list,
 * and which field held the name (so a re-rendered name field is still the name step).
 */
export type Previous = {
  step: StepId; appPasswordNames: string[] | null; typedName: string | null; nameField?: Element | null;
} | null;

/** What the popup asked the guide to lead (GuideConfig.task fits this). */
export interface Task {
  kind: 'create' | 'delete';
  /** For delete: the App password row to point at. */
  name?: string;
  /** The account the app password belongs to, when the popup knows it. */
  account?: string;
  /**
   * Set by the guide itself, not the popup: at Microsoft's limit, this is the stalest of the listed
   * app passwords (the background said so), and why.
   */
  stale?: Pick<Stalest, 'since' | 'days'>;
  /** Set by the guide itself: the row whose "Delete" the user pressed (content/pressed-row.ts), not a task from the popup. */
  chosen?: true;
}

interface AppPasswordRow {
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
  /** Text boxes that could take a name now: editable, one line, and not labelled as the password. */
  fields: HTMLInputElement[];
  headings: string[];
  labels: string[];
  alerts: string[];
  appPasswordRows: AppPasswordRow[];
  /** Rows of any method (or legacy app password) that carry a Change or Delete control. */
  methodRowCount: number;
  /** The page has far more controls than any list of Microsoft's: its rows are unknown, not absent. */
  rowsUnknown: boolean;
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
  /** The page shows a heading or a control of its own, outside the app's top bar, navigation and footer. */
  drawn: boolean;
  /** A spinner, progress bar or busy region on the page, if any (the content script watches it go). */
  busy: Element | null;
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

/** Whether a text is exactly one of a concept's labels: a method type is a whole cell, not a sentence. */
function isExactly(view: View, text: string, concept: Concept): boolean {
  const seen = normalise(text);
  return !!seen && view.words[concept].some((label) => normalise(label) === seen);
}

/** A row name may be recorded: not longer than a record allows, and not shaped like an app password. */
const recordable = (name: string | undefined): name is string => !!name && name.length <= MAX_NAME_LENGTH && !looksLikeAppPassword(name);

interface Rows {
  apps: AppPasswordRow[];
  methods: number;
  unknown: boolean;
}

function readRows(doc: Document, view: View, legacy: boolean): Rows {
  const apps: AppPasswordRow[] = [];
  let methods = 0;
  const rows = listRows(doc, view.dialog ? controls(doc) : view.controls);
  if (!rows) return { apps, methods, unknown: true };
  for (const row of rows) {
    const rowControls = controls(row);
    const del = rowControls.find((c) => view.is(controlLabel(c), 'delete')) ?? null;
    if (rowControls.length) methods++;
    const texts = rowTexts(row);
    let name: string | undefined;
    if (legacy) {
      if (!del) continue;
      name = texts[0];
    } else {
      // The method type is a cell of its own ("App password"), or the Delete control names it.
      const typeAt = texts.findIndex((t) => isExactly(view, t, 'appPassword'));
      // An App password row the admin no longer lets the user manage has no Delete, but is still listed.
      const labelled = del && view.is(del.getAttribute('aria-label'), 'appPassword');
      if (typeAt < 0 && !labelled) continue;
      name = texts.find((_, i) => i !== typeAt);
    }
    // One row that cannot be a record (too long, or shaped like a password) is skipped, not the list.
    if (recordable(name)) apps.push({ name, row, deleteControl: del });
  }
  return { apps, methods, unknown: false };
}

/** A box whose own label says "Password" (and not "App password name") shows one; it is not a name field. */
function labelledAsPassword(view: View, field: Element): boolean {
  const label = fieldLabel(field);
  return view.is(label, 'password') && !view.is(label, 'appPassword') && !view.is(label, 'name');
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
  lazy(view, 'fields', () => editableFields(view.dialog ?? doc).filter((f) => !labelledAsPassword(view, f)));
  lazy(view, 'headings', () => headings(view.dialog ?? doc));
  lazy(view, 'labels', () => formLabels(view.dialog ?? doc));
  lazy(view, 'alerts', () => alerts(view.dialog ?? doc));
  let rows: Rows | undefined;
  const rowsOnce = () => (rows ??= readRows(doc, view, view.url.host === LEGACY_HOST));
  lazy(view, 'appPasswordRows', () => rowsOnce().apps);
  lazy(view, 'methodRowCount', () => rowsOnce().methods);
  lazy(view, 'rowsUnknown', () => rowsOnce().unknown);
  lazy(view, 'pageControls', () => controlsOutside(doc, view.dialog));
  lazy(view, 'pageHeadings', () => headings(doc));
  lazy(view, 'hasSelect', () => hasSelect(doc));
  lazy(view, 'combobox', () => (view.dialog ? comboboxIn(view.dialog) : undefined));
  lazy(view, 'listOptions', () => openListOptions(doc));
  lazy(view, 'drawn', () => drawn(doc));
  lazy(view, 'busy', () => busyIndicator(doc));
  return view;
}

