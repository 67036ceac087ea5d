/**
 * The replica journeys, written once for every browser. A journey only needs a tab that can go to a
 * URL, use Microsoft's (replica) controls by their `data-r` name and read our host's data-step; the
 * Chromium tier drives that tab with Playwright (walk-scenario.ts), the Firefox tier with
 * puppeteer-core over WebDriver BiDi (test/firefox/driver.ts).
 */
import { expect } from 'vitest';
import { type Action, SCENARIOS, type Scenario } from '../fixtures/replica/scenarios';

export interface JourneyTab {
  goto(url: string): Promise<void>;
  back(): Promise<void>;
  /** Clicks Microsoft's control `[data-r="<r>"]`, as a user would (waits until it can be clicked). */
  click(r: string): Promise<void>;
  /** Replaces the text of the field `[data-r="<r>"]`, with the input events typing makes. */
  fill(r: string, text: string): Promise<void>;
  /** Waits until `#app-password-guide` has data-step `step`; the error names the step it shows instead. */
  waitForStep(step: string, timeout?: number): Promise<void>;
  /** The value of a field, or the text of any other element `[data-r="<r>"]`. */
  valueOf(r: string): Promise<string>;
  isVisible(r: string): Promise<boolean>;
  /** Uncaught errors of the page so far. */
  errors(): string[];
  close(): Promise<void>;
}

/** Opens a tab whose pages all see `config` as the replica's variant switches. */
export type OpenTab = (config: Record<string, string>) => Promise<JourneyTab>;

export async function performAction(tab: JourneyTab, action: Action): Promise<void> {
  if ('click' in action) await tab.click(action.click);
  else if ('type' in action) await tab.fill(action.type[0], action.type[1]);
  else if ('go' in action) await tab.goto(action.go);
  else await tab.back();
}

export interface WalkOptions {
  /** Extra replica switches on top of the scenario's own (the privacy canary's `canary`). */
  config?: Record<string, string>;
  /** Called once the guide shows `step`, with the tab still on that screen. */
  onStep?: (tab: JourneyTab, step: string) => Promise<void>;
  /** Keeps the tab open and returns it (for checks after the walk); the caller closes it. */
  keepOpen?: boolean;
}

/** Walks `scenario` in a new tab. Fails on a wrong step or any uncaught page error. */
export async function walkJourney(open: OpenTab, scenario: Scenario, options: WalkOptions = {}): Promise<JourneyTab | undefined> {
  const tab = await open({ ...scenario.config, ...options.config });
  let keep = false;
  try {
    await tab.goto(scenario.url);
    await tab.waitForStep(scenario.start);
    await options.onStep?.(tab, scenario.start);
    for (const [action, expected] of scenario.steps) {
      await performAction(tab, action);
      await tab.waitForStep(expected);
      await options.onStep?.(tab, expected);
    }
    expect(tab.errors(), scenario.name).toEqual([]);
    keep = options.keepOpen === true;
    return keep ? tab : undefined;
  } finally {
    if (!keep) await tab.close();
  }
}

export function scenarioNamed(scenarios: Scenario[], name: string): Scenario {
  const found = scenarios.find((s) => s.name === name);
  if (!found) throw new Error(`no replica scenario "${name}"`);
  return found;
}

/**
 * The privacy canary's flows: every flow that shows a password or removes one, in each picker
 * generation, page generation and language.
 */
export const CANARY_FLOWS: Scenario[] = [
  'create, 2024 picker, en',
  'create, 2023 picker, en',
  'create, 2023 picker, en, {"rowAria":"off","passwordBox":"input"}',
  'create, 2024 picker, de',
  'create, 2024 picker, fr',
  'create, 2023 picker, es',
  'create, 2024 picker, ja',
  'delete, confirm "yes", en',
  'delete, confirm "delete", en',
  'delete, confirm "ok", de',
  'at the 40 limit, 2024 picker',
  'legacy verification page to app passwords, create',
  'legacy delete',
].map((name) => scenarioNamed(SCENARIOS, name));

/** Steps on which the replica shows the new password (where the privacy canary is on screen). */
export const PASSWORD_STEPS = ['copy-password', 'legacy-copy-password'];

/**
 * Everything the extension stores, read from one of its own pages: every IndexedDB database and
 * store, storage.local/sync/session, and the page's localStorage and sessionStorage. A function
 * string so each driver evaluates it as it is (Chromium: `chrome.*`, Firefox: `browser.*`).
 */
export const DUMP_STORAGE = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const out = {};
  for (const info of await indexedDB.databases()) {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open(info.name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const store of db.objectStoreNames) {
      out['idb:' + info.name + '/' + store] = await new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
  }
  out['storage.local'] = await api.storage.local.get(null);
  out['storage.sync'] = await api.storage.sync.get(null);
  out['storage.session'] = await api.storage.session.get(null);
  out.localStorage = { ...localStorage };
  out.sessionStorage = { ...sessionStorage };
  return JSON.stringify(out);
})()`;
