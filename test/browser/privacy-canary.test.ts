/**
 * The privacy proof, kept in the default run forever: full create and delete flows on a replica
 * whose password screen shows a known canary, then everything the extension can write or say is
 * collected — every IndexedDB database, storage.local/sync/session, the popup's localStorage, every
 * message that reached the background, both export files, every console line of every page and
 * worker — and the canary must not appear in it in any form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { type Launched, launchWithExtension, openPopup, serveReplicas } from './harness';
import { Inventory, createThroughGuide, deleteThroughGuide, openSecurityInfo } from './inventory-harness';
import { canaryForms, findCanary, makeCanary } from './canary-forms';

const canary = makeCanary();
let launched: Launched;
const consoleLines: string[] = [];

/** Logs every message reaching the background, from a listener added by the test, not shipped code. */
async function tapMessages(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const log: string[] = ((globalThis as any).__canaryTap ??= []);
    chrome.runtime.onMessage.addListener((message: unknown) => {
      log.push(JSON.stringify(message));
      return undefined;
    });
  });
}

async function readTap(worker: Worker): Promise<string[]> {
  return worker.evaluate(() => (globalThis as any).__canaryTap ?? []);
}

/** Everything the extension stores, read from inside it. */
async function dumpStorage(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const out: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        out[`idb:${info.name}/${store}`] = await new Promise((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
    }
    out['storage.local'] = await chrome.storage.local.get(null);
    out['storage.sync'] = await chrome.storage.sync.get(null);
    out['storage.session'] = await chrome.storage.session.get(null);
    return JSON.stringify(out);
  });
}

beforeAll(async () => {
  launched = await launchWithExtension();
  await serveReplicas(launched.context, { 'https://mysignins.microsoft.com/security-info': 'inventory-security-info.html' });
  launched.context.on('console', (message) => consoleLines.push(`[page] ${message.text()}`));
  const listen = (worker: Worker) => worker.on('console', (message) => consoleLines.push(`[worker] ${message.text()}`));
  launched.context.serviceWorkers().forEach(listen);
  launched.context.on('serviceworker', listen);
  await tapMessages(launched.worker);
});

afterAll(async () => {
  await launched?.close();
});

describe('privacy canary', () => {
  it('recognises every form of the canary it searches for (the check itself can fail)', () => {
    for (const { form, value } of canaryForms(canary)) {
      expect(findCanary(canary, `before ${value} after`), form).toContain(form);
    }
    expect(findCanary(canary, 'nothing to see: abcdabcdabcdabcd')).toEqual([]);
  });

  it('never lets the password shown on screen reach anything the extension writes, sends or logs', async () => {
    const page = await openSecurityInfo(launched.context, ['Teams on phone'], canary);
    let shownOnScreen = false;
    await createThroughGuide(page, 'Outlook on laptop', async () => {
      if (await page.locator('.password-text').count()) {
        // The canary really is on the page (visible and in the field), so the capture code had every chance to read it.
        await expect.poll(() => page.locator('.password-text').textContent()).toBe(canary);
        expect(await page.locator('#TextField20').inputValue()).toBe(canary);
        expect(await page.locator('.password-text').isVisible()).toBe(true);
        shownOnScreen = true;
      }
    });
    expect(shownOnScreen).toBe(true);

    const inventory = new Inventory(launched);
    await expect.poll(async () => (await inventory.records()).map((r) => r.name).sort()).toEqual(['Outlook on laptop', 'Teams on phone']);
    await deleteThroughGuide(page, 'Outlook on laptop');
    await expect.poll(async () => (await inventory.records()).find((r) => r.name === 'Outlook on laptop')?.deletedHow).toBe('guided');

    const exports = [
      (await inventory.call<{ text: string }>('records/export', { format: 'json' })).text,
      (await inventory.call<{ text: string }>('records/export', { format: 'csv' })).text,
    ];
    const popup = await openPopup(launched);
    const popupLocalStorage = await popup.evaluate(() => JSON.stringify({ ...localStorage }));
    const storage = await dumpStorage(launched.worker);
    const messages = await readTap(launched.worker);

    // The collection is real: it holds the records and the capture messages of this very flow.
    expect(storage).toContain('Outlook on laptop');
    expect(messages.some((m) => m.includes('"capture/created"') && m.includes('Outlook on laptop'))).toBe(true);
    expect(messages.some((m) => m.includes('"capture/deleted"'))).toBe(true);

    const sources: Record<string, string> = {
      'IndexedDB and storage areas': storage,
      'messages to the background': messages.join('\n'),
      exports: exports.join('\n'),
      "the popup's localStorage": popupLocalStorage,
      'console lines': consoleLines.join('\n'),
    };
    for (const [where, text] of Object.entries(sources)) {
      expect(findCanary(canary, text), `canary found in ${where}`).toEqual([]);
    }
    await popup.close();
    await page.close();
  });
});
