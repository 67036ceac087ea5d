import { t } from '../../shared/i18n';
import type { PopupData } from '../use-popup-data';
import { inToolbarPopup } from '../transfer';
import { Icon } from './Icon';

/** Export for a backup or an audit; import from such a file or a spreadsheet. */
export function TransferSetting({ data }: { data: PopupData }) {
  const popup = inToolbarPopup();
  return (
    <section class="card transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title" class="card-title">
        {t('popupTransferTitle')}
      </h2>
      <small class="hint">{t('popupTransferHint')}</small>
      <div class="button-row">
        <button type="button" onClick={() => void data.exportRecords('json')}>
          {t('popupExportJson')}
        </button>
        <button type="button" onClick={() => void data.exportRecords('csv')}>
          {t('popupExportCsv')}
        </button>
      </div>
      <div class="button-row">
        {popup ? (
          // A file dialog would close the toolbar popup, so the choice is made in a tab.
          <button type="button" aria-describedby="import-hint" onClick={() => void data.openInTab('#import')}>
            <Icon name="file" />
            {t('popupImportInTab')}
          </button>
        ) : (
          <>
            {/* The input is hidden, not removed: its label is the styled button, and it keeps the focus ring. */}
            <input
              id="import-file"
              class="file-input"
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
            <label for="import-file" class="button file-button" title={t('popupImportLabel')}>
              <Icon name="file" />
              {t('popupImportInTab')}
            </label>
          </>
        )}
      </div>
      <small id="import-hint" class="hint">
        {t('popupImportHint')}
      </small>
    </section>
  );
}
