import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from './browser';

/** Loads _locales/<lang>/messages.json into the fake i18n, resolving named placeholders like Chrome does. */
export function loadMessages(lang = 'en'): void {
  const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'));
  for (const [key, entry] of Object.entries<any>(raw)) {
    let text: string = entry.message;
    for (const [name, ph] of Object.entries<any>(entry.placeholders ?? {})) {
      text = text.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), ph.content);
    }
    fakeBrowser._messages[key] = text;
  }
}
