/**
 * Dates in the browser's language. Intl does the plural forms ("1 day ago" / "3 days ago") in every
 * language, so no text of ours has to.
 */
import { ext } from '../shared/ext';
import { DAY_MS } from '../shared/stale';

const locale = () => ext().i18n.getUILanguage();

const relative = new Map<'long' | 'short', Intl.RelativeTimeFormat>();

/** "4 months ago"; `short` gives "4 mo. ago", the form a list row has room for. */
export function formatAgo(at: number, now: number, style: 'long' | 'short' = 'long'): string {
  let format = relative.get(style);
  if (!format) relative.set(style, (format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto', style })));
  const days = Math.round((now - at) / DAY_MS);
  if (Math.abs(days) < 45) return format.format(-days, 'day');
  if (Math.abs(days) < 548) return format.format(-Math.round(days / 30.44), 'month');
  return format.format(-Math.round(days / 365.25), 'year');
}

let absolute: Intl.DateTimeFormat | undefined;

export function formatDate(at: number): string {
  absolute ??= new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' });
  return absolute.format(at);
}

/** A `<input type="date">` value (the user's local day) as epoch ms at local midnight, or null. */
export function parseDateInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const at = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  return Number.isNaN(at) ? null : at;
}

