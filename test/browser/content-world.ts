/**
 * Runs code in our content script's isolated world on a page, through DevTools: what a script that
 * got into that world could do (a page's own scripts cannot: the main world has no runtime for us).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface ContentWorld {
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

export async function contentWorld(page: Page, extensionId: string): Promise<ContentWorld> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ContextDescription));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 5_000;
  let world: ContextDescription | undefined;
  while (!(world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId)))) {
    if (Date.now() > deadline) throw new Error(`no content script world among ${JSON.stringify(contexts)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const contextId = world.id;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(`in the content script world: ${JSON.stringify(exceptionDetails).slice(0, 500)}`);
      return result.value as T;
    },
    detach: () => cdp.detach(),
  };
}
