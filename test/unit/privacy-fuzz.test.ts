/**
 * Property-based privacy test (issue #12): generated Security info pages, name dialogs and password
 * screens, in several list dialects, with a fresh canary password placed at random — in any kind of
 * element or attribute, inside a message bar, banner, note, toast or dialog, as a row-shaped element
 * beside or inside the list, in the box that replaced the name field or in the name field itself —
 * and changed after it shows (made read-only, disabled, hidden behind a password box, removed). Each
 * case is walked look by look exactly as the content script does (detect, read the facts, capture)
 * with the user typing a real name, typing nothing, or pasting the password by mistake. No fact and
 * no capture message may ever carry the canary in any form; and the names the user typed must still
 * be recorded. A failure prints the seed; FUZZ_SEED=<seed> replays it (test/support/random.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createReporter } from '../../src/content/capture/report';
import { type NameTyping, createNameTyping } from '../../src/content/capture/typed-name';
import { detect } from '../../src/content/detect/detect-step';
import type { PageFacts } from '../../src/content/page-facts';
import { readPageFacts } from '../../src/content/read-facts';
import type { Message } from '../../src/shared/protocol';
import { findCanary } from '../browser/canary-forms';
import { userTypes } from '../fixtures/replica/snapshots';
import { FUZZ_RUNS, FUZZ_SEED, type Random, createRandom } from '../support/random';

const SI = 'https://mysignins.microsoft.com/security-info';
const RUNS = Math.round(FUZZ_RUNS * 0.3);
const NAMES = ['Outlook on laptop', 'Thunderbird', 'Scanner 2', 'Büro-Drucker', 'iPhone mail', 'Printer floor 2'];

afterEach(() => {
  document.body.innerHTML = '';
});

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Where and how the page may show the password: an element of any kind, or an attribute. */
function secretShape(r: Random, secret: string): string {
  const text = r.pick([secret, `Your new app password: ${secret}`, secret.match(/.{4}/g)!.join(' '), secret.match(/.{4}/g)!.join('-')]);
  const t = esc(text);
  return r.pick([
    `<div>${t}</div>`, `<span>${t}</span>`, `<p>${t}</p>`, `<input value="${t}">`, `<input type="text" value="${t}">`,
    `<input readonly value="${t}">`, `<input aria-readonly="true" value="${t}">`, `<textarea>${t}</textarea>`, `<label>${t}</label>`,
    `<h2>${t}</h2>`, `<fieldset><legend>${t}</legend></fieldset>`, `<div role="alert">${t}</div>`, `<div role="status">${t}</div>`,
    `<button>${t}</button>`, `<a href="#">${t}</a>`, `<div aria-label="${t}">••••</div>`, `<div title="${t}">••••</div>`,
    `<table><tr><td>App password</td><td>${t}</td></tr></table>`, `<ul><li>${t}</li></ul>`, `<div role="listitem">${t}</div>`,
    `<div role="row"><span>App password</span><span>${t}</span><button>Delete</button></div>`,
    `<li><span>App password</span><span>${t}</span><button aria-label="Delete App password">Delete</button></li>`,
    `<div><span>App password</span><span>${t}</span><button>Delete</button></div>`,
  ]);
}

/** A container the page might wrap a notice in (or none). */
function wrap(r: Random, inner: string): string {
  return r.pick([
    inner, `<div role="alert">${inner}</div>`, `<div role="status">${inner}</div>`, `<div role="banner">${inner}</div>`,
    `<aside role="note">${inner}</aside>`, `<div class="ms-MessageBar">${inner}</div>`, `<section>${inner}</section>`,
  ]);
}

type Dialect = 'aria' | 'divs' | 'ul' | 'table';

function row(dialect: Dialect, type: string, detail: string, controls: string): string {
  switch (dialect) {
    case 'aria': return `<div role="listitem"><span>${esc(type)}</span><span>${esc(detail)}</span>${controls}</div>`;
    case 'ul': return `<li><span>${esc(type)}</span><span>${esc(detail)}</span>${controls}</li>`;
    case 'table': return `<tr><td>${esc(type)}</td><td>${esc(detail)}</td><td>${controls}</td></tr>`;
    default: return `<div class="r1x"><div class="t9"><div>${esc(type)}</div><div>${esc(detail)}</div></div><div class="a3">${controls}</div></div>`;
  }
}

