import type { settingsMessages } from '../../shared/messages/settings';
import type { Settings } from '../../shared/settings';
import { ExpectedError } from '../errors';
import type { Handlers } from '../handler';
import { effectiveSettings, writeUserSettings } from './settings-store';

/** How far ahead a snooze may reach; anything later is a bug or a way to switch reminders off for good. */
const MAX_SNOOZE_MS = 366 * 86_400_000;

export const settingsHandlers: Handlers<keyof typeof settingsMessages> = {
  'settings/get': () => effectiveSettings(),
  async 'settings/set'({ payload }) {
    const keys = Object.keys(payload.partial) as (keyof Settings)[];
    // panelCollapsed is never locked: the panel's toggle is stored without waiting for the first
    // policy read (~3 s after the browser starts), or a reload in that time would forget it.
    const locked = keys.some((key) => key !== 'panelCollapsed') ? (await effectiveSettings()).locked : [];
    const refused = keys.filter((key) => locked.includes(key));
    if (refused.length) {
      throw new ExpectedError('locked-by-policy', `Set by your organisation and cannot be changed: ${refused.join(', ')}.`);
    }
    const snooze = payload.partial.snoozedUntil;
    if (snooze !== undefined && snooze > Date.now() + MAX_SNOOZE_MS) {
      throw new ExpectedError('invalid-input', 'Reminders can be snoozed for at most a year.');
    }
    await writeUserSettings(payload.partial);
    return effectiveSettings();
  },
  // Never locked: policy cannot fix whether a user's panel is open (see resolveSettings).
  async 'settings/panel-collapsed'({ payload }) {
    await writeUserSettings({ panelCollapsed: payload.collapsed });
    return null;
  },
};
