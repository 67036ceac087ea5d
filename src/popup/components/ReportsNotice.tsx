import { tp } from '../../shared/plural';
import { useReports } from '../reports/use-reports';
import '../reports/page-reports.css';

/** "The guide did not recognise 2 pages — see Page reports", until the user has looked at them. */
export function ReportsNotice({ onOpen }: { onOpen: () => void }) {
  const { overview, markSeen } = useReports();
  const count = overview?.unseenUnrecognised ?? 0;
  if (!count) return null;
  return (
    <p class="reports-notice">
      <button type="button" class="link-button" onClick={() => {
          markSeen();
          onOpen();
        }}>
        {tp('reports_unrecognised', count)}
      </button>
    </p>
  );
}
