import browser from 'webextension-polyfill';
import { FIRST_SCREEN_KEY } from '../../shared/first-screen';

/** No summary: the popup reads the database. Used before writes, and when the database is new. */
export async function forgetFirstScreen(): Promise<void> {
  try {
    await browser.storage.local.remove(FIRST_SCREEN_KEY);
  } catch (error) {
    console.warn('App Password Guide: could not drop the popup\'s first screen', error);
  }
}
