/**
 * Pure: from what was seen before and what the page shows now, to the record messages to send.
 * Only PageFacts go in — step, url, account, row names, typed name — so nothing here can reach
 * the password, whatever step the user is on. As the last check before anything leaves the page,
 * no name or account shaped like an app password (or too long for a record) is ever put in a message.
 */
import { looksLikeAppPassword } from '../../shared/app-password-shape';
import type { SavedFlow } from '../../shared/messages/capture';
import type { Message } from '../../shared/protocol';
import { MAX_NAME_LENGTH } from '../../shared/record';
import { LEGACY_HOST } from '../../shared/microsoft';
import { roleOf } from '../detect/registry';
import type { PageFacts } from '../page-facts';

type CaptureMessage = Message<'capture/created' | 'capture/deleted' | 'capture/list'>;

export interface CaptureMemory {
  /** The name and account on the naming screen, kept until Microsoft shows the password. */
  naming: { name: string; account: string } | null;
  /** A deletion was confirmed on screen and its row has not yet been seen gone. */
  deleting: boolean;
  /** The last list seen on a list screen: what a deletion is measured against. */
  list: { account: string; names: string[] } | null;
  /** The last list sent, so an unchanged list is not sent again on every page change. */
  reported: string | null;
  /** The name the user typed was refused for its shape; the panel says why until the flow moves on. */
  refused: boolean;
}

export const EMPTY_MEMORY: CaptureMemory = { naming: null, deleting: false, list: null, reported: null, refused: false };

/**
 * What must outlive this page while a flow is under way (a name typed, a deletion confirmed), so
 * the next page's content script goes on where this one stopped; null when no flow is under way.
 */
export const flowOf = ({ naming, deleting, list }: CaptureMemory, step: SavedFlow['step']): SavedFlow | null =>
  naming || deleting ? { step, naming, deleting, list } : null;

/** Text that may be sent as a name: present, short enough for a record, and not shaped like a password. */
const recordableName = (name: string): boolean => name !== '' && name.length <= MAX_NAME_LENGTH && !looksLikeAppPassword(name);
const safeAccount = (account: string): string => (looksLikeAppPassword(account) ? '' : account);

/** Names in `before` missing from `after`, counting repeats: [A, A, B] − [A] = [A, B]. */
export function removedNames(before: readonly string[], after: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const name of after) left.set(name, (left.get(name) ?? 0) + 1);
  const removed: string[] = [];
  for (const name of before) {
    const count = left.get(name) ?? 0;
    if (count > 0) left.set(name, count - 1);
    else removed.push(name);
  }
  return removed;
}

const countOf = (names: readonly string[], name: string) => names.filter((n) => n === name).length;

function isLegacy(url: string): boolean {
  try {
    return new URL(url).host === LEGACY_HOST;
  } catch {
    return false;
  }
}

export function captureMessages(
  memory: CaptureMemory,
  next: PageFacts,
  newFlowId: () => string,
): { memory: CaptureMemory; messages: CaptureMessage[] } {
  const messages: CaptureMessage[] = [];
  let { naming, deleting, list, reported, refused } = memory;
  // Each step declares its part in capture (detect/step.ts CaptureRole); nothing here lists step ids.
  const role = roleOf(next.step).capture;

  // Read on every look while the field is on screen, and once more on the look that shows the
  // password (what the user had typed by then: see read-facts.ts), so the name they finished is what
  // counts. A field the user has not typed into (null) changes nothing: it may be the box that shows
  // the password, drawn in place of the name field, and the name is still the one typed before.
  if (role === 'naming' || (role === 'showing-password' && (next.typedName !== null || next.nameRefused))) {
    if (next.nameRefused) {
      naming = null;
      refused = true;
    } else if (next.typedName !== null) {
      const name = next.typedName.trim();
      naming = recordableName(name) ? { name, account: safeAccount(next.account) } : null;
      refused = false;
    }
  }
  if (role === 'showing-password') {
    if (naming) {
      messages.push({
        type: 'capture/created',
        payload: { flowId: newFlowId(), name: naming.name, account: safeAccount(next.account) || naming.account },
      });
    }
    naming = null;
  } else if (role === 'confirming-delete') {
    deleting = true;
    refused = false;
  } else if (role !== 'passing' && role !== 'naming') {
    refused = false;
    if (role !== 'list') {
      // Another task began (picking a method, the limit message…): any earlier one is over.
      naming = null;
      deleting = false;
    }
  }

  if (role === 'list' && next.appPasswordNames) {
    const names = next.appPasswordNames.filter(recordableName);
    const account = safeAccount(next.account);
    naming = null;
    if (deleting && list && list.account === account) {
      const removed = removedNames(list.names, names);
      for (const name of new Set(removed)) {
        messages.push({ type: 'capture/deleted', payload: { name, account, remaining: countOf(names, name) } });
      }
      if (removed.length) deleting = false;
    }
    list = { account, names: [...names] };
    const legacy = isLegacy(next.url);
    const key = JSON.stringify([account, legacy, [...names].sort()]);
    if (key !== reported) {
      messages.push({ type: 'capture/list', payload: { account, names: [...names], legacy } });
      reported = key;
    }
  }

  return { memory: { naming, deleting, list, reported, refused }, messages };
}
