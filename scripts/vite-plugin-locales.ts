import type { Plugin } from 'vite';
// @ts-expect-error: plain ESM helper shared with the test loader
import { languages, mergedMessages } from './locales.mjs';

/** Emits _locales/<lang>/messages.json into the build from the per-area sources in locales/. */
export function locales(): Plugin {
  return {
    name: 'app-password-guide:locales',
    generateBundle() {
      for (const lang of languages() as string[]) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: JSON.stringify(mergedMessages(lang), null, 2),
        });
      }
    },
  };
}
