/** Helpers for the inventory's browser tests: drive the replica, read records, stop the worker. */
import type { BrowserContext, Page } from 'playwright-core';
import type { AppPasswordRecord } from '../../src/shared/record';
import { type Launched, openPopup } from './harness';

const SECURITY_INFO = 'https://mysignins.microsoft.com/security-info';

/** Sets what "Microsoft's server" holds for the replica (its localStorage) and opens the page fresh. */
export async function openSecurityInfo(context: BrowserContext, appPasswords: string[], canary?: string): Promise<Page> {
  await changeElsewhere(context, appPasswords, canary);
  const page = await context.newPage();
  await page.goto(SECURITY_INFO);
  await page.waitForSelector('#app-password-guide', { state: 'attached' });
  return page;
}

/**
 * Changes Microsoft's side without the extension watching (another browser, an admin): writes the
 * replica's storage from a blank page of the same origin, which shows no list to capture.
 */
export async function changeElsewhere(context: BrowserContext, appPasswords: string[], canary?: string): Promise<void> {
  const page = await context.newPage();
  await page.route('**/*', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>elsewhere</title>' }));
  await page.goto('https://mysignins.microsoft.com/elsewhere');
  await page.evaluate(
    ([names, secret]) => {
      localStorage.setItem('appPasswords', JSON.stringify(names));
      if (secret) localStorage.setItem('canary', secret);
    },
    [appPasswords, canary ?? null] as const,
  );
  await page.close();
}

export async function createThroughGuide(page: Page, name: string, between: () => Promise<void> = async () => {}): Promise<void> {
  await page.getByRole('button', { name: '+ Add sign-in method', exact: true }).click();
  await page.getByRole('option', { name: 'App password', exact: true }).click();
  await between();
  await page.getByLabel('Name', { exact: true }).pressSequentially(name);
  await between();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForSelector('.password-text');
  await between();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await between();
}

export async function deleteThroughGuide(page: Page, name: string, between: () => Promise<void> = async () => {}): Promise<void> {
  await page.getByRole('button', { name: `Delete App password ${name}` }).first().click();
  await between();
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await between();
}

/** Our extension's service worker targets that are running now, as the browser itself lists them. */
async function runningWorkers(page: Page): Promise<string[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser-level DevTools session for this context');
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://')).map((t) => t.url);
  } finally {
    await session.detach();
  }
}

/**
 * Stops every service worker, as Chrome does to an idle MV3 worker; the next message wakes it.
 * Resolves once the browser lists no running worker of ours, so a test passing here means something.
 * Returns whether a worker was running when asked (one already stopped is stopped all the same).
 */
export async function stopServiceWorker(page: Page): Promise<boolean> {
  const wasRunning = (await runningWorkers(page)).length > 0;
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    const deadline = Date.now() + 10_000;
    for (;;) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      if (!(await runningWorkers(page)).length) break;
      // A message in flight may have woken it again at once: stop it again.
      if (Date.now() > deadline) throw new Error(`the service worker did not stop: ${JSON.stringify(await runningWorkers(page))}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await cdp.detach();
  }
  return wasRunning;
}

export class Inventory {
  private popup: Page | undefined;
  constructor(private readonly launched: Launched) {}

  async call<T>(type: string, payload: unknown = {}): Promise<T> {
    this.popup ??= await openPopup(this.launched);
    const reply: any = await this.popup.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
    if (!reply?.ok) throw new Error(`${type}: ${JSON.stringify(reply)}`);
    return reply.value as T;
  }

  /** The toolbar badge, read from an extension page (the worker may be stopped). */
  async badge(): Promise<string> {
    this.popup ??= await openPopup(this.launched);
    return this.popup.evaluate(() => chrome.action.getBadgeText({}));
  }

  records(account = 'ada@contoso.com'): Promise<AppPasswordRecord[]> {
    return this.call<AppPasswordRecord[]>('records/list').then((all) => all.filter((r) => r.account === account));
  }

  async clear(): Promise<void> {
    for (const record of await this.call<AppPasswordRecord[]>('records/list')) await this.call('records/remove', { id: record.id });
  }
}
