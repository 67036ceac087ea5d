// @vitest-environment node
/**
 * PRIVACY.md promises to say exactly what is stored. This fails when a record field, a setting, a
 * storage area or a permission exists in the code but not in PRIVACY.md: update the page with the change.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

const ROOT = resolve(import.meta.dirname, '../..');
const privacy = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Field names of an exported interface, read from the source (the type is gone at run time). */
function interfaceFields(path: string, name: string): string[] {
  const body = new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(read(path))?.[1] ?? '';
  return [...body.matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]);
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? sources(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));
}

describe('PRIVACY.md', () => {
  it('lists every field of a record', () => {
    const fields = interfaceFields('src/shared/record.ts', 'AppPasswordRecord');
    expect(fields).toEqual(expect.arrayContaining(['id', 'name', 'account', 'createdAt', 'deletedAt']));
    for (const field of fields) expect(privacy, field).toContain(`\`${field}\``);
  });

  it('lists every user setting', () => {
    for (const key of Object.keys(DEFAULT_SETTINGS)) expect(privacy, key).toContain(`\`${key}\``);
  });

  it('names every storage area the code writes to, and says sync is not used when it is not', () => {
    const code = sources(join(ROOT, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const areas = [...new Set([...code.matchAll(/storage\.(local|session|sync)\b/g)].map((m) => m[1]))];
    for (const area of areas) expect(privacy, area).toContain(`\`storage.${area}\``);
    if (!areas.includes('sync')) expect(privacy).toContain('does not use `storage.sync`');
  });

  it('names exactly the permissions the manifest asks for', () => {
    const { permissions } = JSON.parse(read('manifest.json'));
    const named = /its only permissions are ([^.]+)\./.exec(privacy)?.[1] ?? '';
    expect([...named.matchAll(/`(\w+)`/g)].map((m) => m[1]).sort()).toEqual([...permissions].sort());
  });
});
