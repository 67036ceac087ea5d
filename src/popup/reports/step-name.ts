import { ext } from '../../shared/ext';
import { t } from '../../shared/i18n';

/** A step's short name as the guide's panel shows it (locales/<lang>/guide.json stepName_*). */
export function stepName(step: string): string {
  const key = `stepName_${step.replace(/-/g, '_')}`;
  const name = t(key);
  return name === key ? step : name;
}

let format: Intl.DateTimeFormat | undefined;
export function reportTime(at: number): string {
  format ??= new Intl.DateTimeFormat(ext().i18n.getUILanguage(), { dateStyle: 'short', timeStyle: 'short' });
  return format.format(at);
}

/** Where a report was made, without the scheme: the host and path are what IT recognises. */
export const reportPage = (url: string) => url.replace(/^https:\/\//, '');
