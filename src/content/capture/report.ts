/**
 * The content script's one entry into capture: give it every PageFacts the guide reads, and it
 * sends the record messages they imply, in order. What it remembers lives only in this page's
 * content script; the background makes every message idempotent, so a retry after the worker was
 * stopped never doubles a record.
 */
import type { Message } from '../../shared/protocol';
import { send } from '../../shared/send';
import type { PageFacts } from '../page-facts';
import { type CaptureMemory, EMPTY_MEMORY, captureMessages } from './capture-messages';

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
  /** Resolves once everything reported so far has been answered (for tests). */
  idle(): Promise<void>;
}

export function createReporter(
  deliver: Send = sendMessage,
  newFlowId: () => string = () => crypto.randomUUID(),
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Reporter {
  let memory: CaptureMemory = EMPTY_MEMORY;
  let queue: Promise<void> = Promise.resolve();

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

  return {
    report(facts) {
      const result = captureMessages(memory, facts, newFlowId);
      memory = result.memory;
      for (const message of result.messages) {
        // One at a time, in order: a deletion must reach the background before the list that shows it.
        queue = queue.then(async () => {
          let delivered = false;
          try {
            delivered = await deliverWithRetry(message);
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
    idle: () => queue,
  };
}

const reporter = createReporter();

/** Called by the content script with each new reading of the page. */
export function reportFacts(facts: PageFacts): Reported {
  return reporter.report(facts);
}

/** Resolves once everything reported so far has been answered: a record exists before it is changed. */
export const reported = (): Promise<void> => reporter.idle();
