import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type Page, type Worker, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, withExtension } from '../../scripts/chromium.mjs';

export const DIST = fileURLToPath(new URL('../../dist/chrome', import.meta.url));
const FIXTURES = new URL('../fixtures/pages/', import.meta.url);

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Flags from shared/toolchain.md: headless Debian Chromium with only our extension, no network chatter. */
export async function launchWithExtension(): Promise<Launched> {
  const context = await chromium.launchPersistentContext('', {
    headless: true,
    executablePath: CHROMIUM_PATH,
    args: [...withExtension(DIST), ...CHROMIUM_FLAGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

/** The same Chromium without our extension: what the page does when the guide is not installed. */
export async function launchWithoutExtension(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', { headless: true, executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

interface UseExtension {
  /** What the routed Microsoft hosts serve: the replica engine (default), fixture pages by URL, or nothing. */
  serve?: 'replica' | Record<string, string> | false;
}

/**
 * The browser tier's fixture: one Chromium with the built extension for the calling test file,
 * launched before its first test (after any `beforeAll` the file registered earlier, such as a
 * policy file) and closed after its last. Call it at the top level of a test file; the handle it
 * returns is usable in every test and hook, and throws if read before the launch.
 */
export function useExtension({ serve = 'replica' }: UseExtension = {}): Launched {
  let launched: Launched | undefined;
  beforeAll(async () => {
    launched = await launchWithExtension();
    if (serve === 'replica') await serveReplica(launched.context);
    else if (serve) await serveReplicas(launched.context, serve);
  });
  afterAll(async () => {
    await launched?.close();
  });
  const current = (): Launched => {
    if (!launched) throw new Error('the browser starts in beforeAll: use it from a test or a hook');
    return launched;
  };
  return {
    get context() {
      return current().context;
    },
    get extensionId() {
      return current().extensionId;
    },
    get worker() {
      return current().worker;
    },
    close: () => current().close(),
  };
}

function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/**
 * Serves local replicas under the real Microsoft URLs. `pages` maps a URL prefix (origin + path) to
 * a fixture file; anything else on the routed hosts is a 404, as a missing page would be.
 */
async function serveReplicas(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route(/^https:\/\/[^/]*(microsoft\.com|microsoftonline\.com|windowsazure\.com)\//, (route) => {
    const url = new URL(route.request().url());
    const key = url.origin + url.pathname;
    const file = pages[key] ?? pages[url.origin + '/*'];
    if (!file) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture(file) });
  });
}

export async function openPopup(launched: Launched): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/src/popup/index.html`);
  return page;
}

/** Waits for our host and returns its data-step, reading it the way the acceptance tests do. */
export async function stepOf(page: Page): Promise<string | null> {
  await page.waitForSelector('#app-password-guide', { state: 'attached' });
  return page.$eval('#app-password-guide', (el) => el.getAttribute('data-step'));
}

/**
 * Serves the replica engine (test/fixtures/replica) under every Microsoft URL the guide meets,
 * including the sign-in page used for detours. Variant switches travel in the query string or in
 * `window.__replicaConfig` (see `useReplicaConfig`).
 */
export async function serveReplica(context: BrowserContext): Promise<void> {
  const { REPLICA_HOSTS, replicaResponse } = await import('../fixtures/replica/serve.mjs');
  await context.route(REPLICA_HOSTS, (route) => {
    const { status, contentType, body } = replicaResponse(route.request().url());
    return route.fulfill({ status, contentType, body });
  });
}

/** Sets the replica's variant switches for every page this tab loads, on every origin. */
export async function useReplicaConfig(page: Page, config: Record<string, string>): Promise<void> {
  await page.addInitScript((c) => {
    (window as unknown as { __replicaConfig: unknown }).__replicaConfig = c;
  }, config);
}

/** Collects uncaught errors of a page, so a test can assert there were none. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** Waits until the guide shows `step` (it follows a change within a frame; the replica itself animates). */
export async function waitForStep(page: Page, step: string, timeout = 5_000): Promise<void> {
  try {
    await page.locator(`#app-password-guide[data-step="${step}"]`).waitFor({ state: 'attached', timeout });
  } catch {
    throw new Error(`expected the guide at "${step}", it shows "${await page.getAttribute('#app-password-guide', 'data-step')}"`);
  }
}
