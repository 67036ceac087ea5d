// Runs as npm's `version` hook: `npm version patch|minor|major` bumps package.json, then this copies
// the version into manifest.json so the commit npm makes carries both. The build takes the version
// from package.json anyway; this keeps the source manifest from telling a reader something else.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isBrowserVersion } from './version.mjs';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
if (!isBrowserVersion(version)) {
  console.error(`package.json version "${version}" is not one browsers accept (1 to 4 dot-separated numbers, no "-beta"): use npm version patch|minor|major.`);
  process.exit(1);
}
const path = resolve(root, 'manifest.json');
const text = readFileSync(path, 'utf8');
const next = text.replace(/("version"\s*:\s*)"[^"]*"/, `$1"${version}"`);
if (next === text && !text.includes(`"version": "${version}"`)) {
  console.error('manifest.json has no "version" field to update.');
  process.exit(1);
}
writeFileSync(path, next);
console.log(`manifest.json version ${version}`);
