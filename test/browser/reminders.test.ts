import { describe, expect, it } from 'vitest';
import { openPopup, useExtension } from './harness';
import { seedRecords } from './seed';

const launched = useExtension({ serve: false });

const badge = () => launched.worker.evaluate(() => chrome.action.getBadgeText({}));
const notifications = () => launched.worker.evaluate(() => chrome.notifications.getAll());
/** Fires the real daily alarm's listener now (unpacked extensions may schedule alarms this soon). */
const fireDailyAlarm = () => launched.worker.evaluate(() => chrome.alarms.create('review-daily', { when: Date.now() }));


describe('reminders in Chromium', () => {
  it('creates the daily alarm on start', async () => {
    await expect
      .poll(() => launched.worker.evaluate(() => chrome.alarms.get('review-daily')))
      .toMatchObject({ name: 'review-daily', periodInMinutes: 1440 });
  });

  it('counts stale records on the badge, notifies once a day, and clears when reviewed', async () => {
    const popup = await openPopup(launched);
    await seedRecords(popup, [
      { name: 'Scanner', days: 200 },
      { name: 'Old Outlook', days: 100 },
      { name: 'New phone', days: 10 },
    ]);
    await expect.poll(badge).toBe('2');
    expect(await notifications()).toEqual({});

    await fireDailyAlarm();
    await expect.poll(notifications).toEqual({ 'stale-app-passwords': true });
    const today = await launched.worker.evaluate(async () => (await chrome.storage.local.get('reminderLastNotifiedDay')).reminderLastNotifiedDay);
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The alarm put itself back as the daily one.
    await expect.poll(() => launched.worker.evaluate(() => chrome.alarms.get('review-daily'))).toMatchObject({ periodInMinutes: 1440 });

    // A second run the same day does not notify again.
    await launched.worker.evaluate(() => chrome.notifications.clear('stale-app-passwords'));
    await fireDailyAlarm();
    await expect.poll(() => launched.worker.evaluate(() => chrome.alarms.get('review-daily'))).toMatchObject({ periodInMinutes: 1440 });
    await popup.waitForTimeout(500);
    expect(await notifications()).toEqual({});

    // Re-arm today's notification, then review both stale records in the popup.
    await launched.worker.evaluate(() => chrome.storage.local.remove('reminderLastNotifiedDay'));
    await fireDailyAlarm();
    await expect.poll(notifications).toEqual({ 'stale-app-passwords': true });
    await popup.reload();
    await popup.getByRole('button', { name: 'Still needed' }).first().click();
    await expect.poll(badge).toBe('1');
    await popup.getByRole('listitem').filter({ hasText: 'Review due' }).getByRole('button', { name: 'Still needed' }).click();
    await expect.poll(badge).toBe('');
    await expect.poll(notifications).toEqual({});
    await popup.close();
  });

  it('clears the badge as soon as a stale record is removed', async () => {
    const popup = await openPopup(launched);
    await seedRecords(popup, [{ name: 'Forgotten', days: 365 }]);
    await expect.poll(badge).toBe('1');
    await popup.reload();
    const row = popup.getByRole('listitem').filter({ hasText: 'Forgotten' });
    await row.locator('.menu-button').click();
    await row.getByRole('menuitem', { name: 'Remove record' }).click();
    await expect.poll(badge).toBe('');
    await popup.close();
  });
});
