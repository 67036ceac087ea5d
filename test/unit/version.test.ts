// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper shared with scripts/sync-manifest-version.mjs
import { isBrowserVersion } from '../../scripts/version.mjs';

const read = (file: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8'));

describe('the version', () => {
  it('is set in package.json and mirrored in manifest.json (npm version runs the sync)', () => {
    expect(read('manifest.json').version).toBe(read('package.json').version);
  });

  it('is one every browser accepts', () => {
    expect(isBrowserVersion(read('package.json').version)).toBe(true);
  });

  it('accepts dotted numbers only', () => {
    for (const ok of ['1', '0.1.0', '1.2.3.4', '65535.0.0']) expect(isBrowserVersion(ok), ok).toBe(true);
    for (const bad of ['1.2.0-beta.1', '1.2.3.4.5', '01.2.0', '65536.0', '', '1..2', 'v1.0.0'])
      expect(isBrowserVersion(bad), bad).toBe(false);
  });
});
