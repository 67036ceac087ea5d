/**
 * public/popup-early.js draws the popup's first rows from the background's first-screen summary
 * before the App's code has loaded (issue #18). Its rows must be the App's rows (the same elements,
 * classes, texts and accessible names, without the controls that need the App), and the App's mount
 * must replace them in one render, leaving no row twice.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { FIRST_SCREEN_KEY } from '../../src/shared/first-screen';
import { SETTINGS_KEY } from '../../src/shared/stored';
import { DAY_MS } from '../../src/shared/stale';
import type { AppPasswordRecord } from '../../src/shared/record';
import { startFirstRead } from '../../src/popup/data/first-read';
import { ROWS_FIRST_SCREEN } from '../../src/popup/use-popup-data';
import { mount } from '../../src/popup/mount';
import { fakeBrowser } from '../fakes/browser';
import { freshBackground } from './popup-helpers';

const source = readFileSync(resolve('public/popup-early.js'), 'utf8');
// oxlint-disable-next-line typescript/no-implied-eval
const runEarly = () => new Function(source)();
type Early = { drawn: Promise<boolean> };
const early = () => (globalThis as { __popupEarlyRead?: Early }).__popupEarlyRead!;
/** The popup's page as index.html has it before any script ran (the skeleton in #app). */
const body = /<body>([\s\S]*?)<script type="module"/.exec(readFileSync(resolve('src/popup/index.html'), 'utf8'))![1];

let frames: FrameRequestCallback[] = [];
const realFrame = globalThis.requestAnimationFrame;
const root = () => document.getElementById('app')!;

beforeEach(async () => {
  await freshBackground();
  localStorage.clear();
  location.hash = '';
  document.body.innerHTML = body;
  // The App's first frame stays the first (the rest of the rows and the database read wait for a frame).
  frames = [];
  globalThis.requestAnimationFrame = (callback) => frames.push(callback);
});
afterEach(() => {
  render(null, root());
  globalThis.requestAnimationFrame = realFrame;
  delete (globalThis as { __popupEarlyRead?: Early }).__popupEarlyRead;
});

const now = Date.now();
let next = 0;
function record(over: Partial<AppPasswordRecord>): AppPasswordRecord {
  next++;
  return {
    id: `r${next}`,
    name: `App ${next}`,
    account: 'ada@contoso.com',
    createdAt: now - 10.3 * DAY_MS,
    deletedAt: null,
    firstSeenAt: now - 10.3 * DAY_MS,
    lastReviewedAt: null,
    usedWhere: '',
    notes: '',
    source: 'manual',
    deletedHow: null,
    updatedAt: now,
    ...over,
  };
}

/**
 * An element as tag, sorted attributes and children, adjacent texts joined and empty ones left out
 * (preact may split a text where the early script writes one, and renders `{'' && …}` as an empty
 * text): what a screen reader and the CSS see, without the markup's accidents.
 */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  const attributes = [...element.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  const children: string[] = [];
  let text: string | null = null;
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text = (text ?? '') + child.textContent;
    else {
      if (text) children.push(JSON.stringify(text));
      text = null;
      const inner = shape(child);
      if (inner) children.push(inner);
    }
  }
  if (text) children.push(JSON.stringify(text));
  return `<${element.tagName.toLowerCase()} ${attributes.join(' ')}>${children.join('')}</>`;
}

/** What the early script draws of a group: the App's group without its controls. */
function withoutControls(group: Element): Element {
  const copy = group.cloneNode(true) as Element;
  for (const control of copy.querySelectorAll('.rec-actions > *, form.assign, button.more')) control.remove();
  return copy;
}

/**
 * What takes room beside a row's text: each control's tag, layout classes and caption (the App's
 * buttons, or the early rows' hidden placeholders of them), so the text is laid out the same.
 */
function controlPlaces(row: Element): string[] {
  const layout = new Set(['quick', 'icon-button', 'menu-wrap']);
  return [...row.querySelectorAll('.rec-actions *')]
    .filter((control) => !control.closest('svg'))
    .map((control) => `${control.tagName.toLowerCase()}.${[...control.classList].filter((name) => layout.has(name)).join('.')} ${control.textContent}`);
}

/** What a screen reader says a row is, and what it says of it. */
function heard(row: Element): string[] {
  const name = document.getElementById(row.getAttribute('aria-labelledby')!)?.textContent ?? '';
  const parts = [...row.querySelectorAll('.chip, .sr-only, .where, .notes')].map((part) => part.textContent ?? '');
  return [name, ...parts];
}

/** Runs the early script on the stored summary, then the App as main.tsx does: read, then mount. */
async function openPopup(): Promise<{ drawn: boolean; early: { groups: string[]; rows: string[][]; controls: string[][] } }> {
  runEarly();
  const drawn = await early().drawn;
  const groups = [...root().querySelectorAll('[data-testid="account-group"]')].map((group) => shape(withoutControls(group)));
  const rows = [...root().querySelectorAll('ul.records > li')].map(heard);
  const controls = [...root().querySelectorAll('ul.records > li')].map(controlPlaces);
  await startFirstRead();
  mount(root());
  await expect.poll(() => root().querySelector('header.top')).not.toBeNull();
  return { drawn, early: { groups, rows, controls } };
}

