// @vitest-environment node
/**
 * Every language has exactly English's keys, in the same area file, with the same placeholders; plural
 * messages (`<base>_<category>`, see src/shared/plural.ts) have the categories each language needs;
 * and every key the code asks for by a literal exists in English.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper shared with the build
import { LOCALES_DIR, languages, mergedMessages } from '../../scripts/locales.mjs';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Entry>;

const SRC = resolve(import.meta.dirname, '../../src');
const LANGUAGES = ['de', 'en', 'es', 'fr', 'ja'];
const langs: string[] = languages();
const english: Messages = mergedMessages('en');

function areaOf(lang: string): Map<string, string> {
  const dir = join(LOCALES_DIR, lang);
  const map = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
    for (const key of Object.keys(JSON.parse(readFileSync(join(dir, file), 'utf8')))) map.set(key, file);
  return map;
}

/** Plural bases in English: a key `<base>_other` makes `<base>_<category>` keys one message. */
const pluralBases = new Set(Object.keys(english).flatMap((k) => (k.endsWith('_other') ? [k.slice(0, -'_other'.length)] : [])));
function splitPlural(key: string): { base: string; category: string } | null {
  const m = /^(.+)_(zero|one|two|few|many|other)$/.exec(key);
  return m && pluralBases.has(m[1]) ? { base: m[1], category: m[2] } : null;
}

/** The keys a language must have: English's, with each plural message reduced to the categories the language uses. */
function expectedKeys(lang: string): { required: Set<string>; allowed: Set<string> } {
  const categories: string[] = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const required = new Set<string>();
  const allowed = new Set<string>();
  for (const key of Object.keys(english)) {
    const plural = splitPlural(key);
    if (!plural) {
      required.add(key);
      allowed.add(key);
    } else if (categories.includes(plural.category)) required.add(key);
  }
  for (const base of pluralBases) {
    required.add(`${base}_other`);
    for (const c of categories) allowed.add(`${base}_${c}`);
  }
  for (const key of required) allowed.add(key);
  return { required, allowed };
}

/** Placeholders as Chrome resolves them: names are case-insensitive; what counts is name → content and which are used. */
function placeholderShape(entry: Entry) {
  const declared = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]));
  const used = [...new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()))].sort();
  const positional = [...new Set([...entry.message.matchAll(/\$(\d)(?!\$)/g)].map((m) => m[1]))].sort();
  return { declared, used, positional };
}
const englishFor = (key: string): Entry => english[key] ?? english[`${splitPlural(key)?.base}_other`];

describe('languages', () => {
  it('are English, German, French, Spanish and Japanese', () => {
    expect(langs).toEqual(expect.arrayContaining(LANGUAGES));
  });

  it.each(langs)('%s: no key is defined in two area files', (lang) => {
    expect(() => mergedMessages(lang)).not.toThrow();
  });

  it.each(langs)('%s: keys and entries have the shape Chrome accepts', (lang) => {
    for (const [key, entry] of Object.entries<Entry>(mergedMessages(lang))) {
      expect(key, `${lang} key`).toMatch(/^[A-Za-z0-9_]+$/);
      expect(typeof entry.message === 'string' && entry.message.trim() !== '', `${lang}.${key} message`).toBe(true);
      for (const name of Object.keys(entry.placeholders ?? {})) expect(name, `${lang}.${key} placeholder`).toMatch(/^[A-Za-z0-9_]+$/);
    }
  });

  it.each(langs.filter((l) => l !== 'en'))('%s: has every English key, no stray key, each in English’s area file', (lang) => {
    const keys = Object.keys(mergedMessages(lang));
    const { required, allowed } = expectedKeys(lang);
    expect([...required].filter((k) => !keys.includes(k)), `missing in ${lang}`).toEqual([]);
    expect(keys.filter((k) => !allowed.has(k)), `stray in ${lang}`).toEqual([]);
    const englishAreas = areaOf('en');
    const areas = areaOf(lang);
    for (const key of keys) expect(areas.get(key), `${lang}.${key}`).toBe(englishAreas.get(key) ?? englishAreas.get(`${splitPlural(key)?.base}_other`));
  });

  it.each(langs.filter((l) => l !== 'en'))('%s: placeholders match English', (lang) => {
    for (const [key, entry] of Object.entries<Entry>(mergedMessages(lang))) {
      const source = englishFor(key);
      if (!source) continue;
      expect(placeholderShape(entry), `${lang}.${key}`).toEqual(placeholderShape(source));
    }
  });

  // The Chrome Web Store and Edge Add-ons refuse a longer name or description in any language.
  it.each(langs)('%s: store name and description fit the stores’ limits', (lang) => {
    const messages: Messages = mergedMessages(lang);
    expect(messages.extName.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it.each(langs)('%s: messagesLocale names its own folder, so plural rules match the text', (lang) => {
    expect(mergedMessages(lang).messagesLocale?.message).toBe(lang);
  });
});

describe('keys used in the code', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));
  const sources = files(SRC).filter((f) => !/\.test\.tsx?$/.test(f)).map((f) => [f, readFileSync(f, 'utf8')] as const);
  const keys = Object.keys(english);

  it('finds the code’s t() calls (a guard against the scan silently matching nothing)', () => {
    expect(sources.some(([, text]) => /\bt\(\s*'extName'/.test(text))).toBe(true);
  });

  it('exist in English: literal keys, plural bases and template prefixes', () => {
    const missing: string[] = [];
    for (const [file, text] of sources) {
      const where = file.slice(SRC.length + 1);
      for (const [, , key] of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g))
        if (!key.startsWith('@@') && !(key in english)) missing.push(`${where}: t('${key}')`);
      for (const [, , base] of text.matchAll(/\btp\(\s*(['"])([^'"]+)\1/g))
        if (!(`${base}_other` in english)) missing.push(`${where}: tp('${base}') needs ${base}_other`);
      for (const [, prefix] of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g))
        if (!keys.some((k) => k.startsWith(prefix))) missing.push(`${where}: t(\`${prefix}…\`)`);
    }
    expect(missing).toEqual([]);
  });
});
