/**
 * A page report never holds the new password (issue #15): every create journey of the replica is
 * replayed with the password shown in each of the replica's hostile shapes, followed by each thing
 * a page may do after Copy and each notice that repeats it on the list, and a report is made on
 * every screen; the canary is searched for in every encoding the browser canary test knows.
 */
import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../src/content/page-facts';
import { makePageOutline } from '../../src/content/report/make-report';
import { findCanary, makeCanary } from '../browser/canary-forms';
import { LIST_NOTICES, PASSWORD_BOXES, PASSWORD_THEN } from '../fixtures/replica/password-shapes.mjs';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { replay, sharedWindow } from '../fixtures/replica/snapshots';

const window = sharedWindow();
const creates = SCENARIOS.filter((s) => s.steps.some(([, step]) => step === 'copy-password' || step === 'legacy-copy-password'));
const variants = [
  ...PASSWORD_BOXES.map((passwordBox) => ({ passwordBox })),
  ...PASSWORD_THEN.map((passwordThen) => ({ passwordThen })),
  ...LIST_NOTICES.map((listNotice) => ({ listNotice })),
];

describe('page reports and the new password', () => {
  it('finds create journeys and password shapes to try (a guard against testing nothing)', () => {
    expect(creates.length).toBeGreaterThan(5);
    expect(variants.length).toBeGreaterThan(20);
  });

  it.each(variants.map((v) => [JSON.stringify(v), v] as const))('%s: no report holds the password in any form', (_name, variant) => {
    const canary = makeCanary();
    const found: string[] = [];
    let screens = 0;
    for (const scenario of creates) {
      let before: PageFacts | null = null;
      replay(
        scenario,
        ({ label, doc, facts }) => {
          const json = JSON.stringify(makePageOutline(doc, facts.url, before, scenario.extraLabels));
          before = facts;
          screens++;
          for (const form of findCanary(canary, json)) found.push(`${scenario.name} / ${label}: ${form}`);
        },
        () => {},
        { window, config: { canary, ...variant } },
      );
    }
    expect(screens).toBeGreaterThan(30);
    expect(found).toEqual([]);
  });
});