const appGroups = () => [...root().querySelectorAll('[data-testid="account-group"]')];

describe('the popup\'s first rows, drawn before the App loads', () => {
  it('are the App\'s rows: names, states, facts, accessible names, limits; then the App replaces them', async () => {
    const full = Array.from({ length: 40 }, (_, i) =>
      record({ account: 'zoe@contoso.com', name: `Printer ${i}`, lastReviewedAt: i % 3 ? now - 200 * DAY_MS : now - 2 * DAY_MS }),
    );
    const records = [
      record({ name: 'Office scanner', createdAt: now - 120 * DAY_MS, usedWhere: 'Scanner on floor 2', notes: 'Ask IT before deleting' }),
      record({ name: '<img src=x onerror="window.pwned=1">', createdAt: null, firstSeenAt: now - 700 * DAY_MS }),
      record({ name: 'Thunderbird \u202eat home', lastReviewedAt: now - 30 * DAY_MS }),
      record({ name: 'Gone', deletedAt: now - DAY_MS }),
      ...full,
      record({ name: 'Found on the list', account: '' }),
    ];
    await fakeBrowser.storage.local.set({ [FIRST_SCREEN_KEY]: { records, complete: true } });

    const { drawn, early: first } = await openPopup();
    expect(drawn).toBe(true);
    // The first screenful: ada's 3 rows and the first 5 of zoe's; the groups after a "show more" come with the App.
    expect(first.rows).toHaveLength(ROWS_FIRST_SCREEN);
    expect(first.groups).toHaveLength(2);
    expect(first.rows.map((row) => row[0])).toContain('<img src=x onerror="window.pwned=1">');

    // The App, mounted: the same groups and rows (with their controls now), nothing of the early drawing left.
    expect(root().querySelector('[data-early]')).toBeNull();
    expect(root().querySelector('img[src="x"]')).toBeNull();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
    expect(root().querySelectorAll('.inventory')).toHaveLength(1);
    expect(appGroups().slice(0, 2).map((group) => shape(withoutControls(group)))).toEqual(first.groups);
    const rows = [...root().querySelectorAll('ul.records > li')];
    expect(rows.map(heard)).toEqual(first.rows);
    // The early rows kept the room of the App's controls ("Still needed" on the rows due for review, the menu).
    expect(rows.map(controlPlaces)).toEqual(first.controls);
    expect(first.controls.flat()).toContain('button.quick Still needed');
    expect(first.controls.flat()).toContain('button.icon-button ');
    const ids = rows.map((row) => row.getAttribute('data-record-id'));
    expect(new Set(ids).size).toBe(ids.length);
    // The App's controls are on its rows: the early rows had none to press.
    expect(rows.every((row) => row.querySelector('.menu-button'))).toBe(true);
  });

  it('judge "due for review" with the interval the App uses: the policy seen last, else the user\'s setting', async () => {
    const records = [record({ name: 'Twenty days', createdAt: now - 20 * DAY_MS }), record({ name: 'Two days', createdAt: now - 2 * DAY_MS })];
    await fakeBrowser.storage.local.set({ [FIRST_SCREEN_KEY]: { records, complete: true }, [SETTINGS_KEY]: { reviewIntervalDays: 14 } });
    let opened = await openPopup();
    expect(opened.drawn).toBe(true);
    const states = () => [...root().querySelectorAll('[data-testid="state"]')].map((chip) => chip.className);
    expect(states()).toEqual(['chip stale', 'chip ok']);
    expect(opened.early.rows.map((row) => row[1])).toEqual([...root().querySelectorAll('.chip')].map((chip) => chip.textContent));

    render(null, root());
    document.body.innerHTML = body;
    localStorage.setItem('lastPolicy', JSON.stringify({ reviewIntervalDays: 30 }));
    opened = await openPopup();
    expect(opened.early.groups.join()).not.toContain('chip stale');
    expect(states()).toEqual(['chip ok', 'chip ok']);
    expect(appGroups().map((group) => shape(withoutControls(group)))).toEqual(opened.early.groups);
  });

  it('draw nothing the App would not draw at once: settings view, no summary, nothing but records without an account', async () => {
    runEarly();
    expect(await early().drawn).toBe(false);
    expect(root().querySelector('.skeleton-row')).not.toBeNull();

    await fakeBrowser.storage.local.set({ [FIRST_SCREEN_KEY]: { records: [record({ account: '' })], complete: true } });
    runEarly();
    expect(await early().drawn).toBe(false);

    await fakeBrowser.storage.local.set({ [FIRST_SCREEN_KEY]: { records: [record({})], complete: true } });
    location.hash = '#settings';
    runEarly();
    expect(await early().drawn).toBe(false);
    expect(root().querySelector('ul.records')).toBeNull();
  });

  it('leave the App\'s rows alone when the App was first', async () => {
    await fakeBrowser.storage.local.set({ [FIRST_SCREEN_KEY]: { records: [record({ name: 'Only once' })], complete: true } });
    await startFirstRead();
    mount(root());
    await expect.poll(() => root().querySelectorAll('ul.records > li').length).toBe(1);
    runEarly();
    expect(await early().drawn).toBe(false);
    expect(root().querySelectorAll('ul.records > li')).toHaveLength(1);
  });
});
