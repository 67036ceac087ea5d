import browser from 'webextension-polyfill';

export const REVIEW_ALARM = 'review-daily';
const DAY_MINUTES = 24 * 60;

/**
 * The daily alarm persists in the browser, so it is created only when missing: re-creating it at
 * every worker start would push the next run forward for ever and it would never fire.
 */
export async function ensureDailyAlarm(): Promise<void> {
  if (await browser.alarms.get(REVIEW_ALARM)) return;
  await browser.alarms.create(REVIEW_ALARM, { delayInMinutes: DAY_MINUTES, periodInMinutes: DAY_MINUTES });
}
