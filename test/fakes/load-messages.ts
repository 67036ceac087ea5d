import { fakeBrowser } from './browser';
// @ts-expect-error: plain ESM helper shared with the build
import { mergedMessages } from '../../scripts/locales.mjs';

/** Loads one language's merged messages into the fake i18n, resolving named placeholders like Chrome does. */
export function loadMessages(lang = 'en'): void {
  for (const key of Object.keys(fakeBrowser._messages)) delete fakeBrowser._messages[key];
  for (const [key, entry] of Object.entries<any>(mergedMessages(lang))) {
    let text: string = entry.message;
    for (const [name, ph] of Object.entries<any>(entry.placeholders ?? {})) {
      text = text.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), ph.content);
    }
    fakeBrowser._messages[key] = text;
  }
}
