import browser from 'webextension-polyfill';
import type { reportsMessages } from '../../shared/messages/reports';
import type { PageReport } from '../../shared/page-report';
import { ExpectedError } from '../errors';
import type { Handlers } from '../handler';
import { reportsFile } from './export';
import { clearHealth, readHealth } from './health';
import { makeReport, reportsAllowed } from './make';
import { clearReports, listReports, markSeen, readReport, seenAt } from './store';

async function mustRead(id: string): Promise<PageReport> {
  const report = await readReport(id);
  if (!report) throw new ExpectedError('not-found', 'This page report is no longer kept.');
  return report;
}

export const reportsHandlers: Handlers<keyof typeof reportsMessages> = {
  async 'report/make'(_message, sender) {
    // The router has checked this is our content script in a tab on one of Microsoft's pages.
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new ExpectedError('wrong-sender', 'A page report is made of a tab.');
    const report = await makeReport(tabId, sender.frameId ?? 0, 'user');
    return { id: report!.id };
  },
  async 'reports/list'() {
    const [reports, health, seen, enabled] = await Promise.all([listReports(), readHealth(), seenAt(), reportsAllowed()]);
    const unseenUnrecognised = reports.filter((r) => r.step === 'unfamiliar' && r.at > seen).length;
    return { reports, health, unseenUnrecognised, enabled };
  },
  'reports/get': ({ payload }) => mustRead(payload.id),
  async 'reports/export'({ payload }) {
    const ids = payload.id ? [payload.id] : (await listReports()).map((r) => r.id);
    const reports = await Promise.all(ids.map(mustRead));
    return reportsFile(reports, await readHealth(), browser.runtime.getManifest().version, Date.now());
  },
  async 'reports/clear'() {
    await Promise.all([clearReports(), clearHealth()]);
    return null;
  },
  async 'reports/mark-seen'() {
    await markSeen();
    return null;
  },
};
