import { useEffect, useState } from 'preact/hooks';
import type { Status } from '../shared/protocol';
import { send } from '../shared/send';
import { t } from '../shared/i18n';

export function App() {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.documentElement.lang = t('@@ui_locale').replace('_', '-');
    void send('status/get').then((reply) => {
      if (reply.ok) setStatus(reply.value);
      else setError(reply.error.message);
    });
  }, []);

  return (
    <main>
      <h1>{t('extName')}</h1>
      {error && <p role="alert">{error}</p>}
      {status && (
        <p data-testid="status">
          {status.lastPage
            ? t('popupLastSeen', [status.lastPage.host, t(`stepName_${status.lastPage.step.replaceAll('-', '_')}`)])
            : t('popupNotSeen')}
        </p>
      )}
      {status && <p class="muted" data-testid="record-count">{t('popupRecordCount', String(status.recordCount))}</p>}
    </main>
  );
}
