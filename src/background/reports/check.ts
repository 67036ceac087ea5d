/**
 * What the report script hands back is checked like any message before it is kept: its shape (a
 * bounded outline of tags, attributes and masked texts), its size, and its privacy again, here
 * where the page cannot reach. No text may hold an e-mail address, and none may look like an app
 * password once its known labels and placeholders are set aside; otherwise nothing is kept.
 */
import * as v from 'valibot';
import { MAX_OUTLINE_DEPTH, MAX_REPORT_BYTES, type OutlineNode, type PageOutline } from '../../shared/page-report';
import { check, flag, list, nullable, oneOf, shape, text, wholeNumber } from '../../shared/schema';
import { STEP_IDS } from '../../shared/steps';
import { vocabulary } from '../../content/detect/labels';
import { createMasker } from '../../content/report/mask';
import { ExpectedError } from '../errors';

const maskedText = text({ max: 4000 });
const node: v.GenericSchema<unknown, OutlineNode> = v.union(
  [
    maskedText,
    shape({
      t: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,40}$/, 'must be a tag name')),
      a: v.exactOptional(v.pipe(v.record(text({ min: 1, max: 60 }), maskedText), v.check((a) => Object.keys(a).length <= 60, 'has too many attributes'))),
      c: v.exactOptional(v.lazy(() => list(node, { max: 5000 }))),
    }),
  ],
  'must be a text or an element',
);
const step = oneOf(STEP_IDS);

const outlineSchema = shape({
  url: text({ min: 1, max: 2048 }),
  step,
  previous: nullable(shape({ step, names: nullable(list(text({ max: 40 }), { max: 500 })) })),
  seen: shape({
    dialog: flag,
    dialogTitle: nullable(maskedText),
    headings: list(maskedText, { max: 40 }),
    controls: list(maskedText, { max: 40 }),
    fields: wholeNumber({ min: 0, max: 100_000 }),
    appPasswordRows: wholeNumber({ min: 0, max: 100_000 }),
    methodRows: wholeNumber({ min: 0, max: 100_000 }),
    rowsUnknown: flag,
  }),
  signals: list(
    shape({
      step,
      recognised: flag,
      checks: list(shape({ need: wholeNumber({ min: 0, max: 100 }), met: list(flag, { max: 100 }) }), { max: 100 }),
    }),
    { max: 100 },
  ),
  outline: node,
  truncated: flag,
});

function depth(n: OutlineNode): number {
  return typeof n === 'string' ? 0 : 1 + Math.max(0, ...(n.c ?? []).map(depth));
}

function* texts(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* texts(item);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* [key, ...texts(item)];
}

/** The outline if it may be kept, with its size in bytes; otherwise an ExpectedError saying why. */
export function checkOutline(raw: unknown, extraLabels: Record<string, string[]> = {}): { outline: PageOutline; bytes: number } {
  const json = JSON.stringify(raw ?? null);
  if (json.length > MAX_REPORT_BYTES) throw new ExpectedError('too-large', `The page is too large for a page report (${json.length} bytes).`);
  const checked = check(outlineSchema, raw, 'report');
  if (!checked.ok) throw new ExpectedError('invalid-input', `The page report could not be read: ${checked.message}.`);
  const outline = checked.value as PageOutline;
  if (depth(outline.outline) > MAX_OUTLINE_DEPTH + 2) throw new ExpectedError('invalid-input', 'The page report is nested deeper than an outline goes.');
  const masker = createMasker(vocabulary(extraLabels), []);
  for (const s of texts(outline)) {
    const plain = s.replace(/⟦[^⟧]*⟧/g, ' ');
    if (plain.includes('@') || (plain.trim() && masker.label(plain) === null)) {
      throw new ExpectedError('invalid-input', 'The page report held text that a report never keeps; nothing was saved.');
    }
  }
  return { outline, bytes: json.length };
}