function list(dialect: Dialect, rows: string[]): string {
  const body = rows.join('');
  return dialect === 'aria' ? `<div role="list">${body}</div>` : dialect === 'ul' ? `<ul>${body}</ul>` : dialect === 'table' ? `<table><tbody>${body}</tbody></table>` : `<div class="l7">${body}</div>`;
}

interface Case {
  secret: string;
  dialect: Dialect;
  apps: string[];
  notices: Array<{ html: string; where: 'before' | 'after' | 'inside' | 'header' }>;
}

function listPage(c: Case, r: Random): void {
  const del = (aria: boolean) => `<button${aria ? ' aria-label="Delete App password"' : ''}>Delete</button>`;
  const rows = [
    row(c.dialect, 'Password', 'Last updated: 2 months ago', '<button>Change</button>'),
    row(c.dialect, 'Phone', '+1 425555XXXX', '<button>Change</button><button>Delete</button>'),
    ...c.apps.map((name) => row(c.dialect, 'App password', name, del(r.next() < 0.5))),
  ];
  const at = (where: string) => c.notices.filter((n) => n.where === where).map((n) => n.html).join('');
  // Inside the list, a notice takes the list's own item shape (HTML would move anything else out of a table).
  const item = (html: string) => (c.dialect === 'table' ? `<tr><td>${html}</td></tr>` : c.dialect === 'ul' ? `<li>${html}</li>` : html);
  if (at('inside')) rows.splice(r.int(0, rows.length), 0, item(at('inside')));
  document.body.innerHTML = `<div id="root"><header role="banner"><span>ada@contoso.com</span>${at('header')}</header>
    <main><h1>Security info</h1><button>+ Add sign-in method</button>${at('before')}${list(c.dialect, rows)}${at('after')}</main></div>`;
}

