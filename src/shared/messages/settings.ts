import { type Check, array, boolean, integer, object, optional, string } from '../validate';
import { type EffectiveSettings, REVIEW_INTERVAL_RANGE, type Settings } from '../settings';

/** Every key optional: the popup sends only what the user changed. Unknown keys are rejected. */
const partial = object({
  reviewIntervalDays: optional(integer(REVIEW_INTERVAL_RANGE)),
  remindersEnabled: optional(boolean),
  guideEnabled: optional(boolean),
  guideDisabledHosts: optional(array(string({ min: 1, max: 253 }), { max: 10 })),
  // 0 = not snoozed; otherwise an epoch ms at most a year ahead is checked by the handler.
  snoozedUntil: optional(integer({ min: 0, max: 7_258_118_400_000 })),
  panelCollapsed: optional(boolean),
});

/** Settings are read by every context but written only by the background (storage.local). */
export const settingsPayloads = {
  'settings/get': object({}),
  'settings/set': object({ partial }),
} satisfies Record<string, Check<unknown>>;

export interface SettingsMessages {
  'settings/get': { payload: Record<string, never>; reply: EffectiveSettings };
  /** Refuses, with code 'locked-by-policy' and no change at all, if any key is set by IT. */
  'settings/set': { payload: { partial: Partial<Settings> }; reply: EffectiveSettings };
}
