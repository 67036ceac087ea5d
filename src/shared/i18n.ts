import { ext } from './ext';

/** All user-visible text comes from _locales. A missing key shows the key, so tests catch it. */
export function t(key: string, substitutions?: string | string[]): string {
  return ext().i18n.getMessage(key, substitutions) || key;
}
