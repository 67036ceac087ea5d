/**
 * The popup is usable at once after a browser start, when Chromium's first read of managed storage
 * takes seconds: settings are drawn from storage.local without waiting for the policy, with the
 * policy seen last time locked from the first render, and the policy, when it arrives, locks what
 * it sets.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { App } from '../../src/popup/App';
import { ROWS_FIRST_SCREEN } from '../../src/popup/use-popup-data';
import { fakeBrowser } from '../fakes/browser';
import { button, find, freshBackground, renderPopup, seed, unmount } from './popup-helpers';

let root: HTMLElement | undefined;
let release: (() => void) | undefined;
const realGet = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);

/** Managed storage answers only when `release` is called, as Chromium's first read after a start. */
function slowPolicy(policy: Record<string, unknown>) {
  fakeBrowser.storage.managed._replace(policy);
  const arrived = new Promise<void>((resolve) => (release = resolve));
  fakeBrowser.storage.managed.get = (async (...args: Parameters<typeof realGet>) => {
    await arrived;
    return realGet(...args);
  }) as typeof realGet;
}

beforeEach(async () => {
  await freshBackground();
  localStorage.clear();
});
afterEach(() => {
  release?.();
  fakeBrowser.storage.managed.get = realGet;
  if (root) unmount(root);
});

async function settings(): Promise<HTMLElement> {
  root = await renderPopup();
  button(root, 'Settings').click();
  return find(root, '.settings');
}

describe('the popup\'s first frame', () => {
  it('draws the first screenful, then the rest of the rows once it is painted', async () => {
    await seed(30);
    document.body.innerHTML = '<div id="app"></div>';
    root = document.getElementById('app')!;
    const frames: FrameRequestCallback[] = [];
    const realFrame = globalThis.requestAnimationFrame;
    globalThis.requestAnimationFrame = (callback) => frames.push(callback);
    try {
      render(<App />, root);
      await find(root, 'ul.records > li');
      expect(root.querySelectorAll('ul.records > li')).toHaveLength(ROWS_FIRST_SCREEN);
      for (const frame of frames.splice(0)) frame(performance.now());
    } finally {
      globalThis.requestAnimationFrame = realFrame;
    }
    await vi.waitFor(() => expect(root!.querySelectorAll('ul.records > li')).toHaveLength(30));
    expect(root.querySelector('[data-testid="summary"]')?.textContent).toMatch(/30/);
  });
});

describe('the popup before the policy has been read', () => {
  it('shows the list and usable settings at once, and locks what the policy sets when it arrives', async () => {
    await seed(2);
    await fakeBrowser.storage.local.set({ settings: { reviewIntervalDays: 45 } });
    slowPolicy({ reviewIntervalDays: 30 });
    root = await renderPopup();
    await find(root, 'ul.records > li');
    const view = await settings();
    const interval = view.querySelector<HTMLInputElement>('#interval')!;
    expect(interval.value).toBe('45');
    expect(interval.disabled).toBe(false);
    release!();
    await vi.waitFor(() => expect(interval.disabled).toBe(true));
    expect(interval.value).toBe('30');
    expect(view.querySelector('#interval-managed')?.textContent).toBe('Set by your organisation');
  });

  it('draws the policy seen last time as locked from the first render, before this read arrives', async () => {
    localStorage.setItem('lastPolicy', JSON.stringify({ reviewIntervalDays: 30 }));
    slowPolicy({ reviewIntervalDays: 30 });
    const view = await settings();
    const interval = view.querySelector<HTMLInputElement>('#interval')!;
    expect(interval.disabled).toBe(true);
    expect(interval.value).toBe('30');
    expect(view.querySelector('#interval-managed')).not.toBeNull();
  });

  it('unlocks what IT no longer sets once the read arrives', async () => {
    localStorage.setItem('lastPolicy', JSON.stringify({ reviewIntervalDays: 30 }));
    slowPolicy({});
    const view = await settings();
    const interval = view.querySelector<HTMLInputElement>('#interval')!;
    expect(interval.disabled).toBe(true);
    release!();
    await vi.waitFor(() => expect(interval.disabled).toBe(false));
    expect(interval.value).toBe('90');
    expect(JSON.parse(localStorage.getItem('lastPolicy')!)).toEqual({});
  });
});
