import type { Browser } from 'webextension-polyfill';

/**
 * The extension API without webextension-polyfill, for code that runs in Microsoft's page and
 * needs only promise-returning calls that both browsers provide natively in MV3 (runtime.sendMessage,
 * i18n.getMessage). The polyfill would be a fifth of the content script's 15 KB budget.
 */
export function ext(): Browser {
  const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  return (scope.browser ?? scope.chrome) as Browser;
}
