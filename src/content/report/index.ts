/**
 * The page report's script: not part of the content script every supported page loads. The
 * background injects it (scripting.executeScript) into the one frame whose guide asked for a report,
 * in the content script's own isolated world, then calls `outlineThisPage()` there; its answer goes
 * straight back to the background, which checks it again before keeping it.
 */
import type { PageOutline } from '../../shared/page-report';
import type { Previous } from '../detect/view';
import { makePageOutline } from './make-report';

interface ReportInput {
  previous: Previous;
  extraLabels?: Record<string, string[]>;
}

/** The content script's exports, as its one-file build leaves them in the isolated world. */
declare const appPasswordGuide: { reportInput?: () => ReportInput } | undefined;

export function outlineThisPage(): PageOutline {
  const input = typeof appPasswordGuide === 'object' ? appPasswordGuide?.reportInput?.() : undefined;
  return makePageOutline(document, location.href, input?.previous ?? null, input?.extraLabels);
}
