import { type Check, nullable, object, optional, string, timestamp } from '../validate';
import { type AppPasswordRecord, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../record';

const id = string({ min: 1, max: 100 });
const name = string({ min: 1, max: MAX_NAME_LENGTH });
const account = string({ max: 320 });
const text = string({ max: MAX_TEXT_LENGTH });

/** What the popup asks of the inventory. Capture from Microsoft's page has its own messages. */
export const recordPayloads = {
  'records/list': object({}),
  'records/add': object({
    name,
    account,
    usedWhere: optional(text),
    notes: optional(text),
    createdAt: optional(nullable(timestamp)),
  }),
  'records/update': object({ id, name: optional(name), account: optional(account), usedWhere: optional(text), notes: optional(text) }),
  'records/review': object({ id }),
  'records/remove': object({ id }),
} satisfies Record<string, Check<unknown>>;

export interface NewRecordInput {
  name: string;
  account: string;
  usedWhere?: string;
  notes?: string;
  createdAt?: number | null;
}

export interface RecordChanges {
  id: string;
  name?: string;
  /** Set when a record found without its account is assigned one (the popup's "Account not known" group). */
  account?: string;
  usedWhere?: string;
  notes?: string;
}

export interface RecordMessages {
  'records/list': { payload: Record<string, never>; reply: AppPasswordRecord[] };
  /** A record added by hand, e.g. for an app password made before the extension was installed. */
  'records/add': { payload: NewRecordInput; reply: AppPasswordRecord };
  'records/update': { payload: RecordChanges; reply: AppPasswordRecord };
  /** "Still needed": sets lastReviewedAt to now. */
  'records/review': { payload: { id: string }; reply: AppPasswordRecord };
  /** Forgets the record. Does not touch Microsoft's side. */
  'records/remove': { payload: { id: string }; reply: null };
}
