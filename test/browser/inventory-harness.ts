/** Helpers for the inventory's browser tests: drive the replica, read records, stop the worker. */
import type { BrowserContext, Page } from 'playwright-core';
import type { AppPasswordRecord } from '../../src/shared/record';
import { type Launched, openPopup } from './harness';

export const SECURITY_INFO = 'https://mysignins.microsoft.com/security-info';

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

/**
 * Stops every service worker, as Chrome does to an idle MV3 worker; the next message wakes it.
 * Waits until DevTools reports every worker version stopped, so a test passing here means something.
 */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  // A version counts as stopped once DevTools has said so; a message may wake it again at once.
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (status.get(version.versionId) !== 'stopped') status.set(version.versionId, version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 5000;
  while ([...status.values()].some((s) => s !== 'stopped')) {
    if (Date.now() > deadline) throw new Error(`the service worker did not stop: ${JSON.stringify([...status])}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!status.size) throw new Error('DevTools reported no service worker to stop');
  await cdp.detach();
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

  records(account = 'ada@contoso.com'): Promise<AppPasswordRecord[]> {
    return this.call<AppPasswordRecord[]>('records/list').then((all) => all.filter((r) => r.account === account));
  }

  async clear(): Promise<void> {
    for (const record of await this.call<AppPasswordRecord[]>('records/list')) await this.call('records/remove', { id: record.id });
  }
}
