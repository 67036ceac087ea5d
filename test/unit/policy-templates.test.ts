// @vitest-environment node
/**
 * policy-templates/ is generated from public/managed_schema.json. This regenerates it in memory and
 * fails when the committed files differ (run `npm run policy-templates`), when a setting is missing
 * from any template, or when the examples and limits in scripts/policy disagree with what the
 * extension itself accepts (src/shared/settings.ts).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse as parsePlist } from 'plist';
import { validate as validateUuid, version as uuidVersion } from 'uuid';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, REVIEW_INTERVAL_RANGE, sanitisePolicy } from '../../src/shared/settings';
// @ts-expect-error: plain ESM script behind npm run policy-templates
import { TEMPLATES_DIR, renderTemplates } from '../../scripts/policy-templates.mjs';
// @ts-expect-error: plain ESM helper of the generator
import { DEFAULTS, EXAMPLES, GECKO_ID, PLACEHOLDERS, TEXT_LIMITS, examplePolicy, settings } from '../../scripts/policy/schema.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'public/managed_schema.json'), 'utf8'));
const properties = Object.keys(schema.properties);
const templates: Map<string, string> = renderTemplates();

function committed(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? committed(path) : [relative(TEMPLATES_DIR, path).split(sep).join('/')];
  });
}

describe('policy-templates/', () => {
  it('is exactly what the schema produces (run npm run policy-templates after changing the schema)', () => {
    expect(committed(TEMPLATES_DIR).sort()).toEqual([...templates.keys()].sort());
    for (const [path, content] of templates) expect(readFileSync(join(TEMPLATES_DIR, path), 'utf8'), path).toBe(content);
  });

  it.each([...templates.keys()])('%s names every setting in the schema', (path) => {
    for (const name of properties) expect(templates.get(path), name).toContain(name);
  });

  it('covers Group Policy for both browsers, registry, Intune, Linux, macOS and Firefox', () => {
    expect([...templates.keys()].sort()).toEqual([
      'README.md',
      'firefox/policies.json',
      'linux/chrome.json',
      'linux/edge.json',
      'macos/chrome.mobileconfig',
      'macos/edge.mobileconfig',
      'windows/app-password-guide-chrome.admx',
      'windows/app-password-guide-edge.admx',
      'windows/chrome.reg',
      'windows/edge.reg',
      'windows/en-US/app-password-guide-chrome.adml',
      'windows/en-US/app-password-guide-edge.adml',
      'windows/intune-oma-uri.md',
    ]);
  });
});

describe('the templates’ values', () => {
  it('are accepted by the extension unchanged and without a warning', () => {
    const warnings: string[] = [];
    expect(sanitisePolicy(examplePolicy(), (w) => warnings.push(w))).toEqual(EXAMPLES);
    expect(warnings).toEqual([]);
  });

  it('use the extension’s own limits and defaults', () => {
    expect(schema.properties.reviewIntervalDays).toMatchObject({ minimum: REVIEW_INTERVAL_RANGE.min, maximum: REVIEW_INTERVAL_RANGE.max });
    expect(DEFAULTS.reviewIntervalDays).toBe(DEFAULT_SETTINGS.reviewIntervalDays);
    for (const [name, max] of Object.entries<number>(TEXT_LIMITS)) {
      const text = (length: number) => (name === 'helpDeskUrl' ? `https://h.example/${'a'.repeat(length - 18)}` : 'a'.repeat(length));
      expect(sanitisePolicy({ [name]: text(max) }), `${name} at ${max}`).toHaveProperty(name);
      expect(sanitisePolicy({ [name]: text(max + 1) }), `${name} over ${max}`).not.toHaveProperty(name);
    }
  });

  it('put the settings where each browser reads them', () => {
    const linux = JSON.parse(templates.get('linux/chrome.json')!);
    expect(linux['3rdparty'].extensions[PLACEHOLDERS.chromeId]).toEqual(EXAMPLES);
    expect(linux.ExtensionSettings[PLACEHOLDERS.chromeId].installation_mode).toBe('force_installed');
    expect(JSON.parse(templates.get('linux/edge.json')!)['3rdparty'].extensions[PLACEHOLDERS.edgeId]).toEqual(EXAMPLES);
    const firefox = JSON.parse(templates.get('firefox/policies.json')!).policies;
    expect(firefox['3rdparty'].Extensions[GECKO_ID]).toEqual(EXAMPLES);
    expect(firefox.ExtensionSettings[GECKO_ID].install_url).toMatch(/^https:\/\/addons\.mozilla\.org\/.+\.xpi$/);
    expect(templates.get('windows/chrome.reg')).toContain(
      `[HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${PLACEHOLDERS.chromeId}\\policy]`,
    );
    expect(templates.get('windows/edge.reg')).toContain(
      `[HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${PLACEHOLDERS.edgeId}\\policy]`,
    );
    expect(templates.get('macos/chrome.mobileconfig')).toContain(`<string>com.google.Chrome.extensions.${PLACEHOLDERS.chromeId}</string>`);
    expect(templates.get('macos/edge.mobileconfig')).toContain(`<string>com.microsoft.Edge.extensions.${PLACEHOLDERS.edgeId}</string>`);
  });

  it('write macOS profiles that parse as property lists, with name-based (v5) payload UUIDs that are stable', () => {
    for (const file of ['macos/chrome.mobileconfig', 'macos/edge.mobileconfig']) {
      const profile = parsePlist(templates.get(file)!) as { PayloadUUID: string; PayloadContent: Array<Record<string, unknown>> };
      const [payload] = profile.PayloadContent;
      for (const uuid of [profile.PayloadUUID, payload.PayloadUUID as string]) {
        expect(validateUuid(uuid), uuid).toBe(true);
        expect(uuidVersion(uuid), uuid).toBe(5);
      }
      expect(payload.extraLabels).toEqual(EXAMPLES.extraLabels);
    }
    expect(renderTemplates().get('macos/chrome.mobileconfig')).toBe(templates.get('macos/chrome.mobileconfig'));
  });

  it('encode an object setting as JSON text in the registry, where values cannot nest', () => {
    const line = templates.get('windows/chrome.reg')!.split('\r\n').find((l) => l.startsWith('"extraLabels"='))!;
    const text = JSON.parse(line.slice('"extraLabels"='.length).replaceAll('\\"', '"').replace(/^"|"$/g, '').replaceAll('\\\\', '\\'));
    expect(text).toEqual(EXAMPLES.extraLabels);
  });

  it('use the Firefox id the build uses', () => {
    expect(readFileSync(join(ROOT, 'vite.config.ts'), 'utf8')).toContain(`GECKO_ID = '${GECKO_ID}'`);
  });
});

describe('the Group Policy templates', () => {
  it.each(['chrome', 'edge'])('%s: every string and presentation the ADMX uses is in the ADML', (browser) => {
    const admx = templates.get(`windows/app-password-guide-${browser}.admx`)!;
    const adml = templates.get(`windows/en-US/app-password-guide-${browser}.adml`)!;
    const used = (kind: string) => [...admx.matchAll(new RegExp(`\\$\\(${kind}\\.([^)]+)\\)`, 'g'))].map((m) => m[1]);
    for (const id of used('string')) expect(adml, id).toContain(`<string id="${id}">`);
    for (const id of used('presentation')) expect(adml, id).toContain(`<presentation id="${id}">`);
    for (const [, refId] of adml.matchAll(/refId="([^"]+)"/g)) expect(admx, refId).toMatch(new RegExp(`<(decimal|text) id="${refId}"`));
    expect(used('string')).toEqual(expect.arrayContaining(properties));
  });
});

describe('docs/admin-guide.md', () => {
  it('explains every setting and uses the same placeholders and Firefox id as the templates', () => {
    const guide = readFileSync(join(ROOT, 'docs/admin-guide.md'), 'utf8');
    for (const name of properties) expect(guide, name).toContain(`\`${name}\``);
    for (const placeholder of Object.values<string>(PLACEHOLDERS)) expect(guide, placeholder).toContain(placeholder);
    expect(guide).toContain(GECKO_ID);
  });
});

describe('the generator', () => {
  it('writes an organisation’s own ids instead of the placeholders', () => {
    const ids = { chromeId: 'a'.repeat(32), edgeId: 'b'.repeat(32), amoSlug: 'contoso-app-password-guide' };
    for (const [path, content] of renderTemplates(ids) as Map<string, string>) {
      if (path === 'README.md') continue; // it explains the placeholders
      for (const placeholder of Object.values<string>(PLACEHOLDERS)) expect(content, path).not.toContain(placeholder);
    }
  });

  it('refuses a schema setting it has no example for, so a new setting cannot skip the templates', () => {
    expect(() => settings({ properties: { newSetting: { type: 'string', title: 'New', description: 'New.' } } })).toThrow(/newSetting/);
  });
});
