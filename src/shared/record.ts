import { APP_PASSWORD_LIMIT } from './microsoft';

/**
 * One app password, by metadata only. The database and the fields id, name, account, createdAt and
 * deletedAt are a contract with acceptance tests outside this project.
 * There is deliberately no field that could hold the password, a hash of it or any part of it.
 */
export type RecordSource = 'guided' | 'list' | 'legacy-list' | 'manual' | 'import';

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

export const RECORD_SOURCES: readonly RecordSource[] = ['guided', 'list', 'legacy-list', 'manual', 'import'];

/** Microsoft's limit, named for the inventory. */
export const LIMIT_PER_ACCOUNT = APP_PASSWORD_LIMIT;
export const MAX_NAME_LENGTH = 256;
export const MAX_TEXT_LENGTH = 10_000;
