/**
 * The structural half of the privacy promise: on the screen that shows a new password, the code the
 * content script runs there (detection, the page readers, capture, reporting) never touches the
 * element that holds or shows it. The password elements get traps on every way of reading them; any
 * access fails the test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detect } from '../../src/content/detect/detect-step';
import { readPageFacts } from '../../src/content/read-facts';
import { createReporter } from '../../src/content/capture/report';
import { createNameTyping } from '../../src/content/capture/typed-name';
import type { Message } from '../../src/shared/protocol';

const SI = 'https://mysignins.microsoft.com/security-info';
const SECRET = 'qzvkxwjmtrplhbnd';
const READS = ['value', 'defaultValue', 'textContent', 'innerText', 'outerText', 'innerHTML', 'outerHTML', 'childNodes', 'firstChild', 'lastChild', 'children', 'firstElementChild', 'nodeValue', 'data', 'wholeText', 'selectionStart', 'selectionEnd'];
const CALLS = ['hasChildNodes', 'cloneNode', 'select', 'setSelectionRange', 'querySelector', 'querySelectorAll', 'getElementsByTagName', 'checkVisibility', 'getBoundingClientRect'];

/** Replaces every way of reading `node` with a trap that records who touched what. */
function trap(node: Node, label: string, touched: string[]): void {
  for (const key of READS) {
    Object.defineProperty(node, key, { configurable: true, get: () => void touched.push(`${label}.${key}`) });
  }
  for (const key of CALLS) {
    Object.defineProperty(node, key, { configurable: true, value: () => void touched.push(`${label}.${key}()`) });
  }
  // Selector matching asks for role, type, class and the like; only the value attribute holds the secret.
  if (node instanceof Element) {
    for (const key of ['getAttribute', 'getAttributeNode'] as const) {
      const original = node[key].bind(node);
      Object.defineProperty(node, key, {
        configurable: true,
        value: (name: string) => (name.toLowerCase() === 'value' ? void touched.push(`${label}.${key}(value)`) : original(name)),
      });
    }
  }
}

/** The replica's list, then its password dialog as Microsoft renders it: a read-only field and the text. */
function copyPasswordScreen(): { touched: string[]; field: Element; shown: Element } {
  const html = readFileSync(resolve('test/fixtures/pages/inventory-security-info.html'), 'utf8');
  document.documentElement.innerHTML = html.replace(/<script>[\s\S]*<\/script>/, '').replace(/^[\s\S]*?<html[^>]*>/, '');
  document.querySelector('#rows')!.innerHTML =
    '<div role="listitem"><span>App password</span><span>Teams</span><button>Delete</button></div>';
  const layer = document.createElement('div');
  layer.innerHTML = `<div role="dialog" aria-modal="true"><h2>App password</h2>
    <p>Copy your password below. You will not be able to see it again.</p><label>Password</label>
    <input id="TextField20" type="text" readonly value="${SECRET}"><div class="password-text">${SECRET}</div>
    <button>Done</button></div>`;
  document.body.append(layer);
  const touched: string[] = [];
  const field = document.querySelector('#TextField20')!;
  const shown = document.querySelector('.password-text')!;
  const text = shown.firstChild!;
  trap(field, 'password field', touched);
  trap(shown, 'password text', touched);
  trap(text, 'password text node', touched);
  return { touched, field, shown };
}

afterEach(() => {
  document.documentElement.innerHTML = '';
});

describe('capture on the password screen', () => {
  it('reads the step and sends the creation without touching the password elements', async () => {
    const sent: Message[] = [];
    const reporter = createReporter(async (m) => (sent.push(m), { ok: true }), () => 'flow-1');
    // The naming screen before it: the only field capture reads is the editable name field.
    reporter.report({ step: 'name', url: SI, account: 'ada@contoso.com', appPasswordNames: null, typedName: 'Outlook' });

    const { touched } = copyPasswordScreen();
    // Exactly what the content script does on every change: detect, then read the facts.
    const { step, view } = detect(document, SI, { step: 'name', appPasswordNames: null, typedName: 'Outlook' });
    const facts = readPageFacts(view, step, createNameTyping());
    reporter.report(facts);
    await reporter.idle();

    expect(touched).toEqual([]);
    expect(facts).toEqual({ step: 'copy-password', url: SI, account: 'ada@contoso.com', appPasswordNames: ['Teams'], typedName: null });
    expect(sent).toEqual([{ type: 'capture/created', payload: { flowId: 'flow-1', name: 'Outlook', account: 'ada@contoso.com' } }]);
    expect(JSON.stringify(sent)).not.toContain(SECRET);
  });

  it('records the name the user finished typing when the password screen replaced the name screen before a look saw their last keystrokes', async () => {
    const sent: Message[] = [];
    const reporter = createReporter(async (m) => (sent.push(m), { ok: true }), () => 'flow-1');
    const typing = createNameTyping();
    document.body.innerHTML = `<header>ada@contoso.com</header><div role="dialog" aria-modal="true"><h2>App password</h2>
      <label for="n">Name</label><input id="n" type="text"><button>Cancel</button><button class="ms-Button--primary">Next</button></div>`;
    const name = document.querySelector<HTMLInputElement>('#n')!;
    const type = (text: string) => {
      typing.before(name);
      name.value += text;
      typing.input(name, text);
    };
    const look = (previous: Parameters<typeof detect>[2]) => {
      const { step, view } = detect(document, SI, previous);
      const read = readPageFacts(view, step, typing);
      typing.expect(read.nameField ?? null);
      reporter.report(read);
      return read;
    };
    const seen = look({ step: 'choose-method', appPasswordNames: null, typedName: null });
    type('Outlook on lap');
    const named = look(seen);
    expect(named).toMatchObject({ step: 'name', typedName: 'Outlook on lap' });
    // The last keystrokes, then "Next" at once: the next look already sees the password screen.
    type('top');
    document.body.innerHTML = '';
    const { touched } = copyPasswordScreen();
    const shown = look(named);
    await reporter.idle();

    expect(touched).toEqual([]);
    expect(shown).toMatchObject({ step: 'copy-password', typedName: 'Outlook on laptop' });
    expect(sent).toEqual([{ type: 'capture/created', payload: { flowId: 'flow-1', name: 'Outlook on laptop', account: 'ada@contoso.com' } }]);
  });

  it('has traps that do fire, so the test above can fail', () => {
    const { touched, field, shown } = copyPasswordScreen();
    // Each read below goes through a trap, as capture's would.
    Reflect.get(field, 'value');
    Reflect.get(shown, 'textContent');
    field.getAttribute('value');
    field.getAttribute('type');
    expect(touched).toEqual(['password field.value', 'password text.textContent', 'password field.getAttribute(value)']);
  });
});

describe('capture code, read as text', () => {
  it('never asks for a password-type or read-only element, nor reads any value except the name field the user typed in', () => {
    const files = ['capture/capture-messages.ts', 'capture/report.ts', 'capture/typed-name.ts', 'read-facts.ts'];
    for (const file of files) {
      const source = readFileSync(resolve('src/content', file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
        // Selectors that exclude password and read-only fields are what keeps them out of reach.
        .replace(/:not\([^)]*\)/g, '');
      expect(source, file).not.toMatch(/type=["']?password["']?\]|\[readonly\]|readOnly|innerHTML|innerText|outerHTML/);
      const valueReads = source.match(/\.value\b/g) ?? [];
      // The one value read: the expected name field's, inside a trusted input event (typed-name.ts).
      expect(valueReads.length, file).toBe(file === 'capture/typed-name.ts' ? 1 : 0);
    }
  });
});
