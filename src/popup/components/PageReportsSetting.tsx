import { t } from '../../shared/i18n';
import type { GuideHealth, ReportSummary } from '../../shared/messages/reports';
import type { PageReport } from '../../shared/page-report';
import { useReports } from '../reports/use-reports';
import '../reports/page-reports.css';
import { reportPage, reportTime, stepName } from '../reports/step-name';

/** The id the inventory's "did not recognise N pages" link moves focus to. */
export const PAGE_REPORTS_TITLE = 'page-reports-title';
const DETAIL = 'page-report-detail';

function trigger(r: Pick<ReportSummary, 'automatic' | 'trigger'>): string {
  if (!r.automatic) return t('reports_by_user');
  return `${t('reports_automatic')}: ${t(r.trigger === 'flow-break' ? 'trigger_flow_break' : 'trigger_unfamiliar')}`;
}

/**
 * Settings → Page reports: what the guide kept (time, page, what it saw), one report shown with why
 * the guide decided as it did, exports for IT, and the guide's health counters.
 */
export function PageReportsSetting() {
  const { overview, shown, status, show, exportReports, clear } = useReports();
  const reports = overview?.reports ?? [];
  return (
    <section class="card page-reports" aria-labelledby={PAGE_REPORTS_TITLE}>
      <h2 id={PAGE_REPORTS_TITLE} class="card-title" tabIndex={-1}>
        {t('reports_title')}
      </h2>
      <small class="hint">{t('reports_intro')}</small>
      {overview && !overview.enabled && <p class="hint">{t('reports_managed_off')}</p>}
      <p aria-live="polite" class="reports-status">
        {status}
      </p>
      {overview && !reports.length && <p class="hint">{t('reports_empty')}</p>}
      {reports.length > 0 && (
        <>
          <table class="reports-table">
            <caption class="sr-only">{t('reports_title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports_time')}</th>
                <th scope="col">{t('reports_page')}</th>
                <th scope="col">{t('reports_saw')}</th>
                <th scope="col">
                  <span class="sr-only">{t('reports_show')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => {
                const open = shown?.id === r.id;
                return (
                  <tr key={r.id} data-report-id={r.id}>
                    <td>{reportTime(r.at)}</td>
                    <td class="report-page">{reportPage(r.url)}</td>
                    <td>
                      {stepName(r.step)}
                      <small class="hint"> · {trigger(r)}</small>
                    </td>
                    <td>
                      <button type="button" aria-expanded={open} aria-controls={DETAIL} onClick={() => void show(open ? null : r.id)}>
                        {t(open ? 'reports_hide' : 'reports_show')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div id={DETAIL}>{shown && <ReportDetail report={shown} onExport={() => void exportReports(shown.id)} />}</div>
          <div class="button-row">
            <button type="button" onClick={() => void exportReports()}>
              {t('reports_export_all')}
            </button>
            <button type="button" onClick={() => void clear()}>
              {t('reports_delete_all')}
            </button>
          </div>
        </>
      )}
      {overview && <HealthTable health={overview.health} />}
    </section>
  );
}

function ReportDetail({ report, onExport }: { report: PageReport; onExport: () => void }) {
  return (
    <section class="report-detail" aria-labelledby="report-detail-title">
      <h3 id="report-detail-title">
        {reportPage(report.url)} · {reportTime(report.at)}
      </h3>
      <p>
        {stepName(report.step)} · {trigger(report)} · {report.extension.version} · {report.extension.language}
      </p>
      {report.truncated && <p class="hint">{t('reports_truncated')}</p>}
      <table class="reports-table">
        <caption>{t('reports_why')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports_why_step')}</th>
            <th scope="col">{t('reports_why_signals')}</th>
          </tr>
        </thead>
        <tbody>
          {report.signals.map((s) => (
            <tr key={s.step} class={s.recognised ? 'recognised' : undefined}>
              <th scope="row">
                {s.recognised ? '✓ ' : ''}
                {stepName(s.step)}
              </th>
              <td>
                {s.checks.length
                  ? s.checks.map((c) => `${c.met.filter(Boolean).length}/${c.need}: ${c.met.map((m) => (m ? '✓' : '✗')).join('')}`).join(' · ')
                  : s.recognised
                    ? '✓'
                    : t('reports_why_precondition')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>JSON</summary>
        {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling box must take focus, or keyboard users cannot scroll it (WCAG 2.1.1) */}
        <pre tabIndex={0} class="report-json">
          {JSON.stringify(report, null, 1)}
        </pre>
      </details>
      <div class="button-row">
        <button type="button" onClick={onExport}>
          {t('reports_export')}
        </button>
      </div>
    </section>
  );
}

function HealthTable({ health }: { health: GuideHealth }) {
  const rows = Object.entries(health.steps).sort(([, a], [, b]) => b!.seen - a!.seen);
  return (
    <section class="guide-health" aria-labelledby="guide-health-title">
      <h3 id="guide-health-title">{t('health_title')}</h3>
      <small class="hint">{t('health_intro')}</small>
      {rows.length ? (
        <table class="reports-table">
          <caption class="sr-only">{t('health_title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('health_step')}</th>
              <th scope="col">{t('health_seen')}</th>
              <th scope="col">{t('health_ended')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([step, c]) => (
              <tr key={step}>
                <th scope="row">{stepName(step)}</th>
                <td>{c!.seen}</td>
                <td>{c!.ended}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="hint">{t('health_empty')}</p>
      )}
    </section>
  );
}
