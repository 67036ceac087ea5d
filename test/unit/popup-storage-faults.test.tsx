/**
 * What the user reads when storage fails: the popup and the real router over fake-indexeddb, in
 * every shipped language. The text must be the language's own (never the English message of the
 * background, never a raw key), and the records on screen must stay as they were.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { captureCreated } from '../../src/background/capture/apply-capture';
import { fakeBrowser } from '../fakes/browser';
import { loadMessages } from '../fakes/load-messages';
import { freshBackground, renderPopup, seed, unmount } from './popup-helpers';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'ja'];
let root: HTMLElement | undefined;
let restore: (() => void) | undefined;

/** Every write aborts with QuotaExceededError, as Chrome reports a full disk at commit. */
function fillTheDisk(): () => void {
  const proto = FakeObjectStore.prototype as any;
  const originals = { put: proto.put, add: proto.add };
  for (const method of ['put', 'add'] as const) {
    proto[method] = function (this: any, ...args: unknown[]) {
      const request = originals[method].apply(this, args);
      this.transaction._abort('QuotaExceededError');
      return request;
    };
  }
  return () => Object.assign(proto, originals);
}

beforeEach(freshBackground);
afterEach(() => {
  restore?.();
  restore = undefined;
  if (root) unmount(root);
  root = undefined;
  loadMessages('en');
});

const message = (key: string) => fakeBrowser._messages[key];
const alertText = () => root!.querySelector('p.error[role="alert"]')?.textContent ?? '';
const rowNames = () => [...root!.querySelectorAll('[data-testid="record"] .name')].map((n) => n.textContent).sort();

describe('popup when storage fails', () => {
  it.each(LANGUAGES)('%s: a full disk is explained in the language, and the list is unchanged', async (lang) => {
    loadMessages(lang);
    // Due for review, so "Still needed" is on each row.
    await seed(3, () => ({ createdAt: Date.now() - 200 * 86_400_000 }));
    root = await renderPopup();
    const before = rowNames();
    restore = fillTheDisk();
    const review = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === message('popupMarkReviewed'))!;
    expect(review).toBeDefined();
    review.click();
    await vi.waitFor(() => expect(alertText()).toBe(message('popupStorageFullError')));
    expect(alertText()).not.toContain('QuotaExceeded'); // the user's text, not the background's diagnostic
    expect(rowNames()).toEqual(before);
    expect(rowNames()).toHaveLength(3);
  });

  it.each(LANGUAGES)('%s: a capture that could not be saved on Microsoft\'s page is told when the popup opens, until dismissed', async (lang) => {
    loadMessages(lang);
    await seed(2);
    restore = fillTheDisk();
    await expect(captureCreated({ flowId: 'flow-quota-0001', name: 'Mail on tablet', account: 'ada@contoso.com' })).rejects.toMatchObject({
      code: 'storage-full',
    });
    restore();
    restore = undefined;
    root = await renderPopup();
    const notice = await vi.waitFor(() => {
      const found = root!.querySelector('[data-testid="storage-problem"]');
      if (!found) throw new Error('no storage notice');
      return found;
    });
    const expected = message('popupProblemFull').replace('$1', new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(Date.now()));
    expect(notice.querySelector('p')?.textContent).toBe(expected);
    expect(rowNames()).toHaveLength(2);
    const dismiss = notice.querySelector('button')!;
    expect(dismiss.textContent).toBe(message('popupDismiss'));
    dismiss.click();
    await vi.waitFor(() => expect(root!.querySelector('[data-testid="storage-problem"]')).toBeNull());
    // Dismissed for good: a popup opened later does not show it again.
    unmount(root);
    root = await renderPopup();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(root.querySelector('[data-testid="storage-problem"]')).toBeNull();
  });

  it('every storage error code has its own text in every language', () => {
    for (const lang of LANGUAGES) {
      loadMessages(lang);
      const keys = ['popupStorageFullError', 'popupStorageBlockedError', 'popupStorageNewerError', 'popupStorageFailedError'];
      const texts = keys.map(message);
      expect(new Set(texts).size, lang).toBe(keys.length);
      for (const text of texts) expect(text, lang).toMatch(/\S{3}/);
    }
  });
});
