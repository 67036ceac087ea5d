/**
 * Detection is a pure package: it imports nothing from the rest of the content script, touches no
 * browser global, and only dom.ts (the readers) and view.ts (the snapshot) look at the document.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DETECT = join(ROOT, 'src/content/detect');
const SHARED = join(ROOT, 'src/shared');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const sources = files(DETECT).map((path) => ({ path, name: relative(DETECT, path), text: readFileSync(path, 'utf8') }));
/** The code without comments, so a comment that mentions `document` is not a reading of it. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

describe('src/content/detect', () => {
  it('finds its sources (a guard against the scan matching nothing)', () => {
    expect(sources.map((s) => s.name)).toEqual(expect.arrayContaining(['view.ts', 'dom.ts', 'registry.ts', 'steps/deleted.ts']));
  });

  it.each(sources.map((s) => [s.name, s] as const))('%s imports only detect/ and src/shared/', (_name, source) => {
    const outside = [...source.text.matchAll(/\bfrom\s+'([^']+)'/g)]
      .map(([, spec]) => spec)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolve(source.path, '..', spec))
      .filter((target) => !target.startsWith(DETECT + '/') && !target.startsWith(SHARED + '/'));
    expect(outside.map((t) => relative(ROOT, t))).toEqual([]);
  });

  it.each(sources.filter((s) => !['dom.ts', 'view.ts'].includes(s.name)).map((s) => [s.name, s] as const))(
    '%s reads the page only through the View',
    (_name, source) => {
      expect(code(source.text)).not.toMatch(/\.doc\b|\bdocument\b|\bwindow\b|\blocation\b|querySelector/);
    },
  );
});
