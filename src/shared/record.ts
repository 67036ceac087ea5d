import { APP_PASSWORD_LIMIT } from './microsoft';

/**
 * One app password, by metadata only. The database and the fields id, name, account, createdAt and
 * deletedAt are a contract with acceptance tests outside this project.
 * There is deliberately no field that could hold the password, a hash of it or any part of it.
 */
export const RECORD_SOURCES = ['guided', 'list', 'legacy-list', 'manual', 'import'] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

export interface AppPasswordRecord {
  id: string;
  /** As typed on Microsoft's page. */
  name: string;
  /** The signed-in account shown on the page, or "" when unknown. */
  account: string;
  /** Epoch ms; null when the app password was only ever seen on Microsoft's list. */
  createdAt: number | null;
  /** Epoch ms; null while it exists. */
  deletedAt: number | null;
  /** When the extension first knew of it. */
  firstSeenAt: number;
  lastReviewedAt: number | null;
  /** Where it is used, in the user's words (e.g. "Outlook on the office scanner"). */
  usedWhere: string;
  notes: string;
  source: RecordSource;
  /** How the deletion was learnt: through the guide, or noticed missing from Microsoft's list. */
  deletedHow: 'guided' | 'elsewhere' | 'manual' | null;
  updatedAt: number;
}

/** Microsoft's limit, named for the inventory. */
export const LIMIT_PER_ACCOUNT = APP_PASSWORD_LIMIT;
export const MAX_NAME_LENGTH = 256;
export const MAX_TEXT_LENGTH = 10_000;

/** What only the caller can know; everything else starts empty. */
export type NewRecordFields = Pick<AppPasswordRecord, 'id' | 'name' | 'account' | 'source'> &
  Partial<Pick<AppPasswordRecord, 'createdAt' | 'usedWhere' | 'notes'>>;

/**
 * The one place a record is made (guided capture, a row found on the list, a record added by hand,
 * a hand-made import row): live, never reviewed, first seen and updated `now`.
 */
export function newRecord(fields: NewRecordFields, now: number): AppPasswordRecord {
  return {
    id: fields.id,
    name: fields.name,
    account: fields.account,
    createdAt: fields.createdAt ?? null,
    deletedAt: null,
    firstSeenAt: now,
    lastReviewedAt: null,
    usedWhere: fields.usedWhere ?? '',
    notes: fields.notes ?? '',
    source: fields.source,
    deletedHow: null,
    updatedAt: now,
  };
}
