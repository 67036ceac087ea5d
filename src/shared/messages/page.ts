import { type Check, object, oneOf, string } from '../validate';
import { STEP_IDS, type StepId } from '../steps';

const url = string({ max: 2048 });

/** Where the guide runs: the content script reports the page, the popup asks about it. */
export const pagePayloads = {
  'page/seen': object({ url, step: oneOf(STEP_IDS) }),
  'status/get': object({}),
  'status/dismiss-storage-problem': object({}),
} satisfies Record<string, Check<unknown>>;

export interface PageSeen {
  host: string;
  step: StepId;
  at: number;
}

/**
 * A storage failure the user may not have seen happen (a capture from Microsoft's page that could
 * not be saved, the database deleted from outside the extension), kept until they dismiss it.
 */
export interface StorageProblem {
  kind: 'full' | 'blocked' | 'newer' | 'failed' | 'lost';
  at: number;
}

export interface Status {
  lastPage: PageSeen | null;
  storageProblem: StorageProblem | null;
}

export interface PageMessages {
  'page/seen': { payload: { url: string; step: StepId }; reply: null };
  'status/get': { payload: Record<string, never>; reply: Status };
  'status/dismiss-storage-problem': { payload: Record<string, never>; reply: null };
}
