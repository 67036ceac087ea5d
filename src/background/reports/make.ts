/**
 * Making a report of a tab's page: the report script (src/content/report, built as its own file and
 * not part of the content script every page loads) is injected into the frame whose guide asked, in
 * the content script's isolated world, and asked for the page's outline. The answer is checked
 * (check.ts) and kept with who made it, when, and the extension's version and language.
 */
import browser from 'webextension-polyfill';
import { type PageReport, REPORT_FORMAT, type ReportTrigger } from '../../shared/page-report';
import { currentPolicy } from '../settings/policy';
import { ExpectedError } from '../errors';
import { checkOutline } from './check';
import { keepReport, listReports } from './store';

/** Where the build puts the report script (vite.config.ts). */
const REPORT_SCRIPT = 'src/content/report/index.js';

declare const appPasswordGuideReport: { outlineThisPage(): unknown } | undefined;

export async function reportsAllowed(): Promise<boolean> {
  return (await currentPolicy()).pageReports !== false;
}

async function outlineOf(tabId: number, frameId: number): Promise<unknown> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.executeScript({ target, files: [REPORT_SCRIPT] });
  const [injection] = await browser.scripting.executeScript({
    target,
    // Runs in the page's isolated world, where the report script has just defined this.
    func: () => (typeof appPasswordGuideReport === 'object' ? appPasswordGuideReport?.outlineThisPage() : null),
  });
  return injection?.result;
}

const day = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * Makes and keeps a report of the page in this tab and frame. An automatic one is kept at most once
 * per page and day (null when one was kept already).
 */
export async function makeReport(tabId: number, frameId: number, trigger: ReportTrigger, now = Date.now()): Promise<PageReport | null> {
  if (!(await reportsAllowed())) throw new ExpectedError('locked-by-policy', 'Your organisation has turned page reports off.');
  let raw: unknown;
  try {
    raw = await outlineOf(tabId, frameId);
  } catch (error) {
    throw new ExpectedError('internal', `The page could not be read for a report: ${String((error as Error)?.message ?? error)}`);
  }
  const { outline, bytes } = checkOutline(raw, (await currentPolicy()).extraLabels);
  const automatic = trigger !== 'user';
  if (automatic && (await listReports()).some((r) => r.automatic && r.url === outline.url && day(r.at) === day(now))) return null;
  const report: PageReport = {
    format: REPORT_FORMAT,
    id: crypto.randomUUID(),
    at: now,
    automatic,
    trigger,
    extension: { version: browser.runtime.getManifest().version, language: browser.i18n.getUILanguage() },
    ...outline,
  };
  await keepReport(report, bytes);
  return report;
}
