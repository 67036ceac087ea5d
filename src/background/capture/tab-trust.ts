/**
 * How far the background trusts what one tab reports (issue #16 item 8). Microsoft's page decides
 * what the content script reads, so a script on that page (or an odd page) can make it report any
 * account and any rows. What such a page can do is bounded here:
 * - one page (document) speaks for one account: the first account it reports. A capture for
 *   another account from the same page is refused, so it can never touch another account's records.
 *   Signing in as someone else goes through Microsoft's sign-in page, which is a new document.
 *   A capture without an account ("" while the header is still loading) counts as the page's account
 *   once it has one; before that, the records it adds are the page's *pending* ones, moved to the
 *   account when it is known (apply-capture.ts).
 * - one tab adds at most PAGE_ADDS_PER_MINUTE new records a minute (reloading does not reset it),
 *   and one page at most PAGE_ADDS_TOTAL in all.
 *
 * Kept in storage.session (one key per tab) so a stopped worker forgets nothing; a tab not heard
 * from for 12 hours is forgotten. Firefox gives no documentId, so there a full load of the tab
 * starts a new page.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { APP_PASSWORD_LIMIT, SUPPORTED_HOSTS } from '../../shared/microsoft';
import { ExpectedError } from '../errors';

/** A full list seen for the first time adds 40 at once; nothing real adds more in a minute. */
export const PAGE_ADDS_PER_MINUTE = APP_PASSWORD_LIMIT;
/** A full list seen, then every app password on it replaced by a new one, in one page. */
const PAGE_ADDS_TOTAL = APP_PASSWORD_LIMIT * 2;
const MINUTE = 60_000;
/** Pages kept per tab: the current one and a few before it (their pending records may still be moved). */
const PAGES_PER_TAB = 4;
const PREFIX = 'captureTrust:';

export interface PageTrust {
  /** The account this page showed; null until it shows one. */
  account: string | null;
  /** Records this page added while it had no account (account ""). */
  pending: string[];
  /** New records this page has added in all. */
  added: number;
}

interface TabTrust {
  /** When this tab added each new record in the last minute. */
  recentAdds: number[];
  pages: Record<string, PageTrust & { seenAt: number }>;
}

export interface PageRef {
  tabId: number;
  page: string;
}

/** The page a content script's message came from; null for a sender outside a tab (never a content script). */
export function pageOf(sender: Runtime.MessageSender): PageRef | null {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number') return null;
  const documentId = (sender as { documentId?: unknown }).documentId;
  return { tabId, page: `${sender.frameId ?? 0}:${typeof documentId === 'string' ? documentId : ''}` };
}

const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

async function readTab(tabId: number): Promise<TabTrust> {
  const stored = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)] as TabTrust | undefined;
  return stored ?? { recentAdds: [], pages: {} };
}

/** What one capture may do, and what it did, for one page. */
export interface Trust extends PageTrust {
  /** New records this capture may add: the tab's budget for this minute and the page's in all. */
  addBudget: number;
}

/**
 * The account a capture is taken as: the page's own once it has one ("" means "not shown right
 * now"); another account from the same page is refused.
 */
export function accountFor(trust: PageTrust, reported: string): string {
  if (trust.account === null || reported === trust.account) return reported || (trust.account ?? '');
  if (reported === '') return trust.account;
  throw new ExpectedError(
    'wrong-account',
    'This page already showed another account; a capture for a second account from the same page is refused.',
  );
}

/** Captures from one tab run one at a time, so its trust is read and written without a race. */
const queues = new Map<number, Promise<unknown>>();

/**
 * Runs `work` with the page's trust and stores what it changed. `work` returns the new page trust
 * and how many records it added; nothing is stored when it throws.
 */
export function withPageTrust<T>(
  ref: PageRef,
  now: number,
  work: (trust: Trust) => Promise<{ result: T; trust: PageTrust; added: number }>,
): Promise<T> {
  const run = async () => {
    const tab = await readTab(ref.tabId);
    if (!Object.keys(tab.pages).length) await forgetOldTabs(now);
    const recentAdds = tab.recentAdds.filter((at) => now - at < MINUTE);
    const page = tab.pages[ref.page] ?? { account: null, pending: [], added: 0, seenAt: now };
    const addBudget = Math.max(0, Math.min(PAGE_ADDS_PER_MINUTE - recentAdds.length, PAGE_ADDS_TOTAL - page.added));
    const { result, trust, added } = await work({ account: page.account, pending: page.pending, added: page.added, addBudget });
    const pages = { ...tab.pages, [ref.page]: { ...trust, added: trust.added + added, seenAt: now } };
    const kept = Object.entries(pages)
      .sort(([, a], [, b]) => b.seenAt - a.seenAt)
      .slice(0, PAGES_PER_TAB);
    const next: TabTrust = { recentAdds: [...recentAdds, ...Array<number>(added).fill(now)], pages: Object.fromEntries(kept) };
    await browser.storage.session.set({ [keyOf(ref.tabId)]: next });
    return result;
  };
  const previous = queues.get(ref.tabId) ?? Promise.resolve();
  const current = previous.then(run, run);
  const settled = current.catch(() => {});
  queues.set(ref.tabId, settled);
  void settled.then(() => {
    if (queues.get(ref.tabId) === settled) queues.delete(ref.tabId);
  });
  return current;
}

/**
 * Entries of tabs not heard from for this long are dropped when a new tab first captures: tab ids
 * are not reused within a session, and storage.session is emptied when the browser closes. No
 * tabs.onRemoved listener, which would wake the worker for every tab closed anywhere.
 */
const FORGET_AFTER_MS = 12 * 60 * 60 * 1000;

async function forgetOldTabs(now: number): Promise<void> {
  const stored = await browser.storage.session.get(null);
  const old = Object.entries(stored)
    .filter(([key, value]) => key.startsWith(PREFIX) && Math.max(0, ...Object.values((value as TabTrust).pages ?? {}).map((p) => p.seenAt)) < now - FORGET_AFTER_MS)
    .map(([key]) => key);
  if (old.length) await browser.storage.session.remove(old);
}

/**
 * Firefox gives no documentId, so there a full load of the tab starts a new page (signing in as
 * someone else goes through Microsoft's sign-in page, a full load). Chrome needs no listener: each
 * document has its own id. The filter keeps Firefox from waking the background for other changes
 * and other sites' loads.
 */
export function startPagesOnLoad(): void {
  if (!browser.runtime.getURL('').startsWith('moz-extension:')) return;
  const onUpdated = browser.tabs?.onUpdated as unknown as {
    addListener(listener: (tabId: number, change: { status?: string }) => void, filter?: { properties: string[]; urls: string[] }): void;
  };
  onUpdated?.addListener(
    (tabId, change) => {
      if (change.status !== 'loading') return;
      void readTab(tabId).then((tab) => {
        const pages = Object.fromEntries(Object.entries(tab.pages).filter(([page]) => !page.endsWith(':')));
        if (Object.keys(pages).length !== Object.keys(tab.pages).length) return browser.storage.session.set({ [keyOf(tabId)]: { ...tab, pages } });
      });
    },
    // Only Microsoft's pages have trust to reset: a load anywhere else never wakes the background.
    { properties: ['status'], urls: SUPPORTED_HOSTS.map((host) => `https://${host}/*`) },
  );
}
