/**
 * One page report's page part: what the guide recognises here and why, and the page's outline.
 * Runs in the report chunk (index.ts), injected on demand, never in the content script every page
 * loads; pure apart from reading the document, so unit tests run it in happy-dom.
 */
import type { PageOutline } from '../../shared/page-report';
import { detect } from '../detect/detect-step';
import { controlLabel, listRows } from '../detect/dom';
import { explain } from '../detect/explain';
import type { Previous } from '../detect/view';
import { createMasker } from './mask';
import { outlinePage } from './outline';
import { reportUrl } from './page-url';

/** At most this many texts per list of what the look read. */
const MAX_SEEN = 40;
const masked = (texts: string[], mask: (t: string) => string | null): string[] =>
  texts.slice(0, MAX_SEEN).map((t) => mask(t) ?? '').filter(Boolean);

/**
 * `previous` is the content script's last look (PageFacts), which is how the guide looks again at
 * an unchanged page: every step recognises its own screen again from its own last look.
 */
export function makePageOutline(doc: Document, href: string, previous: Previous, extraLabels?: Record<string, string[]>): PageOutline {
  const { step, view } = detect(doc, href, previous, extraLabels);
  const signals = explain(view);
  const names = [...(previous?.appPasswordNames ?? []), ...view.appPasswordRows.map((r) => r.name)];
  if (previous?.typedName) names.push(previous.typedName);
  const masker = createMasker(view.words, names);
  const rows = new Set(listRows(doc) ?? []);
  const nameField = previous?.nameField && view.fields.includes(previous.nameField as HTMLInputElement) ? previous.nameField : null;
  const { outline, truncated } = outlinePage({ doc, masker, rows, nameField });
  return {
    url: reportUrl(view.url.href) ?? view.url.origin,
    step,
    previous: previous && { step: previous.step, names: previous.appPasswordNames?.map(masker.name) ?? null },
    seen: {
      dialog: !!view.dialog,
      dialogTitle: view.dialog ? masker.label(view.dialogTitle) : null,
      headings: masked(view.headings, masker.label),
      controls: masked(view.controls.map(controlLabel), masker.label),
      fields: view.fields.length,
      appPasswordRows: view.appPasswordRows.length,
      methodRows: view.methodRowCount,
      rowsUnknown: view.rowsUnknown,
    },
    signals,
    outline,
    truncated,
  };
}
