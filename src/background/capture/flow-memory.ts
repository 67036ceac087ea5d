/**
 * Flow memory: what the guide's flow in a tab has seen so far, kept across that tab's page loads,
 * and the account last seen per tenant. In storage.session: gone when the browser closes, never
 * synced, not readable by content scripts (Chrome's default access level), and rebuilt from nothing
 * by a restarted worker. A tab's flow is dropped when the flow ends (the content script saves null),
 * when the tab closes (tabs.onRemoved), and when it is older than FLOW_TTL_MS.
 */
import browser from 'webextension-polyfill';
import type { SavedFlow } from '../../shared/messages/capture';

/** A flow left alone this long is over: the user has moved on. */
export const FLOW_TTL_MS = 30 * 60 * 1000;

const flowKey = (tabId: number) => `flow:${tabId}`;
const accountKey = (tenant: string) => `account:${tenant}`;

interface Kept extends SavedFlow {
  savedAt: number;
}

export async function saveFlow(tabId: number, tenant: string, account: string, flow: SavedFlow | null, now = Date.now()): Promise<void> {
  const items: Record<string, unknown> = {};
  if (account) items[accountKey(tenant)] = account;
  if (flow) items[flowKey(tabId)] = { ...flow, savedAt: now } satisfies Kept;
  else await browser.storage.session.remove(flowKey(tabId));
  if (Object.keys(items).length) await browser.storage.session.set(items);
  // A flow kept needs the listener; only a flow dropped needs a look at whether any other is left.
  if (flow) listenForClosingTabs(true);
  else await watchClosingTabs();
}

export async function loadFlow(tabId: number, tenant: string, now = Date.now()): Promise<{ flow: SavedFlow | null; account: string }> {
  const stored = await browser.storage.session.get([flowKey(tabId), accountKey(tenant)]);
  const kept = stored[flowKey(tabId)] as Kept | undefined;
  const account = stored[accountKey(tenant)];
  let flow: SavedFlow | null = null;
  if (kept && typeof kept.savedAt === 'number' && now - kept.savedAt <= FLOW_TTL_MS) {
    const { savedAt: _, ...rest } = kept;
    flow = rest;
  }
  return { flow, account: typeof account === 'string' ? account : '' };
}

/** A closed tab's flow is over. */
function forget(tabId: number): void {
  void browser.storage.session.remove(flowKey(tabId)).then(watchClosingTabs);
}

/**
 * Listens for closing tabs only while some tab has a flow under way: a listener would otherwise wake
 * the worker for every tab the user closes anywhere (and the popup opens without waking it). A flow
 * whose tab closed while the worker was stopped is dropped after FLOW_TTL_MS (tab ids are not reused
 * within a session, so no other tab can ever load it).
 */
async function watchClosingTabs(): Promise<void> {
  listenForClosingTabs(Object.keys(await browser.storage.session.get(null)).some((key) => key.startsWith('flow:')));
}

function listenForClosingTabs(listen: boolean): void {
  const closing = browser.tabs.onRemoved;
  if (listen && !closing.hasListener(forget)) closing.addListener(forget);
  if (!listen && closing.hasListener(forget)) closing.removeListener(forget);
}

/** At every worker start: listen for closing tabs again if a flow is under way. */
export function forgetClosedTabs(): void {
  void watchClosingTabs();
}
