/**
 * Replica pages made from page reports with `npm run replica -- report.json` (README, contributing):
 * each must be recognised as the step the guide recognised when the report was made. Add the line
 * the script prints to FIXTURES; a report from the field becomes a regression test.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/content/detect/detect-step';
import type { StepId } from '../../src/shared/steps';
import { replicaPrevious } from '../fixtures/replica/from-report.mjs';

interface Fixture {
  file: string;
  url: string;
  step: StepId;
  previous: { step: StepId; names: string[] | null } | null;
  /** IT's extra labels, when the report came from a tenant that set them. */
  extraLabels?: Record<string, string[]>;
}

const FIXTURES: Fixture[] = [
  // Made from reports on the project's own replica screens, as examples of the script's output.
  {"file":"created-2026-12-01-3f2a9c1e.html","url":"https://mysignins.microsoft.com/security-info","step":"created","previous":{"step":"copy-password","names":["⟦name-1⟧","⟦name-2⟧"]}},
  {"file":"legacy-copy-password-2026-12-01-3f2a9c1e.html","url":"https://account.activedirectory.windowsazure.com/AppPasswords.aspx","step":"legacy-copy-password","previous":{"step":"legacy-name","names":["⟦name-1⟧","⟦name-2⟧"]}},
  {"file":"name-2026-12-01-3f2a9c1e.html","url":"https://mysignins.microsoft.com/security-info","step":"name","previous":{"step":"choose-method","names":["⟦name-1⟧","⟦name-2⟧"]}},
];

const DIR = resolve(import.meta.dirname, '../fixtures/reports');
const parser = new (new Window()).DOMParser();

describe('replicas made from page reports', () => {
  it.each(FIXTURES.map((f) => [f.file, f] as const))('%s is recognised as the reported step', (_file, fixture) => {
    const doc = parser.parseFromString(readFileSync(join(DIR, fixture.file), 'utf8'), 'text/html') as unknown as Document;
    const previous = replicaPrevious({ previous: fixture.previous } as never, doc);
    expect(detect(doc, fixture.url, previous, fixture.extraLabels).step).toBe(fixture.step);
  });
});
