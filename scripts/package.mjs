// `npm run package`: builds both targets, then writes the store uploads into release/ (gitignored):
//   app-password-guide-<version>-chrome-web-store.zip  dist/chrome without the manifest `key`
//   app-password-guide-<version>-edge-add-ons.zip      the same files: Edge takes the Chrome build
//   app-password-guide-<version>-firefox-amo.zip       dist/firefox
//   app-password-guide-<version>-amo-source.zip        every git-tracked file; AMO asks for the source
//                                                      of minified code, and BUILDING.md says how
//   SHA256SUMS                                         so an admin can check what they were handed
// The stores assign their own ids, and the Chrome Web Store and Edge Add-ons refuse a manifest `key`;
// the key stays in dist/chrome so that development builds keep the fixed id.
// `--no-build` packages the existing dist/ (the browser tests use it right after `npm test` built it).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createZip } from './zip.mjs';

export const ROOT = resolve(import.meta.dirname, '..');
export const NAME = 'app-password-guide';

function filesUnder(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    })
    .sort();
}

function distEntries(dir, editManifest) {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${relative(ROOT, dir)} has no build: run npm run build`);
  return filesUnder(dir).map((path) => {
    const name = relative(dir, path).split(sep).join('/');
    if (name !== 'manifest.json') return { name, data: readFileSync(path) };
    const manifest = editManifest(JSON.parse(readFileSync(path, 'utf8')));
    return { name, data: `${JSON.stringify(manifest, null, 2)}\n` };
  });
}

/** Every file git tracks, read from the working tree: what a reviewer needs to rebuild, nothing more. */
export function sourceEntries(root = ROOT) {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  return listed
    .filter((name) => existsSync(join(root, name)) && statSync(join(root, name)).isFile())
    .sort()
    .map((name) => ({ name, data: readFileSync(join(root, name)) }));
}

/**
 * Builds the four archives in memory. Fails when a build's manifest version is not package.json's,
 * which catches a stale dist/ as well as a build that stopped taking the version from package.json.
 * @returns {{ file: string, zip: Buffer }[]}
 */
export function releaseArchives({ root = ROOT, version, sources = sourceEntries(root) }) {
  const checkVersion = (build) => (manifest) => {
    if (manifest.version !== version)
      throw new Error(`dist/${build}/manifest.json has version ${manifest.version}, package.json has ${version}: rebuild`);
    return manifest;
  };
  const storeChrome = distEntries(join(root, 'dist/chrome'), (m) => {
    const { key: _devKey, ...rest } = checkVersion('chrome')(m);
    return rest;
  });
  const firefox = distEntries(join(root, 'dist/firefox'), checkVersion('firefox'));
  const prefix = `${NAME}-${version}`;
  return [
    { file: `${prefix}-chrome-web-store.zip`, zip: createZip(storeChrome) },
    { file: `${prefix}-edge-add-ons.zip`, zip: createZip(storeChrome) },
    { file: `${prefix}-firefox-amo.zip`, zip: createZip(firefox) },
    { file: `${prefix}-amo-source.zip`, zip: createZip(sources) },
  ];
}

export function writeRelease(archives, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const sums = [];
  for (const { file, zip } of archives) {
    writeFileSync(join(outDir, file), zip);
    sums.push(`${createHash('sha256').update(zip).digest('hex')}  ${file}`);
  }
  writeFileSync(join(outDir, 'SHA256SUMS'), `${sums.join('\n')}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  // The source archive holds committed files only; say so rather than ship a surprise to AMO.
  const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim();
  if (dirty) console.warn('Warning: uncommitted changes. The source archive holds tracked files as they are on disk and no untracked ones.');
  const outDir = join(ROOT, 'release');
  const archives = releaseArchives({ version });
  writeRelease(archives, outDir);
  for (const { file, zip } of archives) console.log(`release/${file}  ${(zip.length / 1024).toFixed(1)} KiB`);
}
