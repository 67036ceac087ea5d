/**
 * Wires reminders to the browser's events. Called synchronously at the top of the worker so that a
 * worker woken by an alarm or a notification click has its listeners in place.
 */
import browser from 'webextension-polyfill';
import { onRecordsChanged } from '../inventory/records-changed';
import { reloadPolicy } from '../settings/policy';
import { SETTINGS_KEY } from '../settings/settings-store';
import { REVIEW_ALARM, ensureDailyAlarm } from './alarm';
import { onReminderButton, onReminderClicked } from './notification';
import { type PassTrigger, recountBadge, runReminderPass } from './pass';

function logFailure(what: string) {
  return (error: unknown) => console.error(`App Password Guide: ${what} failed`, error);
}

function pass(trigger: PassTrigger): void {
  void runReminderPass(trigger).catch(logFailure('reminder pass'));
}

export function registerReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REVIEW_ALARM) return;
    pass('daily');
    // A one-off alarm under our name (or one lost by Firefox at restart) is replaced by the daily one.
    void ensureDailyAlarm().catch(logFailure('creating the daily alarm'));
  });
  browser.runtime.onStartup.addListener(() => pass('daily'));
  browser.runtime.onInstalled.addListener(() => pass('daily'));
  browser.notifications.onButtonClicked.addListener((id, index) => {
    void onReminderButton(id, index).catch(logFailure('the reminder button'));
  });
  browser.notifications.onClicked.addListener((id) => {
    void onReminderClicked(id).catch(logFailure('opening the inventory'));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') {
      void reloadPolicy().then(() => pass('change'), logFailure('reading the policy'));
    } else if (area === 'local' && SETTINGS_KEY in changes) {
      pass('change');
    }
  });
  onRecordsChanged(() => pass('change'));
  void ensureDailyAlarm().catch(logFailure('creating the daily alarm'));
  // The badge outlives the worker, but a pass does not: one cut short when the worker was stopped
  // right after a records write (seen in a browser test) left a wrong count until the next change.
  // Recounting at every start puts it right on the next wake.
  void recountBadge().catch(logFailure('recounting the badge'));
}
