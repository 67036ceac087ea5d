/// <reference types="vite/client" />
/**
 * What the content script brings into Microsoft's page (this tier runs after the build): the steps'
 * example screens stay out of it (they are for tests), and it stays within its 15 KB gzip budget.
 * The budget was 10 KB before rows were read by structure and names only from the user's own input
 * (issue #12), and before the loading and other-page steps, the account manager's reading and the
 * panel's report control and "Where will you use it?" field (issues #14, #15, #17; 14.4 KB when all
 * of them landed): robustness costs
 * bytes, but Microsoft's page must still get less than one tour library (shepherd.js is 16.4 KB).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Examples } from '../../src/content/detect/example';

const ROOT = resolve(import.meta.dirname, '../..');
const modules = import.meta.glob<{ examples: () => Examples }>('../../src/content/detect/steps/*.ts', { eager: true });
const names = Object.values(modules).flatMap((m) => m.examples().map((e) => e.name));

describe.each(['chrome', 'firefox'] as const)('the %s content script', (build) => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', build, 'manifest.json'), 'utf8'));
  const files: string[] = [...new Set<string>(manifest.content_scripts.flatMap((c: { js: string[] }) => c.js))];
  const code = files.map((f) => readFileSync(join(ROOT, 'dist', build, f), 'utf8')).join('\n');

  it('ships none of the steps’ example screens', () => {
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((name) => code.includes(name))).toEqual([]);
  });

  it('leaves the page report’s outline to its own script, injected only when a report is made', () => {
    // The outline's masks (⟦…⟧) and entry live in src/content/report, built as its own file.
    expect(code).not.toContain('⟦');
    expect(code).not.toContain('outlineThisPage');
    const report = readFileSync(join(ROOT, 'dist', build, 'src/content/report/index.js'), 'utf8');
    expect(report).toContain('outlineThisPage');
    expect(report).toMatch(/^var appPasswordGuideReport=/);
  });

  it('stays within 15 KB gzip -9', () => {
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(15 * 1024);
  });
});
