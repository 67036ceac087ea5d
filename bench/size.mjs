// 1. Injected size: every byte the content script brings into Microsoft's page, raw and gzip -9.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './browser.mjs';

/** gzip -9 of minified JS, as published for each library (for scale; they do no detection at all). */
export const TOUR_LIBRARIES_GZIP_KB = { 'driver.js': 7.5, 'shepherd.js': 16.4, 'intro.js': 20.6 };

export function measureInjectedSize() {
  const manifest = JSON.parse(readFileSync(resolve(DIST, 'manifest.json'), 'utf8'));
  const files = [...new Set(manifest.content_scripts.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
  // A loader that import()s chunks would list them as web-accessible; we expect none.
  const chunks = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources);
  let raw = 0;
  let gzip = 0;
  for (const file of [...files, ...chunks]) {
    const bytes = readFileSync(resolve(DIST, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...files, ...chunks], rawBytes: raw, gzipBytes: gzip, targetGzipBytes: 15 * 1024 };
}
