import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { loadMessages } from '../fakes/load-messages';
import { pluralCategory, tp } from '../../src/shared/plural';
import { t } from '../../src/shared/i18n';

/** A plural message in the fake i18n, as a messages file for `locale` would provide it. */
function use(locale: string, variants: Record<string, string>) {
  for (const key of Object.keys(fakeBrowser._messages)) delete fakeBrowser._messages[key];
  fakeBrowser._messages.messagesLocale = locale;
  for (const [category, text] of Object.entries(variants)) fakeBrowser._messages[`due_${category}`] = text;
}

afterEach(() => loadMessages('en'));

describe('tp: plural messages', () => {
  it('picks _one and _other in English', () => {
    use('en', { one: '$1 app password is due', other: '$1 app passwords are due' });
    expect(tp('due', 1)).toBe('1 app password is due');
    expect(tp('due', 0)).toBe('0 app passwords are due');
    expect(tp('due', 2)).toBe('2 app passwords are due');
  });

  it('follows each language’s rules: French puts 0 with 1', () => {
    use('fr', { one: '$1 mot de passe', other: '$1 mots de passe' });
    expect(tp('due', 0)).toBe('0 mot de passe');
    expect(tp('due', 1)).toBe('1 mot de passe');
    expect(tp('due', 5)).toBe('5 mots de passe');
  });

  it('needs only _other in Japanese', () => {
    use('ja', { other: '$1 件' });
    expect(tp('due', 1)).toBe('1 件');
    expect(tp('due', 7)).toBe('7 件');
  });

  it('falls back to _other for a category the language leaves out (French "many")', () => {
    use('fr', { one: '$1 mot de passe', other: '$1 mots de passe' });
    expect(pluralCategory(1_000_000, 'fr')).toBe('many');
    expect(tp('due', 1_000_000)).toBe('1000000 mots de passe');
  });

  it('takes other substitutions when the text needs more than the count', () => {
    use('en', { one: '$2: $1 app password', other: '$2: $1 app passwords' });
    expect(tp('due', 3, ['3', 'alex@contoso.com'])).toBe('alex@contoso.com: 3 app passwords');
  });

  it('uses English rules when messagesLocale is not a language', () => {
    expect(pluralCategory(1, 'not a locale!')).toBe('one');
  });

  it.each(['en', 'de', 'fr', 'es', 'ja'])('knows the language of the %s messages file', (lang) => {
    loadMessages(lang);
    expect(t('messagesLocale')).toBe(lang);
  });
});
