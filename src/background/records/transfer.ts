/** Export and import of the whole inventory; an import is one transaction, all or nothing. */
import { type ExportFile, exportRecords, parseImport } from '../../shared/export/file';
import type { TransferFormat } from '../../shared/export/limits';
import type { ImportSummary } from '../../shared/messages/transfer';
import { openDatabase } from '../db';
import { ExpectedError } from '../errors';
import { newRecordId } from './store';
import { recordsChanged } from './changed';
import { planImport } from './import-plan';

export async function exportInventory(format: TransferFormat, now = Date.now()): Promise<ExportFile> {
  const db = await openDatabase();
  return exportRecords(await db.getAll('records'), format, now);
}

export async function importInventory(format: TransferFormat, text: string, now = Date.now()): Promise<ImportSummary> {
  // The whole file is checked before the database is touched: a bad file changes nothing.
  const parsed = parseImport(text, format, now, newRecordId);
  if (!parsed.ok) throw new ExpectedError('invalid-input', parsed.message);
  const db = await openDatabase();
  const tx = db.transaction('records', 'readwrite');
  const plan = planImport(await tx.store.getAll(), parsed.records);
  await Promise.all([...plan.add.map((r) => tx.store.add(r)), ...plan.merge.map((r) => tx.store.put(r))]);
  await tx.done;
  if (plan.add.length || plan.merge.length) recordsChanged();
  return { added: plan.add.length, merged: plan.merge.length, unchanged: plan.unchanged };
}
