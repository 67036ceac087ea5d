import browser from 'webextension-polyfill';

/** All user-visible text comes from _locales. A missing key shows the key, so tests catch it. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
