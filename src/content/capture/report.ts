/**
 * The content script's one entry into capture: give it every PageFacts the guide reads, and it
 * sends the record messages they imply, in order. While a flow is under way, what it has seen is
 * also kept by the background for this tab (capture/flow-save), and a new page of the same tab
 * starts from it (`restore`): the legacy pages post back on every step, and a reload must not lose a
 * flow. The background makes every message idempotent, so a retry after the worker was stopped never
 * doubles a record.
 */
import type { SavedFlow } from '../../shared/messages/capture';
import type { Message } from '../../shared/protocol';
import { send } from '../../shared/send';
import type { PageFacts } from '../page-facts';
import { type CaptureMemory, EMPTY_MEMORY, captureMessages, flowOf } from './capture-messages';

/** The tenant a page is for (its `tenant` or `tenantId` parameter), "" for the browser's default one. */
export function tenantOf(url: string): string {
  const query = new URL(url).searchParams;
  return (query.get('tenant') ?? query.get('tenantId') ?? '').slice(0, 200);
}

/** A worker being restarted answers after a moment; a few spaced tries ride that out. */
const RETRY_DELAYS_MS = [200, 1000, 3000];
const RETRYABLE = new Set(['internal', 'storage-blocked']);

type Send = (message: Message) => Promise<{ ok: boolean; error?: { code: string } }>;

const sendMessage: Send = (message) => send(message.type, message.payload as never);

/** A creation this page reported: its flow id is its record's id. */
export interface Creation {
  flowId: string;
  name: string;
}

export interface Reported {
  /** The name the user typed was refused (the panel says why). */
  nameRefused: boolean;
  /** The creation reported by this look, if any (the panel then asks where it will be used). */
  created?: Creation;
}

export interface Reporter {
  /** Sends what `facts` imply; answers what the panel needs to know of it. */
  report(facts: PageFacts): Reported;
  /**
   * Goes on from the flow an earlier page of this tab kept (null: none). A reporter made with
   * `restoring` holds every reading until this is called, so none is judged without it.
   */
  restore(flow: SavedFlow | null, account?: string): void;
  /** Resolves once everything reported so far has been answered (the used-where offer waits for its record; tests too). */
  idle(): Promise<void>;
}

export function createReporter(
  deliver: Send = sendMessage,
  newFlowId: () => string = () => crypto.randomUUID(),
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  restoring = false,
  /** Delivers capture/flow-save: once, in order with the captures (a later reading sends it again if it changed). */
  keep: Send = sendMessage,
): Reporter {
  let memory: CaptureMemory = EMPTY_MEMORY;
  let queue: Promise<void> = Promise.resolve();
  /** Readings held until the kept flow is back (null once it is). */
  let held: PageFacts[] | null = restoring ? [] : null;
  /** What the background keeps for this tab, as last sent. */
  let kept = JSON.stringify([null, '']);

  async function deliverWithRetry(message: Message): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      const reply = await deliver(message);
      // Only "the background did not answer" and "an upgrade is waiting for an old page to close" are
      // worth retrying; a refusal would be refused again. A storage failure is not the page's business:
      // the background keeps a note of it and the popup tells the user.
      if (reply.ok || !RETRYABLE.has(reply.error?.code ?? '') || attempt >= RETRY_DELAYS_MS.length) return reply.ok;
      await wait(RETRY_DELAYS_MS[attempt]);
    }
  }

  const reporter: Reporter = {
    report(facts) {
      if (held) {
        held.push(facts);
        return { nameRefused: false };
      }
      const result = captureMessages(memory, facts, newFlowId);
      const messages: Message[] = result.messages;
      memory = result.memory;
      const flow = flowOf(memory, facts.step);
      const now = JSON.stringify([flow, facts.account]);
      if (now !== kept) {
        kept = now;
        messages.push({ type: 'capture/flow-save', payload: { tenant: tenantOf(facts.url), account: facts.account, flow } });
      }
      for (const message of messages) {
        // One at a time, in order: a deletion must reach the background before the list that shows it.
        queue = queue.then(async () => {
          let delivered = false;
          try {
            delivered = message.type === 'capture/flow-save' ? (await keep(message)).ok : await deliverWithRetry(message);
          } catch {
            // A failed delivery must not reject the queue: every later capture would be skipped.
          }
          // An undelivered list is sent again at the next look rather than assumed known.
          if (!delivered && message.type === 'capture/list') memory = { ...memory, reported: null };
        });
      }
      const made = result.messages.find((m) => m.type === 'capture/created');
      return { nameRefused: memory.refused, created: made && { flowId: made.payload.flowId, name: made.payload.name } };
    },
    restore(flow, account = '') {
      if (flow) memory = { ...memory, naming: flow.naming, deleting: flow.deleting, list: flow.list };
      const readings = held ?? [];
      held = null;
      // The account remembered for this tenant stands in where the page showed none.
      for (const facts of readings) reporter.report({ ...facts, account: facts.account || account });
    },
    idle: () => queue,
  };
  return reporter;
}

const reporter = createReporter(sendMessage, undefined, undefined, true);

/** The flow an earlier page of this tab kept, and the account last seen for the tenant (see Reporter.restore). */
export const restoreFlow = (flow: SavedFlow | null, account: string): void => reporter.restore(flow, account);

/** Called by the content script with each new reading of the page. */
export function reportFacts(facts: PageFacts): Reported {
  return reporter.report(facts);
}

/** Resolves once everything reported so far has been answered: a record exists before it is changed. */
export const reported = (): Promise<void> => reporter.idle();
