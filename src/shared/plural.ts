import { ext } from './ext';
import { t } from './i18n';

/**
 * chrome.i18n has no plural rules, so a message that depends on a number is a set of keys
 * `<base>_<category>` with the categories of Intl.PluralRules: English needs `_one` and `_other`,
 * Japanese only `_other`, French puts 0 in `_one`. Every language must have `_other`, the fallback
 * for a category it does not define (e.g. French `_many`); test/unit/locales.test.ts checks that.
 *
 * The rules follow `messagesLocale`, the language of the messages file the browser actually picked,
 * not the UI language: a Portuguese browser gets English text and so must get English plural rules.
 */
export function pluralCategory(count: number, locale = t('messagesLocale')): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(locale).select(count);
  } catch {
    return new Intl.PluralRules('en').select(count);
  }
}

/** The text for `count` of something; substitutions default to the count itself as $1. */
export function tp(base: string, count: number, substitutions: string[] = [String(count)]): string {
  const category = pluralCategory(count);
  return (
    ext().i18n.getMessage(`${base}_${category}`, substitutions) ||
    ext().i18n.getMessage(`${base}_other`, substitutions) ||
    `${base}_other`
  );
}
