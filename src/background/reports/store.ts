/**
 * Page reports in storage.local, beside the settings rather than in the records database: a report
 * is not a record, and the records database is the store every guarantee about app passwords rests
 * on, so its schema is not changed for them. Each report is kept under its own key, with a small
 * index for the list; at most MAX_REPORTS (the oldest goes), each at most MAX_REPORT_BYTES, so the
 * whole stays well inside storage.local's 10 MB. Writes are queued, so two reports at once (one
 * automatic, one asked for) cannot lose each other.
 */
import browser from 'webextension-polyfill';
import type { ReportSummary } from '../../shared/messages/reports';
import { MAX_REPORTS, type PageReport, REPORT_KEYS } from '../../shared/page-report';

const { index: INDEX, seenAt: SEEN, item: itemKey } = REPORT_KEYS;

let queue: Promise<unknown> = Promise.resolve();
function queued<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => {});
  return run;
}

export async function listReports(): Promise<ReportSummary[]> {
  const stored = await browser.storage.local.get(INDEX);
  return Array.isArray(stored[INDEX]) ? (stored[INDEX] as ReportSummary[]) : [];
}

export async function readReport(id: string): Promise<PageReport | null> {
  const stored = await browser.storage.local.get(itemKey(id));
  return (stored[itemKey(id)] as PageReport | undefined) ?? null;
}

function summaryOf(report: PageReport, bytes: number): ReportSummary {
  const { id, at, url, step, automatic, trigger } = report;
  return { id, at, url, step, automatic, trigger, bytes };
}

/** Keeps a report, newest first; the oldest beyond MAX_REPORTS are removed in the same pass. */
export function keepReport(report: PageReport, bytes: number): Promise<void> {
  return queued(async () => {
    const list = [summaryOf(report, bytes), ...(await listReports()).filter((r) => r.id !== report.id)];
    const gone = list.slice(MAX_REPORTS);
    await browser.storage.local.set({ [itemKey(report.id)]: report, [INDEX]: list.slice(0, MAX_REPORTS) });
    if (gone.length) await browser.storage.local.remove(gone.map((r) => itemKey(r.id)));
  });
}

export function clearReports(): Promise<void> {
  return queued(async () => {
    const list = await listReports();
    await browser.storage.local.remove([INDEX, ...list.map((r) => itemKey(r.id))]);
  });
}

export async function seenAt(): Promise<number> {
  const stored = await browser.storage.local.get(SEEN);
  return typeof stored[SEEN] === 'number' ? stored[SEEN] : 0;
}

export async function markSeen(now = Date.now()): Promise<void> {
  await browser.storage.local.set({ [SEEN]: now });
}
