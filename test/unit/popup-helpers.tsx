/**
 * Renders the real popup into happy-dom, with its messages going through the real router and
 * handlers (fake-indexeddb, fake storage): the popup and the background tested together.
 */
import { render } from 'preact';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { App } from '../../src/popup/App';
import { route } from '../../src/background/router';
import { closeDatabase } from '../../src/background/inventory/db';
import { reloadPolicy } from '../../src/background/settings/policy';
import { addRecord } from '../../src/background/inventory/records-store';
import type { NewRecordInput } from '../../src/shared/messages/inventory';
import { DAY_MS } from '../../src/shared/stale';
import { fakeBrowser, resetFakeBrowser } from '../fakes/browser';
import { OWN, POPUP } from '../support/senders';

export async function freshBackground(): Promise<void> {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  await resetFakeBrowser();
  await reloadPolicy();
  fakeBrowser.runtime.sendMessage = (message: unknown) => route(message, POPUP, OWN);
}

export async function seed(count: number, over: (i: number) => Partial<NewRecordInput> = () => ({})) {
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    await addRecord({ name: `App ${String(i).padStart(5, '0')}`, account: 'ada@contoso.com', createdAt: now - 10 * DAY_MS, ...over(i) }, 'manual');
  }
}

export async function renderPopup(): Promise<HTMLElement> {
  document.body.innerHTML = '<div id="app"></div>';
  document.documentElement.removeAttribute('data-popup-settled');
  const root = document.getElementById('app')!;
  render(<App />, root);
  await vi.waitFor(() => {
    if (!root.querySelector('.inventory') && !root.querySelector('.settings')) throw new Error('popup not loaded');
  });
  // The first screenful is drawn first and the rest right after (use-popup-data.ts); tests look at
  // the whole. A popup whose records cannot be read never settles: that is what those tests check.
  await vi
    .waitFor(
      () => {
        if (!document.documentElement.hasAttribute('data-popup-settled')) throw new Error('popup not settled');
      },
      { timeout: 2000 },
    )
    .catch(() => {});
  return root;
}

export function unmount(root: HTMLElement): void {
  render(null, root);
}

/** What a screen reader names a button: its aria-label, else its text without aria-hidden parts (icons, badges). */
export function nameOf(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label;
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent?.trim() ?? '';
}

export function button(root: ParentNode, name: string, nth = 0): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].filter((b) => nameOf(b) === name);
  if (!found[nth]) throw new Error(`No button "${name}" (#${nth}); have: ${[...root.querySelectorAll('button')].map(nameOf).join(' | ')}`);
  return found[nth];
}

/** Opens a row's action menu and chooses `name` in it, as a user would. */
export async function menuItem(row: Element, name: string): Promise<void> {
  const opener = row.querySelector<HTMLButtonElement>('.menu-button');
  if (!opener) throw new Error('this row has no action menu');
  opener.click();
  const item = await vi.waitFor(() => {
    const found = [...row.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].find((b) => nameOf(b) === name);
    if (!found) throw new Error(`No menu item "${name}"`);
    return found;
  });
  item.click();
}

/** Types, then lets preact re-render (it batches state updates), as a real user's next action would. */
export async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

export function press(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** Waits until the selector matches (vi.waitFor only retries on a throw, not on null). */
export function find<T extends Element = HTMLElement>(root: ParentNode, selector: string): Promise<T> {
  return vi.waitFor(() => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`Nothing matches ${selector}`);
    return found;
  });
}
