/** What the popup asks of the inventory. Capture from Microsoft's page has its own messages. */
import { type AppPasswordRecord, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../record';
import { type Output, nullable, optional, shape, text, timestamp } from '../schema';
import { fromExtensionPages } from './define';

const id = text({ min: 1, max: 100 });
const name = text({ min: 1, max: MAX_NAME_LENGTH });
const account = text({ max: 320 });
const words = text({ max: MAX_TEXT_LENGTH });

const newRecord = shape({
  name,
  account,
  usedWhere: optional(words),
  notes: optional(words),
  createdAt: optional(nullable(timestamp)),
});
/** `account` is set when a record found without one is assigned it (the popup's "Account not known" group). */
const changes = shape({ id, name: optional(name), account: optional(account), usedWhere: optional(words), notes: optional(words) });

export const inventoryMessages = {
  'records/list': fromExtensionPages(shape({})),
  /** A record added by hand, e.g. for an app password made before the extension was installed. */
  'records/add': fromExtensionPages(newRecord),
  'records/update': fromExtensionPages(changes),
  /** "Still needed": sets lastReviewedAt to now. */
  'records/review': fromExtensionPages(shape({ id })),
  /** Forgets the record. Does not touch Microsoft's side. */
  'records/remove': fromExtensionPages(shape({ id })),
};

export type NewRecordInput = Output<typeof newRecord>;
export type RecordChanges = Output<typeof changes>;

export interface InventoryReplies {
  'records/list': AppPasswordRecord[];
  'records/add': AppPasswordRecord;
  'records/update': AppPasswordRecord;
  'records/review': AppPasswordRecord;
  'records/remove': null;
}
