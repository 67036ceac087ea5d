import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { route } from '../../src/background/router';
import { readPolicy, reloadPolicy } from '../../src/background/settings/policy';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { fakeBrowser, resetFakeBrowser } from '../fakes/browser';
import { OWN, senderFor } from '../support/senders';

const call = (type: string, payload: unknown = {}) => route({ type, payload }, senderFor(type), OWN);

beforeEach(async () => {
  await resetFakeBrowser();
  await reloadPolicy();
});

afterEach(() => vi.restoreAllMocks());

describe('policy from storage.managed', () => {
  it('treats a rejected storage.managed.get() (Firefox without policy) as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readPolicy()).toEqual({});
  });

  it('ignores out-of-range values with a logged warning and keeps the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fakeBrowser.storage.managed._replace({ reviewIntervalDays: 5000, organisationName: 'Contoso IT' });
    expect(await readPolicy()).toEqual({ organisationName: 'Contoso IT' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('reviewIntervalDays'));
  });
});

describe('settings messages', () => {
  it('answers defaults, nothing locked, when there is no policy', async () => {
    expect(await call('settings/get')).toEqual({ ok: true, value: { settings: DEFAULT_SETTINGS, policy: {}, locked: [] } });
  });

  it('stores a change in storage.local and answers the new effective settings', async () => {
    const reply = await call('settings/set', { partial: { reviewIntervalDays: 30, remindersEnabled: false } });
    expect(reply).toMatchObject({ ok: true, value: { settings: { reviewIntervalDays: 30, remindersEnabled: false } } });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ reviewIntervalDays: 30, remindersEnabled: false });
  });

  it('stores the panel\'s collapse at once, without waiting for a slow first policy read', async () => {
    let answer: (policy: Record<string, unknown>) => void = () => {};
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise((done) => (answer = done)));
    void reloadPolicy(); // starts the read, which does not answer yet
    void call('settings/set', { partial: { panelCollapsed: true } });
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ panelCollapsed: true }));
    answer({});
  });

  it('refuses a key set by policy, changing nothing at all', async () => {
    fakeBrowser.storage.managed._replace({ reviewIntervalDays: 30 });
    await reloadPolicy();
    const reply = await call('settings/set', { partial: { reviewIntervalDays: 60, guideEnabled: false } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'locked-by-policy' } });
    expect(await call('settings/get')).toMatchObject({
      ok: true,
      value: { settings: { reviewIntervalDays: 30, guideEnabled: true }, locked: ['reviewIntervalDays'] },
    });
  });

  it('locks everything but the panel state when users may not change settings', async () => {
    fakeBrowser.storage.managed._replace({ allowUserSettings: false, remindersEnabled: false });
    await reloadPolicy();
    expect(await call('settings/set', { partial: { snoozedUntil: Date.now() + 1000 } })).toMatchObject({
      ok: false,
      error: { code: 'locked-by-policy' },
    });
    expect(await call('settings/set', { partial: { panelCollapsed: true } })).toMatchObject({ ok: true });
  });

  it('rejects out-of-range values, unknown keys and a snooze beyond a year', async () => {
    expect(await call('settings/set', { partial: { reviewIntervalDays: 3 } })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await call('settings/set', { partial: { password: 'x' } })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await call('settings/set', { partial: { snoozedUntil: Date.now() + 400 * 86_400_000 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });
});

describe('guide task messages', () => {
  it('stores a delete task in storage.session for the guide to read', async () => {
    const set = await call('guide/task-set', { kind: 'delete', name: 'Scanner', account: 'ada@contoso.com' });
    expect(set).toMatchObject({ ok: true, value: { kind: 'delete', name: 'Scanner', account: 'ada@contoso.com' } });
    expect(await call('guide/config', { host: 'mysignins.microsoft.com' })).toMatchObject({ ok: true, value: { task: { kind: 'delete', name: 'Scanner' } } });
    expect((await fakeBrowser.storage.session.get('guideTask')).guideTask).toMatchObject({ kind: 'delete' });
    expect(await call('guide/task-clear')).toEqual({ ok: true, value: null });
    expect(await call('guide/config', { host: 'mysignins.microsoft.com' })).toMatchObject({ ok: true, value: { task: null } });
  });

  it('refuses a delete task without a name', async () => {
    expect(await call('guide/task-set', { kind: 'delete' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('forgets a task after an hour', async () => {
    await fakeBrowser.storage.session.set({ guideTask: { kind: 'create', setAt: Date.now() - 61 * 60_000 } });
    expect(await call('guide/config', { host: 'mysignins.microsoft.com' })).toMatchObject({ ok: true, value: { task: null } });
  });
});
