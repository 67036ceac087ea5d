// Extension text lives in locales/<lang>/<area>.json, one file per feature area so that features can
// change their own text independently; the build merges them into _locales/<lang>/messages.json.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const LOCALES_DIR = resolve(import.meta.dirname, '../locales');

export function languages() {
  return readdirSync(LOCALES_DIR).filter((name) => /^[a-z]{2}(_[A-Z]{2})?$/.test(name)).sort();
}

/** The merged messages.json content for one language; a key defined in two area files is an error. */
export function mergedMessages(lang) {
  const dir = resolve(LOCALES_DIR, lang);
  const merged = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const area = JSON.parse(readFileSync(resolve(dir, file), 'utf8'));
    for (const [key, entry] of Object.entries(area)) {
      if (key in merged) throw new Error(`locales/${lang}: "${key}" is defined twice (again in ${file})`);
      merged[key] = entry;
    }
  }
  return merged;
}
