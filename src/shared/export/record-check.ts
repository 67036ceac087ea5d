/**
 * Validation of one complete record from an imported file. Unknown fields are refused, so a file
 * cannot smuggle anything (a password column, say) into the database; and no text field may be
 * shaped like an app password, so an edited file cannot put one there either.
 */
import * as v from 'valibot';
import { isPlainObject } from '../plain-object';
import { type AppPasswordRecord, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, RECORD_SOURCES } from '../record';
import { type Schema, describeIssue, notAppPassword, nullable, oneOf, shape, text, timestamp } from '../schema';

const DELETED_HOW = ['guided', 'elsewhere', 'manual'] as const;

const words = (limits: { min?: number; max: number }) => v.pipe(text(limits), notAppPassword);

/** Every field, in the order files list them. */
const RECORD_SHAPE = {
  id: words({ min: 1, max: 100 }),
  name: words({ min: 1, max: MAX_NAME_LENGTH }),
  account: words({ max: 320 }),
  createdAt: nullable(timestamp),
  deletedAt: nullable(timestamp),
  firstSeenAt: timestamp,
  lastReviewedAt: nullable(timestamp),
  usedWhere: words({ max: MAX_TEXT_LENGTH }),
  notes: words({ max: MAX_TEXT_LENGTH }),
  source: oneOf(RECORD_SOURCES),
  deletedHow: nullable(oneOf(DELETED_HOW)),
  updatedAt: timestamp,
} satisfies Record<keyof AppPasswordRecord, Schema>;

const RECORD_SCHEMA = v.pipe(
  shape(RECORD_SHAPE),
  // A rule across fields that the database relies on.
  v.check((record) => (record.deletedAt === null) === (record.deletedHow === null), 'deletedAt and deletedHow must be both empty or both set'),
);

/**
 * The schema and the record model must agree field for field and type for type: this fails to
 * compile when either changes without the other.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<v.InferOutput<typeof RECORD_SCHEMA>, AppPasswordRecord> = true;
void schemaMatchesModel;

export const RECORD_FIELDS = Object.keys(RECORD_SHAPE) as Array<keyof AppPasswordRecord>;

/** A record, or the first problem as a phrase naming the field ("createdAt must be a whole number"). */
export function checkRecord(value: unknown): { ok: true; record: AppPasswordRecord } | { ok: false; message: string } {
  if (!isPlainObject(value)) return { ok: false, message: 'is not an object' };
  // An unknown field (a password column, say) is named before anything else that is wrong.
  const unknown = Object.keys(value).find((key) => !Object.hasOwn(RECORD_SHAPE, key));
  if (unknown !== undefined) return { ok: false, message: `${unknown.slice(0, 60)} is not a known field` };
  const result = v.safeParse(RECORD_SCHEMA, value, { abortEarly: true });
  if (result.success) return { ok: true, record: result.output };
  const issue = result.issues[0];
  // The cross-field rule has no path of its own; every other issue names its field.
  if (!v.getDotPath(issue)) return { ok: false, message: issue.message };
  return { ok: false, message: describeIssue(issue) };
}

/** One cell of a CSV row, checked as the field of its column. */
export function checkField(field: keyof AppPasswordRecord, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  const result = v.safeParse(RECORD_SHAPE[field], value, { abortEarly: true });
  return result.success ? { ok: true, value: result.output } : { ok: false, message: `${field} ${result.issues[0].message}` };
}
