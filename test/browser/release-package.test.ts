/**
 * `npm run package` on the real build (this tier runs right after it): the store uploads hold exactly
 * the built files, the Chrome/Edge manifest loses only its development key, versions follow
 * package.json, and the AMO source archive holds what BUILDING.md needs to rebuild.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script behind npm run package
import { releaseArchives } from '../../scripts/package.mjs';
// @ts-expect-error: plain ESM script shared with npm run package
import { readZip } from '../../scripts/zip.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const archives: { file: string; zip: Buffer }[] = releaseArchives({ version });
const unpacked = (suffix: string): Map<string, Buffer> => readZip(archives.find((a) => a.file.endsWith(suffix))!.zip);

function built(build: string): Map<string, Buffer> {
  const dir = join(ROOT, 'dist', build);
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return new Map(walk(dir).map((f) => [relative(dir, f).split(sep).join('/'), readFileSync(f)]));
}
const json = (data: Buffer | undefined) => JSON.parse(data!.toString('utf8'));

describe.each(['chrome-web-store.zip', 'edge-add-ons.zip'])('the %s upload', (suffix) => {
  const files = unpacked(suffix);
  const dist = built('chrome');

  it('holds every built file unchanged except the manifest', () => {
    expect([...files.keys()].sort()).toEqual([...dist.keys()].sort());
    for (const [name, data] of dist) if (name !== 'manifest.json') expect(files.get(name)!.equals(data), name).toBe(true);
  });

  it('drops only the development key, which the stores refuse and replace with their own id', () => {
    const { key, ...rest } = json(dist.get('manifest.json'));
    expect(key).toMatch(/^MIIB/);
    expect(json(files.get('manifest.json'))).toEqual(rest);
    expect(rest.version).toBe(version);
  });
});

describe('the addons.mozilla.org upload', () => {
  it('is the Firefox build as built, with its gecko id and no data collection', () => {
    const files = unpacked('firefox-amo.zip');
    const dist = built('firefox');
    expect([...files.keys()].sort()).toEqual([...dist.keys()].sort());
    for (const [name, data] of dist) expect(files.get(name)!.equals(data), name).toBe(true);
    const manifest = json(files.get('manifest.json'));
    expect(manifest.version).toBe(version);
    expect(manifest.browser_specific_settings.gecko.id).toBe('app-password-guide@extensions.example.org');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('the AMO source archive', () => {
  const files = unpacked('amo-source.zip');

  it('has what the build instructions need, at the same version', () => {
    for (const name of ['BUILDING.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'scripts/locales.mjs'])
      expect(files.has(name), name).toBe(true);
    expect(json(files.get('package.json')).version).toBe(version);
    expect(files.get('BUILDING.md')!.toString('utf8')).toContain('npm ci');
  });

  it('holds no installed packages, builds or packages', () => {
    const names = [...files.keys()];
    expect(names.filter((n) => /^(node_modules|dist|release|\.test-reports)\//.test(n))).toEqual([]);
  });
});
