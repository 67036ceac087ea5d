/**
 * Rows come only from the list, and a name field is a box the user can type a name into (issues #12,
 * #14, #16): rows are found by structure whatever their markup; a lone element outside the list
 * (a message bar, a banner, a table in a notice or dialog, an alert) is never a row; hidden elements
 * never count against the cap, and past it the list is unknown, not empty; a name that cannot be a
 * record skips its row, not the list; a box shown read-only in any way is not a field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createNameTyping } from '../../src/content/capture/typed-name';
import { detect } from '../../src/content/detect/detect-step';
import { MAX_LIST_ROWS } from '../../src/content/detect/dom';
import { readPageFacts } from '../../src/content/read-facts';

const SI = 'https://mysignins.microsoft.com/security-info';
const LEGACY = 'https://account.activedirectory.windowsazure.com/AppPasswords.aspx';
const CANARY = 'qzvxkwtrplmnbhgf';

afterEach(() => {
  document.body.innerHTML = '';
});

let serial = 0;
/** A generated class name, different for every element, as CSS-in-JS dialects make them. */
const gen = () => `css-${(serial += 37).toString(36)}x`;

function page(main: string, layers = ''): void {
  document.body.innerHTML = `<div id="root"><header><span>ada@contoso.com</span></header><main><h1>Security info</h1>
    <button class="${gen()}">+ Add sign-in method</button>${main}</main></div>${layers}`;
}

const divRow = (type: string, detail: string, controls = '<button>Delete</button>') =>
  `<div class="${gen()}"><div class="${gen()}">${type}</div><div class="${gen()}">${detail}</div><div class="${gen()}">${controls}</div></div>`;
const METHODS = divRow('Password', 'Last updated: 2 months ago', '<button>Change</button>') + divRow('Phone', '+1 425555XXXX');

function look(url = SI, previous: Parameters<typeof detect>[2] = null, extra?: Record<string, string[]>) {
  const { step, view } = detect(document, url, previous, extra);
  return { step, view, names: readPageFacts(view, step, createNameTyping()).appPasswordNames };
}

describe('rows by structure', () => {
  it('reads rows that are plain divs with generated class names and no list roles', () => {
    page(`<div class="${gen()}">${METHODS}${divRow('App password', 'Outlook on laptop')}${divRow('App password', 'Scanner')}</div>`);
    const { step, names, view } = look();
    expect(step).toBe('security-info');
    expect(names).toEqual(['Outlook on laptop', 'Scanner']);
    expect(view.methodRowCount).toBe(4);
  });

  it('reads App password rows without a Delete (the admin turned management off) beside rows that have one', () => {
    page(`<div>${METHODS}${divRow('App password', 'Old client', '')}</div>`);
    expect(look().names).toEqual(['Old client']);
  });

  it('keeps reading role-based lists and the legacy table with a single row', () => {
    page(`<div role="list"><div role="listitem"><span>App password</span><span>Teams</span><button>Delete</button></div></div>`);
    expect(look().names).toEqual(['Teams']);
    document.body.innerHTML = `<h1>App passwords</h1><button>Create</button><table><thead><tr><th>Name</th><th>Date created</th><th></th></tr></thead>
      <tbody><tr><td>Old mail client</td><td>3/14/2024</td><td><a href="#">Delete</a></td></tr></tbody></table>`;
    expect(look(LEGACY).names).toEqual(['Old mail client']);
  });

  it('reads rows in a language only IT knows, through its extra labels', () => {
    page(`<div>${METHODS.replaceAll('Delete', 'Ta bort')}${divRow('Applösenord', 'Skrivare', '<button>Ta bort</button>')}</div>`);
    expect(look(SI, null, { appPassword: ['Applösenord'], delete: ['Ta bort'] }).names).toEqual(['Skrivare']);
  });

  const LIST = `<div role="list">${METHODS}${divRow('App password', 'Outlook on laptop')}</div>`;
  it.each([
    ['a message bar as a list item', `<ul><li>Your new app password: ${CANARY}</li></ul>`],
    ['a message bar with role listitem and a control', `<div role="listitem"><span>Your new app password: ${CANARY}</span><button>Dismiss</button></div>`],
    ['a lone element shaped like a row', `<div role="listitem"><span>App password</span><span>Notice</span><button aria-label="Delete App password">Delete</button></div>`],
    ['a table row in a banner', `<div role="banner"><table><tr><td>App password</td><td>${CANARY}</td><td><button>Delete</button></td></tr></table></div>`],
    ['a row in an alert', `<div role="alert"><div role="row"><span>App password</span><span>${CANARY}</span><button>Delete</button></div></div>`],
    ['a list in a status', `<div role="status"><ul><li><span>App password</span><span>${CANARY}</span><button>Delete</button></li></ul></div>`],
    ['a table in a note', `<aside role="note"><table><tr><td>App password</td><td>${CANARY}</td><td><button>Delete</button></td></tr></table></aside>`],
  ])('never reads %s as a row', (_label, notice) => {
    page(notice + LIST);
    const { names, step } = look();
    expect(step).toBe('security-info');
    expect(names).toEqual(['Outlook on laptop']);
  });

  it('never reads a table in a dialog as rows of the list', () => {
    page(LIST, `<div role="dialog" aria-label="Created"><table><tr><td>App password</td><td>Notice</td><td><button>Delete</button></td></tr></table></div>`);
    expect(look().view.appPasswordRows.map((r) => r.name)).toEqual(['Outlook on laptop']);
  });

  it('skips a row whose name is shaped like an app password or too long, and keeps the rest of the list', () => {
    page(`<div>${METHODS}${divRow('App password', `Your new app password: ${CANARY}`)}${divRow('App password', 'x'.repeat(257))}${divRow('App password', 'Teams')}</div>`);
    expect(look().names).toEqual(['Teams']);
  });

  it('drops hidden elements before the cap: a hidden menu of 450 items does not empty the list', () => {
    const menu = `<div hidden><ul>${'<li><a href="#">Item</a></li>'.repeat(450)}</ul></div>`;
    page(menu + LIST);
    const { step, names } = look(SI, { step: 'security-info', appPasswordNames: ['Outlook on laptop'], typedName: null });
    expect(names).toEqual(['Outlook on laptop']);
    expect(step).toBe('security-info');
  });

  it('past the cap, the list is unknown (null), never empty, and no row is taken as deleted', () => {
    page(`<div role="list">${divRow('App password', 'Row').repeat(MAX_LIST_ROWS + 1)}</div>`);
    const { step, names, view } = look(SI, { step: 'security-info', appPasswordNames: ['Outlook on laptop'], typedName: null });
    expect(view.rowsUnknown).toBe(true);
    expect(names).toBeNull();
    expect(step).not.toBe('deleted');
  });
});

