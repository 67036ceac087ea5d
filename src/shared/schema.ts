/**
 * The building blocks of every schema for data crossing a boundary (messages, imported records),
 * made with valibot so that each payload type is inferred from its schema and cannot drift from it.
 * Each block carries the wording our error messages use ("name is longer than 256 characters"),
 * since an import error is shown to the user as is.
 *
 * Only the background and the popup import this: the content script sends messages and checks
 * reply envelopes, so valibot never reaches Microsoft's page.
 */
import * as v from 'valibot';
import { looksLikeAppPassword } from './app-password-shape';
import { isPlainObject } from './plain-object';

export type Schema = v.GenericSchema;
export type Output<S extends Schema> = v.InferOutput<S>;

export const text = ({ min, max }: { min?: number; max: number }) =>
  v.pipe(
    v.string('must be text'),
    v.minLength(min ?? 0, 'is too short'),
    v.maxLength(max, `is longer than ${max} characters`),
  );

export const wholeNumber = ({ min, max }: { min: number; max: number }) =>
  v.pipe(
    v.number('must be a whole number'),
    v.safeInteger('must be a whole number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );

/** Epoch milliseconds between 2000 and 2200: anything else is a corrupt or hostile value. */
export const timestamp = wholeNumber({ min: 946_684_800_000, max: 7_258_118_400_000 });

export const flag = v.boolean('must be true or false');

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  v.picklist(values, `must be one of ${values.join(', ')}`);

export const list = <S extends Schema>(item: S, { max }: { max: number }) =>
  v.pipe(v.array(item, 'must be a list'), v.maxLength(max, `has more than ${max} items`));

/** Text from Microsoft's page (or a file) that could be an app password is refused: it never becomes a record. */
export const notAppPassword = v.check((value: string) => !looksLikeAppPassword(value), 'looks like an app password, which is never recorded');

export const nullable = v.nullable;
/** May be left out; when present it must match (undefined is not "left out"). */
export const optional = v.exactOptional;

/**
 * A plain object with exactly these keys: an unknown key is refused, so that nothing unexpected
 * (a password field, say) can ride along.
 */
export const shape = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(v.custom<Record<string, unknown>>(isPlainObject, 'must be an object'), v.strictObject(entries));

/** One issue as a phrase naming where it is: "payload.name is too short", "notes is missing". */
export function describeIssue(issue: v.BaseIssue<unknown>, prefix = ''): string {
  const path = [prefix, v.getDotPath(issue) ?? ''].filter(Boolean).join('.') || 'value';
  if (issue.type === 'strict_object' && issue.expected === 'never') return `${path.slice(0, 100)} is not a known field`;
  if (issue.type === 'strict_object' && issue.received === 'undefined') return `${path} is missing`;
  return `${path} ${issue.message}`;
}

/** Checks a value against a schema; the first problem found is described for the user or the log. */
export function check<S extends Schema>(
  schema: S,
  value: unknown,
  prefix = '',
): { ok: true; value: Output<S> } | { ok: false; message: string } {
  const result = v.safeParse(schema, value, { abortEarly: true });
  return result.success ? { ok: true, value: result.output } : { ok: false, message: describeIssue(result.issues[0], prefix) };
}
