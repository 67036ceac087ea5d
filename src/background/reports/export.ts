import type { ExportFile } from '../../shared/export/file';
import type { GuideHealth } from '../../shared/messages/reports';
import { type PageReport, REPORT_FORMAT } from '../../shared/page-report';

/**
 * One file for IT, for one report or all of them: always the same wrapper, so scripts/replica.mjs
 * and IT's tools read both. The guide's health counters ride along (counters only).
 */
export function reportsFile(reports: PageReport[], health: GuideHealth, version: string, now: number): ExportFile {
  const date = new Date(now).toISOString().slice(0, 10);
  const body = { kind: 'app-password-guide/page-reports', format: REPORT_FORMAT, exportedAt: now, extensionVersion: version, health, reports };
  const filename = reports.length === 1 ? `page-report-${reports[0].step}-${date}.json` : `page-reports-${date}.json`;
  return { filename, mime: 'application/json', text: `${JSON.stringify(body, null, 2)}\n` };
}
