// Launch helpers for the benchmarks: Debian's Chromium headless, with or without the built extension.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { REPLICA_HOSTS, replicaResponse } from '../test/fixtures/replica/serve.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, withExtension } from '../scripts/chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = resolve(ROOT, 'dist/chrome');


/** `dist`: another copy of the build (the popup bench adds an empty page to one). */
export async function launch({ extension = true, dist = DIST } = {}) {
  const args = extension ? [...withExtension(dist), ...CHROMIUM_FLAGS] : CHROMIUM_FLAGS;
  const context = await chromium.launchPersistentContext('', { headless: true, executablePath: CHROMIUM_PATH, args });
  let extensionId = null;
  let worker = null;
  if (extension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return { context, extensionId, worker };
}

/** Serves one HTML body (or a function of the URL) for every page on Microsoft's hosts. */
export async function serve(context, body) {
  await context.route(/^https:\/\/[^/]*(microsoft\.com|microsoftonline\.com|windowsazure\.com)\//, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: typeof body === 'function' ? body(new URL(route.request().url())) : body,
    }),
  );
}

/** Serves the replica engine (test/fixtures/replica) under Microsoft's real URLs, as the tests and demo do. */
export async function serveReplica(context) {
  await context.route(REPLICA_HOSTS, (route) => route.fulfill(replicaResponse(route.request().url())));
}
