/** Export and import of the whole inventory; an import is one transaction, all or nothing. */
import { type ExportFile, exportRecords, parseImport } from '../../shared/export/file';
import type { TransferFormat } from '../../shared/export/limits';
import type { ImportSummary } from '../../shared/messages/transfer';
import { writeEach, writeRecords } from '../inventory/transaction';
import { readRecords } from '../inventory/with-database';
import { ExpectedError } from '../errors';
import { newRecordId } from '../inventory/records-store';
import { recordsChanged } from '../inventory/records-changed';
import { planImport } from './import-plan';

export async function exportInventory(format: TransferFormat, now = Date.now()): Promise<ExportFile> {
  return exportRecords(await readRecords((db) => db.getAll('records')), format, now);
}

export async function importInventory(format: TransferFormat, text: string, now = Date.now()): Promise<ImportSummary> {
  // The whole file is checked before the database is touched: a bad file changes nothing.
  const parsed = parseImport(text, format, now, newRecordId);
  if (!parsed.ok) throw new ExpectedError('invalid-input', parsed.message);
  const plan = await writeRecords(async (store) => {
    const planned = planImport(await store.getAll(), parsed.records, parsed, now);
    await writeEach(planned.add, (r) => store.add(r));
    await writeEach(planned.merge, (r) => store.put(r));
    return planned;
  });
  if (plan.add.length || plan.merge.length) recordsChanged();
  return { added: plan.add.length, merged: plan.merge.length, unchanged: plan.unchanged };
}
