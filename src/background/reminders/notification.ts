/**
 * The reminder notification and what its buttons do. One fixed id, so a second create replaces the
 * first instead of stacking notifications.
 */
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import { writeUserSettings } from '../settings/settings-store';
import { SNOOZE_DAYS } from '../../shared/settings';
import { DAY_MS } from '../../shared/stale';

export const NOTIFICATION_ID = 'stale-app-passwords';
const INVENTORY_PATH = 'src/popup/index.html';

/** Button order is what onButtonClicked reports back. */
const REVIEW_BUTTON = 0;
const SNOOZE_BUTTON = 1;

export async function showReminder(count: number, canSnooze: boolean): Promise<void> {
  const base = {
    type: 'basic' as const,
    // A notification whose icon cannot be loaded is not shown at all.
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('reminderTitle'),
    message: t('reminderMessage', String(count)),
  };
  const buttons = [{ title: t('reminderReview') }, ...(canSnooze ? [{ title: t('reminderSnooze', String(SNOOZE_DAYS)) }] : [])];
  try {
    // Chrome and Edge show buttons; the polyfill's types follow Firefox, which has none.
    await browser.notifications.create(NOTIFICATION_ID, { ...base, buttons } as typeof base);
  } catch {
    // Firefox rejects `buttons`: the notification itself (clicking it opens the review) still helps.
    await browser.notifications.create(NOTIFICATION_ID, base);
  }
}

export async function clearReminder(): Promise<void> {
  await browser.notifications.clear(NOTIFICATION_ID);
}

/**
 * Opens the inventory. The toolbar popup can only be opened programmatically in some browsers and
 * situations (Chrome 127+ with a focused window), so a tab with the same page is the fallback.
 */
async function openInventory(): Promise<void> {
  const action = browser.action as { openPopup?: () => Promise<void> };
  try {
    if (action.openPopup) {
      await action.openPopup();
      return;
    }
  } catch {
    // No focused window, or not allowed outside a user gesture: use a tab.
  }
  await browser.tabs.create({ url: browser.runtime.getURL(INVENTORY_PATH) });
}

async function snoozeReminders(now = Date.now()): Promise<void> {
  await writeUserSettings({ snoozedUntil: now + SNOOZE_DAYS * DAY_MS });
}

export async function onReminderButton(notificationId: string, buttonIndex: number): Promise<void> {
  if (notificationId !== NOTIFICATION_ID) return;
  await clearReminder();
  if (buttonIndex === REVIEW_BUTTON) await openInventory();
  else if (buttonIndex === SNOOZE_BUTTON) await snoozeReminders();
}

export async function onReminderClicked(notificationId: string): Promise<void> {
  if (notificationId !== NOTIFICATION_ID) return;
  await clearReminder();
  await openInventory();
}
