import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { closeDatabase } from '../../src/background/inventory/db';
import { addRecord, markReviewed, removeRecord } from '../../src/background/inventory/records-store';
import { captureDeleted } from '../../src/background/capture/apply-capture';
import { registerReminders } from '../../src/background/reminders';
import { REVIEW_ALARM, ensureDailyAlarm } from '../../src/background/reminders/alarm';
import { badgeText } from '../../src/background/reminders/badge';
import { NOTIFICATION_ID } from '../../src/background/reminders/notification';
import { LAST_NOTIFIED_KEY, runReminderPass } from '../../src/background/reminders/pass';
import { reloadPolicy } from '../../src/background/settings/policy';
import { writeUserSettings } from '../../src/background/settings/settings-store';
import { DAY_MS } from '../../src/shared/stale';
import { fakeBrowser, resetFakeBrowser } from '../fakes/browser';

const NOW = Date.now();
const badge = () => fakeBrowser.action._state.text;

async function seed(ages: number[]) {
  const records = [];
  for (const [i, days] of ages.entries()) records.push(await addRecord({ name: `App ${i}`, account: '', createdAt: NOW - days * DAY_MS }, 'manual'));
  return records;
}

beforeAll(() => registerReminders());

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  await resetFakeBrowser();
  await reloadPolicy();
});

describe('the daily alarm', () => {
  it('is created when missing and left alone when present', async () => {
    await ensureDailyAlarm();
    const first = await fakeBrowser.alarms.get(REVIEW_ALARM);
    expect(first).toMatchObject({ periodInMinutes: 1440 });
    await fakeBrowser.alarms.create(REVIEW_ALARM, { when: 123, periodInMinutes: 1440 });
    await ensureDailyAlarm();
    expect((await fakeBrowser.alarms.get(REVIEW_ALARM))?.scheduledTime).toBe(123);
  });

  it('notifies when it fires, and puts the daily alarm back after a one-off under its name', async () => {
    await seed([100]);
    await fakeBrowser.alarms.create(REVIEW_ALARM, { when: NOW });
    await fakeBrowser.alarms._fire(REVIEW_ALARM);
    await vi.waitFor(async () => expect(await fakeBrowser.notifications.getAll()).toEqual({ [NOTIFICATION_ID]: true }));
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(REVIEW_ALARM)).toMatchObject({ periodInMinutes: 1440 }));
  });
});

describe('a reminder pass', () => {
  it('shows the stale count on the badge and notifies once a day with Review and Snooze', async () => {
    await seed([100, 200, 10]);
    expect(await runReminderPass('daily', NOW)).toEqual({ stale: 2, notified: true });
    expect(badge()).toBe('2');
    const shown = fakeBrowser.notifications._shown.get(NOTIFICATION_ID)!;
    expect(shown.iconUrl).toMatch(/icons\/icon-128\.png$/);
    expect(shown.buttons).toEqual([{ title: 'Review' }, { title: 'Snooze 7 days' }]);
    expect(shown.message).toContain('Due for review: 2');

    expect(await runReminderPass('daily', NOW + 60_000)).toEqual({ stale: 2, notified: false });
    expect(fakeBrowser.notifications._created).toHaveLength(1);
    // The next local day it may remind again.
    expect(await runReminderPass('daily', NOW + DAY_MS)).toMatchObject({ notified: true });
  });

  it('never notifies when nothing is stale, and clears the badge', async () => {
    await seed([5, 89]);
    expect(await runReminderPass('daily', NOW)).toEqual({ stale: 0, notified: false });
    expect(badge()).toBe('');
    expect(fakeBrowser.notifications._created).toHaveLength(0);
  });

  it('updates only the badge when records or settings change', async () => {
    await seed([100]);
    expect(await runReminderPass('change', NOW)).toEqual({ stale: 1, notified: false });
    expect(badge()).toBe('1');
    expect(fakeBrowser.notifications._created).toHaveLength(0);
  });

  it('stays silent while snoozed, keeping the badge', async () => {
    await seed([100]);
    await writeUserSettings({ snoozedUntil: NOW + 3 * DAY_MS });
    expect(await runReminderPass('daily', NOW)).toEqual({ stale: 1, notified: false });
    expect(badge()).toBe('1');
    expect(await runReminderPass('daily', NOW + 4 * DAY_MS)).toMatchObject({ notified: true });
  });

  it('shows nothing when reminders are off, by the user or by policy', async () => {
    await seed([100]);
    await writeUserSettings({ remindersEnabled: false });
    expect(await runReminderPass('daily', NOW)).toEqual({ stale: 0, notified: false });
    await writeUserSettings({ remindersEnabled: true });
    fakeBrowser.storage.managed._replace({ remindersEnabled: false });
    await reloadPolicy();
    expect(await runReminderPass('daily', NOW)).toEqual({ stale: 0, notified: false });
    expect(badge()).toBe('');
    expect(fakeBrowser.notifications._created).toHaveLength(0);
  });

  it('follows the interval set by policy', async () => {
    await seed([40]);
    expect(await runReminderPass('change', NOW)).toMatchObject({ stale: 0 });
    fakeBrowser.storage.managed._replace({ reviewIntervalDays: 30 });
    await reloadPolicy();
    expect(await runReminderPass('change', NOW)).toMatchObject({ stale: 1 });
  });

  it('offers no Snooze button when IT does not let users change settings', async () => {
    await seed([100]);
    fakeBrowser.storage.managed._replace({ allowUserSettings: false });
    await reloadPolicy();
    await runReminderPass('daily', NOW);
    expect(fakeBrowser.notifications._shown.get(NOTIFICATION_ID)!.buttons).toEqual([{ title: 'Review' }]);
  });

  it('falls back to a notification without buttons where buttons are refused (Firefox)', async () => {
    await seed([100]);
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    const spy = vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(async (id, options) => {
      if ('buttons' in options) throw new Error('buttons is unsupported');
      return create(id, options);
    });
    expect(await runReminderPass('daily', NOW)).toMatchObject({ notified: true });
    expect(fakeBrowser.notifications._shown.get(NOTIFICATION_ID)).not.toHaveProperty('buttons');
    spy.mockRestore();
  });

  it('shows at most four characters on the badge', () => {
    expect([0, 7, 999, 1000, 12_000].map(badgeText)).toEqual(['', '7', '999', '999+', '999+']);
  });
});

