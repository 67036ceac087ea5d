/**
 * Collects everything the extension writes, sends, answers or logs, for the privacy tests to search
 * for a canary password: every message to the background and every reply (tapped in the content
 * script's own world and in extension pages), every message as the background received it, every
 * console line of every page, world and worker, and every storage area.
 */
import type { CDPSession, Page, Worker } from 'playwright-core';
import type { Launched } from './harness';

/**
 * Wraps runtime.sendMessage so each request and its reply are logged. Installed in the content
 * script's isolated world (paused at its first line by DevTools) and in extension pages (an init
 * script in their main world), so nothing is sent or answered before the tap is in place.
 */
const TAP = `(() => {
  const runtime = globalThis.chrome && globalThis.chrome.runtime;
  if (!runtime || !runtime.sendMessage || globalThis.__canaryTapped) return;
  globalThis.__canaryTapped = true;
  const send = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (...args) => {
    const pending = send(...args);
    Promise.resolve(pending).then(
      (reply) => console.debug('[canary-tap]', JSON.stringify({ sent: args[0], reply })),
      (error) => console.debug('[canary-tap]', JSON.stringify({ sent: args[0], error: String(error) })),
    );
    return pending;
  };
})()`;

export interface Collector {
  /** Console lines of every page (all worlds, through DevTools) and every worker incarnation. */
  consoleLines: string[];
  /** Request and reply of every message, as the sender saw them. */
  replies: string[];
  /** Messages as they reached the background. */
  received(): string[];
  /** Every console line of `page` in every world, and the tap in its content script before it runs. */
  instrument(page: Page): Promise<CDPSession>;
}

/** Starts collecting in `launched`'s context: call before opening any page. */
export async function collect(launched: Launched): Promise<Collector> {
  const consoleLines: string[] = [];
  const replies: string[] = [];
  const record = (line: string) => {
    if (line.startsWith('[canary-tap] ')) replies.push(line.slice('[canary-tap] '.length));
    else consoleLines.push(line);
  };

  /** Logs every message reaching the background, from a listener added by the test, not shipped code. */
  const tapWorker = async (worker: Worker) => {
    worker.on('console', (message) => consoleLines.push(`[worker] ${message.text()}`));
    await worker
      .evaluate(() => {
        chrome.runtime.onMessage.addListener((message: unknown) => {
          console.debug('[canary-received]', JSON.stringify(message));
          return undefined;
        });
      })
      .catch(() => {}); // a worker stopped meanwhile is tapped again when it restarts
  };

  // Extension pages (the popup) get the tap before their first message; Microsoft's pages have no runtime to tap.
  await launched.context.addInitScript(TAP);
  launched.context.on('console', (message) => {
    if (message.page()?.url().startsWith('chrome-extension://')) record(message.text());
  });
  launched.context.on('serviceworker', (worker) => void tapWorker(worker));
  for (const worker of launched.context.serviceWorkers()) await tapWorker(worker);

  return {
    consoleLines,
    replies,
    received: () => consoleLines.filter((l) => l.includes('[canary-received]')),
    async instrument(page) {
      const cdp = await launched.context.newCDPSession(page);
      cdp.on('Runtime.consoleAPICalled', (event) => {
        record(event.args.map((arg) => (arg.value !== undefined ? String(arg.value) : (arg.description ?? ''))).join(' '));
      });
      const tapThenResume = async (callFrameId: string) => {
        try {
          await cdp.send('Debugger.evaluateOnCallFrame', { callFrameId, expression: TAP });
        } finally {
          await cdp.send('Debugger.resume');
        }
      };
      // CDP ignores what a listener returns: the tap's outcome is seen in what it records.
      cdp.on('Debugger.paused', ({ callFrames }) => void tapThenResume(callFrames[0].callFrameId));
      await cdp.send('Runtime.enable');
      await cdp.send('Debugger.enable');
      await cdp.send('Debugger.setBreakpointByUrl', { urlRegex: '^chrome-extension://[a-p]{32}/src/content/index\\.js$', lineNumber: 0 });
      return cdp;
    },
  };
}

/** Everything the extension stores, read from one of its own pages. */
export async function dumpStorage(popup: Page): Promise<string> {
  return popup.evaluate(async () => {
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
    out.localStorage = { ...localStorage };
    out.sessionStorage = { ...sessionStorage };
    return JSON.stringify(out);
  });
}

/** Everything the guide's panel shows or says: its text and every attribute in its shadow root. */
export async function panelText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.getElementById('app-password-guide')?.shadowRoot;
    if (!root) return '';
    const parts = [root.textContent ?? ''];
    for (const el of root.querySelectorAll('*')) for (const a of el.attributes) parts.push(a.value);
    return parts.join('\n');
  });
}
