/**
 * The list of page reports and the guide's health, read straight from storage.local (the background
 * is their only writer), so opening the popup or its settings never waits for or wakes the worker.
 */
import { ext } from '../../shared/ext';
import type { GuideHealth, ReportSummary, ReportsOverview } from '../../shared/messages/reports';
import { REPORT_KEYS } from '../../shared/page-report';
import { readStoredPolicy } from '../data/read-stored';

export async function readReportsOverview(): Promise<ReportsOverview> {
  const [stored, policy] = await Promise.all([
    ext().storage.local.get([REPORT_KEYS.index, REPORT_KEYS.seenAt, REPORT_KEYS.health]),
    readStoredPolicy(),
  ]);
  const reports = Array.isArray(stored[REPORT_KEYS.index]) ? (stored[REPORT_KEYS.index] as ReportSummary[]) : [];
  const seen = typeof stored[REPORT_KEYS.seenAt] === 'number' ? (stored[REPORT_KEYS.seenAt] as number) : 0;
  const health = (stored[REPORT_KEYS.health] as GuideHealth | undefined) ?? { since: null, steps: {} };
  return {
    reports,
    health: health.steps ? health : { since: null, steps: {} },
    unseenUnrecognised: reports.filter((r) => r.step === 'unfamiliar' && r.at > seen).length,
    enabled: policy.pageReports !== false,
  };
}

/** Calls `changed` when the background writes reports or health (a report made while the popup is open). */
export function watchReports(changed: () => void): () => void {
  const keys: string[] = [REPORT_KEYS.index, REPORT_KEYS.seenAt, REPORT_KEYS.health];
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => keys.includes(k))) changed();
  };
  ext().storage.onChanged.addListener(listener);
  return () => ext().storage.onChanged.removeListener(listener);
}
