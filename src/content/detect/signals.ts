/** Small combinators so each recogniser reads as a list of independent signals. */
import { LEGACY_HOST, MYSIGNINS_HOST } from '../../shared/microsoft';
import type { StepId } from '../../shared/steps';
import type { View } from './view';

/**
 * Set only while a page report asks why a step did or did not match (explain.ts); the guide's own
 * looks never set it, so they pay one property read per signal list.
 */
export const trace: { sink: ((need: number, signals: boolean[]) => void) | null } = { sink: null };

/** True when at least `n` of the signals hold; no single signal can decide on its own. */
export function atLeast(n: number, signals: boolean[]): boolean {
  trace.sink?.(n, signals);
  return signals.filter(Boolean).length >= n;
}

export function previousWas(v: View, ...steps: StepId[]): boolean {
  return !!v.previous && steps.includes(v.previous.step);
}

export function onSecurityInfo(v: View, exact = false): boolean {
  if (v.url.host !== MYSIGNINS_HOST) return false;
  return exact ? /^\/security-info\/?$/i.test(v.url.pathname) : /^\/security-info(\/|$)/i.test(v.url.pathname);
}

/** Names the user had before this look, when a list was on screen then. */
function before(v: View): string[] | null {
  return v.previous?.appPasswordNames ?? null;
}

/**
 * The previous look was `step` with this same text box as its name field. A box that replaced the
 * name field (the password shown in an editable box after "Next") is another element, so it is not
 * the name step merely because the name step came before.
 */
export function sameNameField(v: View, step: StepId): boolean {
  return previousWas(v, step) && v.fields.length === 1 && !!v.previous?.nameField && v.previous.nameField === v.fields[0];
}

export function listGrew(v: View): boolean {
  // Rows that could not be read are unknown, never "fewer" or "more".
  if (v.rowsUnknown) return false;
  const was = before(v);
  const now = v.appPasswordRows.map((r) => r.name);
  // From an empty list a list that is still loading would look like a new row; the first App
  // password is recognised by the step before it (copy-password) instead.
  return !!was && was.length > 0 && now.length > was.length && now.some((n) => !was.includes(n));
}

export function listShrank(v: View): boolean {
  if (v.rowsUnknown) return false;
  const was = before(v);
  const now = v.appPasswordRows.map((r) => r.name);
  return !!was && now.length < was.length && was.some((n) => !now.includes(n));
}

export function onLegacy(v: View): boolean {
  return v.url.host === LEGACY_HOST;
}

export function anyMatch(v: View, texts: string[], concept: Parameters<View['is']>[1]): boolean {
  return texts.some((t) => v.is(t, concept));
}
