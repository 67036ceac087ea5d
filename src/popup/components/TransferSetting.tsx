import { t } from '../../shared/i18n';
import type { PopupData } from '../use-popup-data';
import { inToolbarPopup } from '../transfer';

/** Export for a backup or an audit; import from such a file or a spreadsheet. */
export function TransferSetting({ data }: { data: PopupData }) {
  const popup = inToolbarPopup();
  return (
    <section class="setting transfer" aria-labelledby="transfer-title">
      <h3 id="transfer-title">{t('popupTransferTitle')}</h3>
      <small class="muted">{t('popupTransferHint')}</small>
      <div class="row-actions">
        <button type="button" onClick={() => void data.exportRecords('json')}>
          {t('popupExportJson')}
        </button>
        <button type="button" onClick={() => void data.exportRecords('csv')}>
          {t('popupExportCsv')}
        </button>
      </div>
      {popup ? (
        <button type="button" onClick={() => void data.openInTab('#import')}>
          {t('popupImportInTab')}
        </button>
      ) : (
        <>
          <label for="import-file">{t('popupImportLabel')}</label>
          <input
            id="import-file"
            type="file"
            accept=".json,.csv,application/json,text/csv"
            aria-describedby="import-hint"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Cleared, so choosing the same file again (after fixing it) is a change too.
              if (file) void data.importFile(file).finally(() => (input.value = ''));
            }}
          />
        </>
      )}
      <small id="import-hint" class="muted">
        {t('popupImportHint')}
      </small>
    </section>
  );
}
