/**
 * The popup's page reports: the list, one report when asked, exports and deletion, all through the
 * background (the only reader and writer of reports). Outcomes are announced through `status`.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { ReportsOverview } from '../../shared/messages/reports';
import type { PageReport } from '../../shared/page-report';
import { send } from '../../shared/send';
import { errorText } from '../error-text';
import { saveFile } from '../transfer';
import { readReportsOverview, watchReports } from './read-reports';

export function useReports() {
  const [overview, setOverview] = useState<ReportsOverview | null>(null);
  const [shown, setShown] = useState<PageReport | null>(null);
  const [status, setStatus] = useState('');

  const refresh = useCallback(async () => {
    try {
      setOverview(await readReportsOverview());
    } catch {
      // Storage unreadable here: the background can still answer.
      const reply = await send('reports/list');
      if (reply.ok) setOverview(reply.value);
      else setStatus(errorText(reply.error));
    }
  }, []);

  useEffect(() => {
    void refresh();
    return watchReports(() => void refresh());
  }, []);

  const show = useCallback(async (id: string | null) => {
    if (!id) return setShown(null);
    const reply = await send('reports/get', { id });
    if (reply.ok) setShown(reply.value);
    else {
      setStatus(errorText(reply.error));
      void refresh();
    }
  }, []);

  const exportReports = useCallback(async (id?: string) => {
    const reply = await send('reports/export', id ? { id } : {});
    if (reply.ok) saveFile(reply.value);
    else setStatus(`${t('reports_export_failed')} ${errorText(reply.error)}`);
  }, []);

  const clear = useCallback(async () => {
    const reply = await send('reports/clear');
    setShown(null);
    setStatus(reply.ok ? t('reports_deleted') : errorText(reply.error));
    await refresh();
  }, []);

  /** The user went to look at them: "did not recognise N pages" counts from now on. */
  const markSeen = useCallback(() => void send('reports/mark-seen'), []);

  return { overview, shown, status, show, exportReports, clear, markSeen };
}
