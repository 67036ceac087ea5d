/**
 * Validation of one complete record from an imported file. Unknown fields are refused, so a file
 * cannot smuggle anything (a password column, say) into the database.
 */
import {
  type AppPasswordRecord,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  RECORD_SOURCES,
} from '../record';
import { type Check, Invalid, isPlainObject, nullable, oneOf, string, timestamp } from '../validate';

export const DELETED_HOW = ['guided', 'elsewhere', 'manual'] as const;

/** Every field, in the order files list them. */
export const RECORD_SHAPE = {
  id: string({ min: 1, max: 100 }),
  name: string({ min: 1, max: MAX_NAME_LENGTH }),
  account: string({ max: 320 }),
  createdAt: nullable(timestamp),
  deletedAt: nullable(timestamp),
  firstSeenAt: timestamp,
  lastReviewedAt: nullable(timestamp),
  usedWhere: string({ max: MAX_TEXT_LENGTH }),
  notes: string({ max: MAX_TEXT_LENGTH }),
  source: oneOf(RECORD_SOURCES),
  deletedHow: nullable(oneOf(DELETED_HOW)),
  updatedAt: timestamp,
} satisfies { [K in keyof AppPasswordRecord]: Check<AppPasswordRecord[K]> };

export const RECORD_FIELDS = Object.keys(RECORD_SHAPE) as Array<keyof AppPasswordRecord>;

/** Throws Invalid naming the field (e.g. "createdAt must be a whole number"). */
export function checkRecord(value: unknown): AppPasswordRecord {
  if (!isPlainObject(value)) throw new Invalid('is not an object');
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(RECORD_SHAPE, key)) throw new Invalid(`${key.slice(0, 60)} is not a known field`);
  }
  const record = {} as Record<string, unknown>;
  for (const field of RECORD_FIELDS) {
    if (!Object.hasOwn(value, field)) throw new Invalid(`${field} is missing`);
    record[field] = RECORD_SHAPE[field](value[field], field);
  }
  return checkConsistent(record as unknown as AppPasswordRecord);
}

/** Rules across fields that the database relies on. */
export function checkConsistent(record: AppPasswordRecord): AppPasswordRecord {
  if ((record.deletedAt === null) !== (record.deletedHow === null))
    throw new Invalid('deletedAt and deletedHow must be both empty or both set');
  return record;
}