describe('reacting to changes', () => {
  it('clears the badge right after the last stale record is reviewed or removed', async () => {
    const [a, b] = await seed([100, 120]);
    await vi.waitFor(() => expect(badge()).toBe('2'));
    await markReviewed(a.id);
    await vi.waitFor(() => expect(badge()).toBe('1'));
    await removeRecord(b.id);
    await vi.waitFor(() => expect(badge()).toBe(''));
  });

  it('clears the badge when the guide captures the deletion on Microsoft\'s page', async () => {
    await seed([100]);
    await vi.waitFor(() => expect(badge()).toBe('1'));
    await captureDeleted({ name: 'App 0', account: '', remaining: 0 });
    await vi.waitFor(() => expect(badge()).toBe(''));
  });

  it('recounts when the user changes the interval or the policy changes', async () => {
    await seed([40]);
    await vi.waitFor(() => expect(badge()).toBe(''));
    await writeUserSettings({ reviewIntervalDays: 30 });
    await vi.waitFor(() => expect(badge()).toBe('1'));
    fakeBrowser.storage.managed._replace({ reviewIntervalDays: 60 });
    fakeBrowser.storage.onChanged.emit({ reviewIntervalDays: { newValue: 60 } }, 'managed');
    await vi.waitFor(() => expect(badge()).toBe(''));
  });

  it('clears the notification once nothing is stale', async () => {
    const [a] = await seed([100]);
    await runReminderPass('daily', NOW);
    expect(await fakeBrowser.notifications.getAll()).toEqual({ [NOTIFICATION_ID]: true });
    await markReviewed(a.id);
    await vi.waitFor(async () => expect(await fakeBrowser.notifications.getAll()).toEqual({}));
  });
});

describe('notification buttons', () => {
  it('"Review" opens the inventory in a tab where the popup cannot be opened', async () => {
    await seed([100]);
    await runReminderPass('daily', NOW);
    await Promise.all(fakeBrowser.notifications.onButtonClicked.emit(NOTIFICATION_ID, 0));
    await vi.waitFor(() => expect(fakeBrowser.tabs._opened).toEqual(['chrome-extension://test-extension-id/src/popup/index.html']));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('"Review" opens the real popup where the browser allows it', async () => {
    const openPopup = vi.fn(async () => {});
    (fakeBrowser.action as Record<string, unknown>).openPopup = openPopup;
    try {
      fakeBrowser.notifications.onClicked.emit(NOTIFICATION_ID);
      await vi.waitFor(() => expect(openPopup).toHaveBeenCalled());
      expect(fakeBrowser.tabs._opened).toEqual([]);
    } finally {
      delete (fakeBrowser.action as Record<string, unknown>).openPopup;
    }
  });

  it('"Snooze" snoozes reminders for seven days', async () => {
    fakeBrowser.notifications.onButtonClicked.emit(NOTIFICATION_ID, 1);
    await vi.waitFor(async () => {
      const { settings } = await fakeBrowser.storage.local.get('settings');
      expect((settings as { snoozedUntil: number }).snoozedUntil).toBeGreaterThan(Date.now() + 6.9 * DAY_MS);
    });
  });

  it('ignores other notifications', async () => {
    fakeBrowser.notifications.onButtonClicked.emit('someone-else', 0);
    await new Promise((r) => setTimeout(r, 10));
    expect(fakeBrowser.tabs._opened).toEqual([]);
  });
});

describe('memory', () => {
  it('remembers the notified day in storage.local, not in the worker', async () => {
    await seed([100]);
    await runReminderPass('daily', NOW);
    expect(Object.keys(await fakeBrowser.storage.local.get(LAST_NOTIFIED_KEY))).toEqual([LAST_NOTIFIED_KEY]);
  });
});
