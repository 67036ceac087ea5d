/**
 * Page reports (issue #15). The guide on Microsoft's page may only ask for a report of the page it
 * is on (`report/make`): the background then reads the page itself through the report script and
 * keeps the result; nothing the page's script sends is stored as a report. The popup lists, shows,
 * exports and deletes them.
 */
import { shape, text } from '../schema';
import type { ExportFile } from '../export/file';
import type { PageReport, ReportTrigger } from '../page-report';
import type { StepId } from '../steps';
import { optional } from '../schema';
import { fromContentScript, fromExtensionPages } from './define';

const reportId = text({ min: 1, max: 64 });

export const reportsMessages = {
  'report/make': fromContentScript(shape({})),
  'reports/list': fromExtensionPages(shape({})),
  'reports/get': fromExtensionPages(shape({ id: reportId })),
  /** One report (id), or all of them with the guide's health. */
  'reports/export': fromExtensionPages(shape({ id: optional(reportId) })),
  'reports/clear': fromExtensionPages(shape({})),
  /** The user has looked at the list: "The guide did not recognise N pages" counts from here on. */
  'reports/mark-seen': fromExtensionPages(shape({})),
};


/** What the popup's list shows of a report, without its outline. */
export interface ReportSummary {
  id: string;
  at: number;
  url: string;
  step: StepId;
  automatic: boolean;
  trigger: ReportTrigger;
  bytes: number;
}

/** Counters only: per step, how often the guide saw it and how often a flow ended there. */
export interface GuideHealth {
  since: number | null;
  steps: Partial<Record<StepId, { seen: number; ended: number }>>;
}

export interface ReportsOverview {
  reports: ReportSummary[];
  health: GuideHealth;
  /** Reports of pages the guide did not recognise, made since the user last looked at the list. */
  unseenUnrecognised: number;
  /** False when IT turned page reports off (policy pageReports: false). */
  enabled: boolean;
}

export interface ReportsReplies {
  'report/make': { id: string };
  'reports/list': ReportsOverview;
  'reports/get': PageReport;
  'reports/export': ExportFile;
  'reports/clear': null;
  'reports/mark-seen': null;
}