describe('name fields', () => {
  const dialog = (box: string) =>
    `<div role="dialog" aria-modal="true"><h2>App password</h2><label for="n">Name</label>${box}<button class="ms-Button--primary">Next</button><button>Cancel</button></div>`;
  it.each([
    ['readonly', `<input id="n" readonly value="${CANARY}">`],
    ['aria-readonly', `<input id="n" aria-readonly="true" value="${CANARY}">`],
    ['type=password', `<input id="n" type="password" value="${CANARY}">`],
    ['disabled', `<input id="n" disabled value="${CANARY}">`],
    ['aria-disabled', `<input id="n" aria-disabled="true" value="${CANARY}">`],
    ['a disabled fieldset', `<fieldset disabled><input id="n" value="${CANARY}"></fieldset>`],
    ['a textarea', `<textarea id="n">${CANARY}</textarea>`],
    ['a box labelled Password', `<input aria-label="Password" value="${CANARY}">`],
  ])('a box marked %s is not a field', (_label, box) => {
    page('', dialog(box));
    expect(look().view.fields).toEqual([]);
  });

  it('an untyped or text input the user can edit is one', () => {
    page('', dialog('<input id="n">'));
    const { step, view } = look(SI, { step: 'choose-method', appPasswordNames: null, typedName: null });
    expect(view.fields).toHaveLength(1);
    expect(step).toBe('name');
  });
});

describe('the name step after the name step', () => {
  const box = (extra = '') => `<div role="dialog" aria-modal="true"><div>${extra}</div><input value="${CANARY}"><button class="ms-Button--primary">OK</button></div>`;

  it('needs the same name field as the look before: a box drawn in its place is not it', () => {
    page('', box());
    const first = look(SI, { step: 'name', appPasswordNames: null, typedName: 'Outlook' });
    const field = first.view.fields[0];
    // One field, a primary button and "the name step came before": not enough on their own.
    expect(first.step).not.toBe('name');
    // The same element as the previous name field: still the name step.
    expect(look(SI, { step: 'name', appPasswordNames: null, typedName: 'Outlook', nameField: field }).step).toBe('name');
    // Another element in its place (the password shown in an editable box): not the name step.
    page('', box());
    expect(look(SI, { step: 'name', appPasswordNames: null, typedName: 'Outlook', nameField: field }).step).not.toBe('name');
  });

  it('is never a dialog with "Done" (the password screen), whatever its box', () => {
    page('', `<div role="dialog" aria-modal="true"><h2>App password</h2><label>Name</label><input value="${CANARY}"><button class="ms-Button--primary">Done</button></div>`);
    expect(look(SI, { step: 'choose-method', appPasswordNames: null, typedName: null }).step).not.toBe('name');
  });
});
