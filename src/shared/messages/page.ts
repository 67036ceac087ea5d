import { type Check, object, oneOf, string } from '../validate';
import { STEP_IDS, type StepId } from '../steps';

const url = string({ max: 2048 });

/** Where the guide runs: the content script reports the page, the popup asks about it. */
export const pagePayloads = {
  'page/seen': object({ url, step: oneOf(STEP_IDS) }),
  'status/get': object({}),
} satisfies Record<string, Check<unknown>>;

export interface PageSeen {
  host: string;
  step: StepId;
  at: number;
}

export interface Status {
  lastPage: PageSeen | null;
}

export interface PageMessages {
  'page/seen': { payload: { url: string; step: StepId }; reply: null };
  'status/get': { payload: Record<string, never>; reply: Status };
}
