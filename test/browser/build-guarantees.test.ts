/**
 * Guarantees about what we ship, checked on the real build output (this tier runs after the build):
 * exactly the intended permissions and match patterns, no remote or dynamic code, default CSP.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = ['chrome', 'firefox'] as const;
const MATCHES = [
  'https://mysignins.microsoft.com/*',
  'https://myaccount.microsoft.com/*',
  'https://account.activedirectory.windowsazure.com/*',
];

const manifest = (build: string) => JSON.parse(readFileSync(join(ROOT, 'dist', build, 'manifest.json'), 'utf8'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe.each(BUILDS)('the %s build', (build) => {
  const m = manifest(build);

  it('asks for exactly storage, alarms, notifications and scripting, and hosts only the three Microsoft ones', () => {
    expect([...m.permissions].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
    expect(m.optional_permissions).toBeUndefined();
    // scripting: the page report's script, injected only when a report is made (src/background/reports/make.ts);
    // the same hosts the content script already runs on, so no new install warning.
    expect([...m.host_permissions].sort()).toEqual([...MATCHES].sort());
    expect(m.optional_host_permissions).toBeUndefined();
  });

  it('runs content scripts only on the three Microsoft hosts', () => {
    const patterns = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect([...new Set(patterns)].sort()).toEqual([...MATCHES].sort());
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(JSON.stringify(m)).not.toMatch(/"\*:\/\/\*\/\*"|"https:\/\/\*\/\*"/);
  });

  it('accepts no messages from web pages and exposes nothing to them', () => {
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it('keeps the default MV3 content security policy', () => {
    expect(m.content_security_policy).toBeUndefined();
  });

  it('ships no eval, new Function or remote script', () => {
    const shipped = files(join(ROOT, 'dist', build)).filter((f) => /\.(js|html)$/.test(f));
    expect(shipped.length).toBeGreaterThan(2);
    for (const file of shipped) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\beval\s*\(/);
      expect(text, file).not.toMatch(/\bnew\s+Function\s*\(/);
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, file).not.toMatch(/\bimport\s*\(\s*["']https?:/);
    }
  });

  it('ships no way to reach the network: no fetch, XMLHttpRequest, beacon, socket, event stream or worker import', () => {
    for (const file of files(join(ROOT, 'dist', build)).filter((f) => /\.(js|html)$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts|RTCPeerConnection/);
    }
  });
});

describe('the content script on Microsoft\'s page', () => {
  const source = files(join(ROOT, 'src', 'content'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f, readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')] as const);

  it('never clicks, submits, focuses or fires events for the user', () => {
    expect(source.length).toBeGreaterThan(5);
    for (const [file, text] of source) {
      expect(text, file).not.toMatch(/\.(click|submit|requestSubmit|focus|blur|select)\s*\(|dispatchEvent\s*\(|new\s+(Mouse|Keyboard|Pointer|Input)Event/);
    }
  });
});

it('the Chrome build carries the key for a stable id; the Firefox build an id of its own and no data collection', () => {
  expect(manifest('chrome').key).toMatch(/^MIIB/);
  const firefox = manifest('firefox');
  expect(firefox.key).toBeUndefined();
  expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(firefox.background.scripts).toHaveLength(1);
});
