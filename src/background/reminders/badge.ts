import browser from 'webextension-polyfill';

/** The badge has room for about four characters. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export async function showStaleBadge(count: number): Promise<void> {
  const text = badgeText(count);
  if (text) await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  await browser.action.setBadgeText({ text });
}
