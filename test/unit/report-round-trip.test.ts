/**
 * Page reports, from the page to a replica and back (issue #15): on every screen of every replica
 * scenario, the report's outline turned back into a page (what `npm run replica` writes) is
 * recognised as the same step, and the report holds none of the names the guide read or typed,
 * and no e-mail address.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/content/detect/detect-step';
import type { PageFacts } from '../../src/content/page-facts';
import { makePageOutline } from '../../src/content/report/make-report';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { replay, sharedWindow } from '../fixtures/replica/snapshots';
import { replicaHtml, replicaPrevious, replicaUrl } from '../fixtures/replica/from-report.mjs';

const window = sharedWindow();
const parser = new (new Window()).DOMParser();

describe.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
  it('round-trips every screen through a report and keeps no name or address', () => {
    const seen: string[] = [];
    const wanted: string[] = [];
    const names = new Set<string>();
    const reports: string[] = [];
    // The report sees the page as the guide's last look did: with that look's own previous look.
    let before: PageFacts | null = null;
    replay(
      scenario,
      ({ label, step, doc, facts }) => {
        for (const n of facts.appPasswordNames ?? []) names.add(n);
        if (facts.typedName) names.add(facts.typedName);
        const report = makePageOutline(doc, facts.url, before, scenario.extraLabels);
        before = facts;
        const json = JSON.stringify(report);
        reports.push(json);
        const copy = parser.parseFromString(replicaHtml(JSON.parse(json)), 'text/html') as unknown as Document;
        const again = detect(copy, replicaUrl(report), replicaPrevious(report, copy), scenario.extraLabels).step;
        seen.push(`${label}: ${step} → report ${report.step} → replica ${again}`);
        wanted.push(`${label}: ${step} → report ${step} → replica ${step}`);
      },
      () => {},
      { window },
    );
    expect(seen).toEqual(wanted);
    for (const json of reports) {
      expect(json).not.toContain('@');
      expect([...names].filter((n) => json.includes(n))).toEqual([]);
    }
  });
});
