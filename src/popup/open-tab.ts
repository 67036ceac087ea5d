import browser from 'webextension-polyfill';

/** tabs.create needs no "tabs" permission; that permission is only for reading other tabs' URLs. */
export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
