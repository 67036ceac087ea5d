/**
 * A page report: an outline of one of Microsoft's pages as the guide saw it, kept locally so IT can
 * carry it to the project (issue #15). Not a copy of the page: structure, roles, ARIA attributes,
 * class-name shapes and the texts of labelling elements, each text kept only where it is one of the
 * guide's known labels and otherwise replaced by its shape or a placeholder (src/content/report).
 * The types are shared by the content script's report chunk, the background, the popup and
 * scripts/replica.mjs (through test/fixtures/replica/from-report.mjs).
 */
import type { StepId } from './steps';

/**
 * Where the background keeps reports and the guide's health in storage.local (it is their only
 * writer); the popup reads the list from here without waking the worker.
 */
export const REPORT_KEYS = {
  index: 'pageReports',
  seenAt: 'pageReportsSeenAt',
  health: 'guideHealth',
  item: (id: string) => `pageReport:${id}`,
} as const;

/** Bumped when a report's shape changes in a way readers must know about. */
export const REPORT_FORMAT = 1;
/** Reports kept; the oldest goes first. */
export const MAX_REPORTS = 20;
/** Elements in one outline; the rest of a larger page is left out and the report says so. */
export const MAX_OUTLINE_ELEMENTS = 3000;
/** How deep an outline goes; deeper elements are left out (Microsoft's pages nest about 30 deep). */
export const MAX_OUTLINE_DEPTH = 60;
/** The most one stored report may take as JSON; a larger one is refused, not cut. */
export const MAX_REPORT_BYTES = 400 * 1024;

/**
 * Text inside an outline: known labels verbatim, everything else as tokens in ⟦ ⟧:
 * `⟦L5⟧` five letters, `⟦L3D2⟧` three letters and two digits, `⟦D4⟧`, `⟦S1⟧` (other characters),
 * `⟦name-2⟧` the second app password name the guide read, `⟦email⟧`, `⟦text⟧` (a row's own text).
 * A token never holds a character of the text it stands for.
 */
type OutlineText = string;

/** An element: tag, the attributes kept (values masked as described above), children in order. */
export interface OutlineElement {
  t: string;
  a?: Record<string, string>;
  /** Child elements, and the masked text of text nodes inside labelling elements and list rows. */
  c?: OutlineNode[];
}

export type OutlineNode = OutlineElement | OutlineText;

export interface SignalCheck {
  need: number;
  met: boolean[];
}

export interface StepExplanation {
  step: StepId;
  recognised: boolean;
  checks: SignalCheck[];
}

/** What the report chunk reads from the page (the background adds who, when and why). */
export interface PageOutline {
  /** Origin and path, no query or fragment; path segments that are not plain words are masked. */
  url: string;
  /** The step the guide recognised. */
  step: StepId;
  /** What the guide's previous look saw: its step, and the list's names as placeholders. */
  previous: { step: StepId; names: string[] | null } | null;
  /** What the guide's look read from the page, texts masked as in the outline. */
  seen: {
    dialog: boolean;
    dialogTitle: string | null;
    headings: string[];
    controls: string[];
    fields: number;
    appPasswordRows: number;
    methodRows: number;
    rowsUnknown: boolean;
  };
  /** Every step's recogniser on this page: which of its signals held. */
  signals: StepExplanation[];
  outline: OutlineElement;
  /** The page had more elements, or deeper ones, than an outline keeps. */
  truncated: boolean;
}

export type ReportTrigger = 'user' | 'unfamiliar' | 'flow-break';

export interface PageReport extends PageOutline {
  format: typeof REPORT_FORMAT;
  id: string;
  at: number;
  /** Kept without asking (a page that stayed unfamiliar, a flow that broke off). */
  automatic: boolean;
  trigger: ReportTrigger;
  extension: { version: string; language: string };
}
