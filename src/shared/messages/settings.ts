/** Settings are read by every context but written only by the background (storage.local). */
import * as v from 'valibot';
import { type EffectiveSettings, REVIEW_INTERVAL_RANGE } from '../settings';
import { flag, list, optional, shape, text, wholeNumber } from '../schema';
import { fromContentScript, fromExtensionPages } from './define';

/** Every key optional: the popup sends only what the user changed. Unknown keys are refused. */
const partial = shape({
  reviewIntervalDays: optional(wholeNumber(REVIEW_INTERVAL_RANGE)),
  remindersEnabled: optional(flag),
  guideEnabled: optional(flag),
  guideDisabledHosts: optional(list(text({ min: 1, max: 253 }), { max: 10 })),
  // 0 = not snoozed; otherwise an epoch ms at most a year ahead is checked by the handler.
  snoozedUntil: optional(wholeNumber({ min: 0, max: 7_258_118_400_000 })),
  panelCollapsed: optional(flag),
});

export const settingsMessages = {
  'settings/get': fromExtensionPages(shape({})),
  /** Refuses, with code 'locked-by-policy' and no change at all, if any key is set by IT. */
  'settings/set': fromExtensionPages(shape({ partial })),
  /**
   * The one setting Microsoft's page may change: the panel collapsed or open. Its own message, so
   * the content script cannot reach settings/set (reminders, the guide on or off, ...).
   */
  'settings/panel-collapsed': fromContentScript(shape({ collapsed: v.boolean('must be true or false') })),
};

export interface SettingsReplies {
  'settings/get': EffectiveSettings;
  'settings/set': EffectiveSettings;
  'settings/panel-collapsed': null;
}
