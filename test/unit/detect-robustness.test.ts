import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { replay } from '../fixtures/replica/snapshots';
import { detect } from '../../src/content/detect/detect-step';
import { MAX_LIST_ROWS } from '../../src/content/detect/dom';
import { readPageFacts } from '../../src/content/read-facts';
import { createNameTyping } from '../../src/content/capture/typed-name';

const swedish = SCENARIOS.find((s) => s.config?.lng === 'sv')!;
const create = SCENARIOS.find((s) => s.name === 'create, 2024 picker, en')!;

describe('detection without a matching label', () => {
  // Without the row labels it cannot tell an App password row from another method, so "created" and
  // "deleted" fall back to the plain list: still true, just less specific.
  const fallback: Record<string, string> = { created: 'security-info', deleted: 'security-info' };

  it('never names a wrong step in a language it does not know (it says unfamiliar instead)', () => {
    const wrong: string[] = [];
    let right = 0;
    replay({ ...swedish, extraLabels: undefined }, ({ label, step, expected }) => {
      if (step === expected) right++;
      else if (step !== 'unfamiliar' && fallback[expected] !== step) wrong.push(`${label}: ${step} instead of ${expected}`);
    });
    expect(wrong).toEqual([]);
    expect(right).toBeGreaterThanOrEqual(1);
  });
});

describe('page facts', () => {
  it('reads the account, the App password names and the typed name, and on the password step only the name typed before', () => {
    const facts: Record<string, unknown> = {};
    replay(create, ({ step, facts: f }) => {
      facts[step] = { account: f.account, names: f.appPasswordNames, typed: f.typedName };
    });
    expect(facts['security-info']).toEqual({ account: 'ada@contoso.com', names: ['Outlook on laptop', 'Scanner in the office'], typed: null });
    expect(facts['name']).toMatchObject({ typed: 'Outlook on phone' });
    // The name the user finished typing (their own input events, kept by the typing tracker), so a
    // "Next" faster than the look after the last keystroke still records it whole.
    expect(facts['copy-password']).toMatchObject({ typed: 'Outlook on phone' });
    expect(facts['created']).toMatchObject({ names: ['Outlook on laptop', 'Scanner in the office', 'Outlook on phone'] });
  });

  it('reads rows that cannot be deleted (admin turned management off)', () => {
    const names: unknown[] = [];
    replay(SCENARIOS.find((s) => s.config?.admin === 'manage-off')!, ({ facts }) => names.push(facts.appPasswordNames));
    expect(names).toEqual([['Outlook on laptop', 'Scanner in the office']]);
  });

  it('detects every password screen with the password element made unreadable', () => {
    const trap = (doc: Document) => {
      for (const el of doc.querySelectorAll('[data-r="password"]:not([data-trapped])')) {
        el.setAttribute('data-trapped', '');
        for (const prop of ['textContent', 'innerText', 'innerHTML', 'outerHTML', 'value']) {
          Object.defineProperty(el, prop, { get: () => { throw new Error(`read ${prop} of the password`); } });
        }
        for (const node of el.childNodes) {
          for (const prop of ['textContent', 'data', 'nodeValue', 'wholeText']) {
            Object.defineProperty(node, prop, { get: () => { throw new Error(`read ${prop} of the password`); } });
          }
        }
      }
    };
    const steps: string[] = [];
    for (const scenario of SCENARIOS.filter((s) => /create|legacy verification/.test(s.name))) {
      replay(scenario, ({ step }) => steps.push(step), trap);
    }
    expect(steps).toContain('copy-password');
    expect(steps).toContain('legacy-copy-password');
  });
});

describe('a page with far more rows than any list of Microsoft\'s', () => {
  it('is not read row by row, and capture learns no App password names from it', () => {
    document.body.innerHTML = `<header><span>ada@contoso.com</span></header><main><h1>Security info</h1>
      <button>Add sign-in method</button><div role="list">${'<div role="listitem"><span>App password</span><span>Row</span><button>Delete</button></div>'.repeat(MAX_LIST_ROWS + 1)}</div></main>`;
    const { step, view } = detect(document, 'https://mysignins.microsoft.com/security-info');
    expect(view.appPasswordRows).toEqual([]);
    expect(readPageFacts(view, step, createNameTyping()).appPasswordNames).toBeNull();
    document.body.innerHTML = '';
  });
});
