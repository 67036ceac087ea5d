// `npm run policy-templates`: writes policy-templates/ from the one managed schema
// (public/managed_schema.json), so Group Policy, registry, Intune, Linux, macOS and Firefox templates
// never drift from what the extension accepts. test/unit/policy-templates.test.ts regenerates them in
// memory and fails when the committed files differ.
// With --chrome-id/--edge-id/--amo-slug and --out, writes a copy with an organisation's real ids.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { adml, admx, admxBaseName } from './policy/admx.mjs';
import { BROWSERS } from './policy/browsers.mjs';
import { intuneTable } from './policy/intune.mjs';
import { firefoxPolicies, linuxPolicy } from './policy/json.mjs';
import { mobileconfig } from './policy/mobileconfig.mjs';
import { readme } from './policy/readme.mjs';
import { reg } from './policy/registry.mjs';
import { PLACEHOLDERS, ROOT, settings as readSettings } from './policy/schema.mjs';

export const TEMPLATES_DIR = resolve(ROOT, 'policy-templates');

/** @returns {Map<string, string>} path inside the templates folder → content */
export function renderTemplates(ids = PLACEHOLDERS, settings = readSettings()) {
  const files = [];
  const add = (path, what, content) => files.push([path, what, content]);
  for (const browser of Object.keys(BROWSERS)) {
    const id = ids[BROWSERS[browser].idKey];
    const { label, linuxDirs } = BROWSERS[browser];
    const base = admxBaseName(browser);
    add(`windows/${base}.admx`, `Group Policy template for ${label} (copy to PolicyDefinitions, or ingest in Intune)`, admx(browser, settings, id));
    add(`windows/en-US/${base}.adml`, `its English texts (copy to PolicyDefinitions\\en-US)`, adml(browser, settings));
    add(`windows/${browser}.reg`, `registry values for ${label}, every setting at an example value`, reg(browser, settings, id));
    add(`linux/${browser}.json`, `${label} on Linux: force-install plus every setting; copy to ${linuxDirs.join(' or ')}`, linuxPolicy(browser, settings, id));
    add(`macos/${browser}.mobileconfig`, `${label} on macOS: configuration profile with every setting`, mobileconfig(browser, settings, id));
  }
  add('windows/intune-oma-uri.md', 'Intune custom OMA-URI rows for the ingested ADMX files', intuneTable(settings));
  add('firefox/policies.json', 'Firefox on any platform: force-install plus every setting', firefoxPolicies(settings, ids.amoSlug));
  const out = new Map(files.map(([path, , content]) => [path, content]));
  out.set('README.md', readme(settings, files.map(([path, what]) => [path, what])));
  return out;
}

export function writeTemplates(templates, dir) {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of templates) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { 'chrome-id': { type: 'string' }, 'edge-id': { type: 'string' }, 'amo-slug': { type: 'string' }, out: { type: 'string' } },
  });
  const custom = values['chrome-id'] || values['edge-id'] || values['amo-slug'];
  for (const key of ['chrome-id', 'edge-id'])
    if (values[key] && !/^[a-p]{32}$/.test(values[key])) throw new Error(`--${key}: an extension id is 32 letters a to p`);
  if (custom && !values.out) throw new Error('With your own ids, pass --out <folder>: policy-templates/ keeps the placeholders the tests check.');
  const dir = values.out ? resolve(values.out) : TEMPLATES_DIR;
  const ids = {
    chromeId: values['chrome-id'] ?? PLACEHOLDERS.chromeId,
    edgeId: values['edge-id'] ?? PLACEHOLDERS.edgeId,
    amoSlug: values['amo-slug'] ?? PLACEHOLDERS.amoSlug,
  };
  const templates = renderTemplates(ids);
  writeTemplates(templates, dir);
  console.log(`${templates.size} files written to ${dir}`);
}
