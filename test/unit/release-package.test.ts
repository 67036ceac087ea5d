// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script behind npm run package
import { releaseArchives, writeRelease } from '../../scripts/package.mjs';
// @ts-expect-error: plain ESM script shared with npm run package
import { readZip } from '../../scripts/zip.mjs';

type Archive = { file: string; zip: Buffer };
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A stand-in for `npm run build` output: the packager only copies files and edits manifest.json. */
function fakeBuild(version: string, firefoxVersion = version): string {
  const root = mkdtempSync(join(tmpdir(), 'apg-package-'));
  temps.push(root);
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('dist/chrome/manifest.json', JSON.stringify({ manifest_version: 3, version, key: 'MIIBdevkey' }));
  write('dist/chrome/_locales/en/messages.json', '{}');
  write('dist/chrome/src/content/index.js', 'void 0;');
  write('dist/firefox/manifest.json', JSON.stringify({ manifest_version: 3, version: firefoxVersion, browser_specific_settings: {} }));
  write('dist/firefox/src/content/index.js', 'void 0;');
  return root;
}

const sources = [
  { name: 'package.json', data: '{}' },
  { name: 'BUILDING.md', data: '# Building' },
];
const manifestOf = (archive: Archive) => JSON.parse(readZip(archive.zip).get('manifest.json').toString('utf8'));

describe('npm run package', () => {
  it('names the four archives after the package.json version', () => {
    const archives: Archive[] = releaseArchives({ root: fakeBuild('1.4.2'), version: '1.4.2', sources });
    expect(archives.map((a) => a.file)).toEqual([
      'app-password-guide-1.4.2-chrome-web-store.zip',
      'app-password-guide-1.4.2-edge-add-ons.zip',
      'app-password-guide-1.4.2-firefox-amo.zip',
      'app-password-guide-1.4.2-amo-source.zip',
    ]);
  });

  it('strips the development key from the store uploads and keeps every other file', () => {
    const [chrome, edge, firefox, source] = releaseArchives({ root: fakeBuild('1.0.0'), version: '1.0.0', sources }) as Archive[];
    for (const store of [chrome, edge]) {
      expect([...readZip(store.zip).keys()]).toEqual(['_locales/en/messages.json', 'manifest.json', 'src/content/index.js']);
      expect(manifestOf(store)).toEqual({ manifest_version: 3, version: '1.0.0' });
    }
    expect([...readZip(firefox.zip).keys()]).toEqual(['manifest.json', 'src/content/index.js']);
    expect(manifestOf(firefox).browser_specific_settings).toEqual({});
    expect([...readZip(source.zip).keys()]).toEqual(['package.json', 'BUILDING.md']);
  });

  it('refuses a build whose version is not package.json’s (a stale dist/)', () => {
    expect(() => releaseArchives({ root: fakeBuild('1.0.0'), version: '1.1.0', sources })).toThrow(/dist\/chrome.*1\.0\.0.*1\.1\.0/);
    expect(() => releaseArchives({ root: fakeBuild('1.1.0', '1.0.0'), version: '1.1.0', sources })).toThrow(/dist\/firefox/);
  });

  it('refuses to package without a build', () => {
    const empty = mkdtempSync(join(tmpdir(), 'apg-package-'));
    temps.push(empty);
    expect(() => releaseArchives({ root: empty, version: '1.0.0', sources })).toThrow(/npm run build/);
  });

  it('writes the archives with a checksum list', () => {
    const root = fakeBuild('2.0.0');
    const out = join(root, 'release');
    writeRelease(releaseArchives({ root, version: '2.0.0', sources }), out);
    expect(readdirSync(out).sort()).toEqual([
      'SHA256SUMS',
      'app-password-guide-2.0.0-amo-source.zip',
      'app-password-guide-2.0.0-chrome-web-store.zip',
      'app-password-guide-2.0.0-edge-add-ons.zip',
      'app-password-guide-2.0.0-firefox-amo.zip',
    ]);
    expect(readFileSync(join(out, 'SHA256SUMS'), 'utf8')).toMatch(/^[0-9a-f]{64} {2}app-password-guide-2\.0\.0-chrome-web-store\.zip$/m);
  });
});
