import { ext } from './ext';

/** All user-visible text comes from _locales. A missing key shows the key, so tests catch it. */
export function t(key: string, substitutions?: string | string[]): string {
  return ext().i18n.getMessage(key, substitutions) || key;
}

/**
 * Text the user or IT typed, for use inside one of our sentences: wrapped in first-strong isolate
 * and pop-directional isolate, so it keeps its own direction and a right-to-left override in a name
 * cannot reverse the words of the sentence around it (the plain-text form of <bdi>).
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