function layer(html: string): HTMLElement {
  document.querySelector('[role="dialog"]')?.closest('.layer')?.remove();
  const el = document.createElement('div');
  el.className = 'layer';
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

interface Walk {
  facts: PageFacts[];
  messages: Message[];
  typed: string | null;
}

/** One generated case walked look by look, as the content script walks a real page. */
async function walk(r: Random): Promise<Walk & { secret: string }> {
  const secret = Array.from({ length: 16 }, () => String.fromCharCode(97 + r.int(0, 25))).join('');
  const dialect = r.pick<Dialect>(['aria', 'divs', 'ul', 'table']);
  const c: Case = { secret, dialect, apps: r.pick([[], ['Teams'], ['Teams', 'Old phone']]), notices: [] };
  const messages: Message[] = [];
  const reporter = createReporter(async (m) => (messages.push(m), { ok: true }), () => `flow-${messages.length}`);
  const typing: NameTyping = createNameTyping();
  const facts: PageFacts[] = [];
  let previous: PageFacts | null = null;
  const look = () => {
    const { step, view } = detect(document, SI, previous);
    const read = readPageFacts(view, step, typing);
    typing.expect(read.nameField ?? null);
    reporter.report(read);
    facts.push(read);
    previous = read;
  };

  listPage(c, r);
  look();
  // The picker is not generated: the name dialog follows it.
  previous = { step: 'choose-method', url: SI, account: 'ada@contoso.com', appPasswordNames: null, typedName: null };
  reporter.report(previous);

  const prefill = r.next() < 0.15;
  const dialog = layer(`<div role="dialog" aria-modal="true" aria-labelledby="t"><div id="t" role="heading">App password</div>
    <p>Enter a name for the app password.</p><label for="f">Name</label><input id="f" type="text"${prefill ? ` value="${secret}"` : ''}>
    <button>Cancel</button><button class="ms-Button--primary">Next</button></div>`);
  look();
  const field = dialog.querySelector('input')!;
  const act = r.pick(['type', 'type', 'type', 'paste-secret', 'nothing']);
  let typed: string | null = null;
  if (act === 'type') {
    typed = r.pick(NAMES);
    if (prefill && r.next() < 0.5) {
      // The user only adds to what the page put there: none of it is theirs.
      typing.before(field);
      field.value = `${field.value} ${typed}`;
      typing.input(field, ` ${typed}`);
      typed = null;
    } else userTypes(typing, field, typed);
  } else if (act === 'paste-secret') userTypes(typing, field, r.pick([secret, `${secret.slice(0, 8)} ${secret.slice(8)}`, secret.match(/.{4}/g)!.join('-')]));
  look();

  // The password screen: a new dialog, or the same one with the name box reused to show it.
  const reuse = r.next() < 0.3;
  const title = r.next() < 0.2 ? `App password ${secret}` : 'App password';
  const shapes = Array.from({ length: r.int(1, 3) }, () => secretShape(r, secret)).join('');
  let box: Element | null = null;
  if (reuse) {
    dialog.querySelector('label')!.textContent = r.pick(['Password', 'Name', '']);
    field.value = secret;
    if (r.next() < 0.5) field.setAttribute('readonly', '');
    dialog.querySelector('p')!.innerHTML = shapes;
    for (const b of dialog.querySelectorAll('button')) b.remove();
    dialog.querySelector('[role="dialog"]')!.insertAdjacentHTML('beforeend', '<button class="ms-Button--primary">Done</button>');
    box = field;
  } else {
    const shown = layer(`<div role="dialog" aria-modal="true" aria-labelledby="t2"><div id="t2" role="heading">${esc(title)}</div>
      <p>Copy your password.</p><label>Password</label>${shapes}<button>Copy</button><button class="ms-Button--primary">Done</button></div>`);
    box = shown.querySelector('input, textarea') ?? shown.querySelector('p')!.nextElementSibling;
  }
  look();
  for (let i = r.int(0, 3); i > 0; i--) {
    const change = r.pick(['readonly', 'password', 'disabled', 'aria-readonly', 'remove', 'toast', 'more']);
    if (change === 'readonly') box?.setAttribute('readonly', '');
    if (change === 'password') box?.setAttribute('type', 'password');
    if (change === 'disabled') box?.setAttribute('disabled', '');
    if (change === 'aria-readonly') box?.setAttribute('aria-readonly', 'true');
    if (change === 'remove') box?.remove();
    if (change === 'toast') document.body.insertAdjacentHTML('beforeend', `<div role="status">Copied</div>`);
    if (change === 'more') document.querySelector('[role="dialog"]')?.insertAdjacentHTML('beforeend', secretShape(r, secret));
    look();
  }

  // Back on the list, with the new row and notices that repeat the password.
  for (const layerEl of document.querySelectorAll('.layer')) layerEl.remove();
  if (typed) c.apps.push(typed);
  c.notices = Array.from({ length: r.int(0, 3) }, () => ({
    html: wrap(r, secretShape(r, secret)),
    where: r.pick(['before', 'after', 'inside', 'header'] as const),
  }));
  listPage(c, r);
  look();
  look();
  await reporter.idle();
  return { secret, facts, messages, typed };
}

const withoutElements = (f: PageFacts) => ({ ...f, nameField: f.nameField ? 'element' : f.nameField });

describe(`privacy on generated pages (seed ${FUZZ_SEED}, ${RUNS} runs)`, () => {
  it('never lets a canary placed anywhere reach a fact or a capture message, and still records the names typed', async () => {
    const random = createRandom(FUZZ_SEED);
    const leaks: string[] = [];
    let typedRuns = 0;
    let recorded = 0;
    let guided = 0;
    for (let run = 0; run < RUNS; run++) {
      const { secret, facts, messages, typed } = await walk(random);
      const text = JSON.stringify({ facts: facts.map(withoutElements), messages });
      const found = findCanary(secret, text);
      if (found.length) leaks.push(`seed ${FUZZ_SEED}, run ${run}: ${found.join(', ')}\n    ${text.slice(0, 2000)}`);
      if (typed) {
        typedRuns++;
        if (messages.some((m) => JSON.stringify(m.payload).includes(JSON.stringify(typed)))) recorded++;
        else if (process.env.FUZZ_DEBUG) console.log(run, typed, facts.map((f) => `${f.step}:${JSON.stringify(f.appPasswordNames)}:${f.typedName}`).join(' | '), document.body.innerHTML);
        if (messages.some((m) => m.type === 'capture/created' && (m.payload as { name: string }).name === typed)) guided++;
      }
    }
    expect(leaks).toEqual([]);
    // The check is not vacuous: real names typed on these pages are still captured, most through the guided creation.
    expect(typedRuns).toBeGreaterThan(RUNS / 4);
    expect(recorded).toBe(typedRuns);
    expect(guided).toBeGreaterThan(typedRuns / 2);
  }, 300_000);
});
