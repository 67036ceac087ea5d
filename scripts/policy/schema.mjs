// The one managed schema (public/managed_schema.json, shipped to Chrome and Edge) read into the form
// every template generator uses, plus what the schema cannot say: an example value per setting,
// length limits and defaults (mirroring src/shared/settings.ts; test/unit/policy-templates.test.ts
// checks they agree), and the ids each browser knows the extension by.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const SCHEMA_PATH = resolve(ROOT, 'public/managed_schema.json');

/** Firefox's add-on id (vite.config.ts GECKO_ID): fixed, so Firefox templates need no placeholder. */
export const GECKO_ID = 'app-password-guide@extensions.example.org';

/** The stores assign the Chrome and Edge ids at first upload; until an admin fills them in, templates say so. */
export const PLACEHOLDERS = {
  chromeId: 'CHROME_EXTENSION_ID',
  edgeId: 'EDGE_EXTENSION_ID',
  amoSlug: 'AMO_SLUG',
};

/** Values that show the format of each setting; every one passes sanitisePolicy without a warning. */
export const EXAMPLES = {
  reviewIntervalDays: 30,
  remindersEnabled: true,
  guideEnabled: true,
  organisationName: 'Contoso IT',
  helpDeskUrl: 'https://help.contoso.com/app-passwords',
  helpDeskText: 'Call the IT help desk on +1 555 0100, Monday to Friday 8:00-18:00.',
  extraLabels: { addMethod: ['Methode toevoegen'], appPassword: ['App-wachtwoord'] },
  allowUserSettings: true,
  pageReports: true,
};

/** Longest text sanitisePolicy accepts per string setting; Group Policy's text boxes enforce the same. */
export const TEXT_LIMITS = { organisationName: 100, helpDeskUrl: 2048, helpDeskText: 300 };

/** Defaults the extension uses when IT sets nothing; shown as the starting value in Group Policy. */
export const DEFAULTS = { reviewIntervalDays: 90 };

/** Settings that are JSON objects travel as one JSON text where the format has no nested values (registry, ADMX). */
const JSON_TEXT_LIMIT = 8000;

/**
 * @returns {{ name: string, title: string, description: string, kind: 'integer'|'boolean'|'string'|'json',
 *   minimum?: number, maximum?: number, example: unknown, maxLength?: number, default?: unknown }[]}
 */
export function settings(schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'))) {
  return Object.entries(schema.properties).map(([name, p]) => {
    if (!(name in EXAMPLES)) throw new Error(`managed_schema.json: "${name}" has no example in scripts/policy/schema.mjs`);
    if (!p.title || !p.description) throw new Error(`managed_schema.json: "${name}" needs a title and a description`);
    const kind = ['integer', 'boolean', 'string'].includes(p.type) ? p.type : 'json';
    return {
      name,
      title: p.title,
      description: p.description,
      kind,
      minimum: p.minimum,
      maximum: p.maximum,
      example: EXAMPLES[name],
      maxLength: kind === 'string' ? (TEXT_LIMITS[name] ?? 1023) : kind === 'json' ? JSON_TEXT_LIMIT : undefined,
      default: DEFAULTS[name],
    };
  });
}

/** The policy object an admin would set: every setting at its example value. */
export function examplePolicy(list = settings()) {
  return Object.fromEntries(list.map((s) => [s.name, s.example]));
}
