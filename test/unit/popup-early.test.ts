/**
 * public/popup-early.js is plain JS outside the bundle: it must ask for exactly the keys the popup's
 * typed readers use, listen where the background announces, and hand over reads the popup takes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LAST_PAGE_KEY, PROBLEM_KEY, RECORDS_CHANGED_CHANNEL, SETTINGS_KEY } from '../../src/shared/stored';
import { FIRST_SCREEN_KEY } from '../../src/shared/first-screen';
import { readFirst } from '../../src/popup/data/first-read';
import { fakeBrowser, resetFakeBrowser } from '../fakes/browser';

const source = readFileSync(resolve('public/popup-early.js'), 'utf8');
// The early script is a classic script in the popup's page: its own text, run as the page would.
// oxlint-disable-next-line typescript/no-implied-eval
const runEarly = () => new Function(source)();
type Early = { changed: boolean; local: Promise<unknown> };
const early = () => (globalThis as { __popupEarlyRead?: Early }).__popupEarlyRead;

beforeEach(resetFakeBrowser);
afterEach(() => {
  delete (globalThis as { __popupEarlyRead?: Early }).__popupEarlyRead;
  vi.restoreAllMocks();
});

describe('the popup\'s early reads', () => {
  it('ask for the keys the popup reads and listen on the background\'s channel', async () => {
    const local = vi.spyOn(fakeBrowser.storage.local, 'get');
    const session = vi.spyOn(fakeBrowser.storage.session, 'get');
    runEarly();
    expect(local).toHaveBeenCalledWith([SETTINGS_KEY, PROBLEM_KEY, FIRST_SCREEN_KEY]);
    expect(session).toHaveBeenCalledWith(LAST_PAGE_KEY);
    new BroadcastChannel(RECORDS_CHANGED_CHANNEL).postMessage(null);
    await expect.poll(() => early()?.changed).toBe(true);
  });

  it('are what the first read uses, unless something changed since they began', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { reviewIntervalDays: 30 } });
    runEarly();
    let read = readFirst();
    expect((await read.promise).local?.settings.reviewIntervalDays).toBe(30);
    read.stopNoting();
    expect(early()).toBeUndefined();

    runEarly();
    await early()!.local;
    // A key the popup does not read changes nothing; the settings do.
    await fakeBrowser.storage.local.set({ lastNotifiedDay: '2026-12-03' });
    expect(early()?.changed).toBe(false);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { reviewIntervalDays: 45 } });
    await expect.poll(() => early()?.changed).toBe(true);
    read = readFirst();
    // The early read holds 30; the popup reads again and draws 45.
    expect((await read.promise).local?.settings.reviewIntervalDays).toBe(45);
    read.stopNoting();
  });
});
