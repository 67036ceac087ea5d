/** Where the guide last ran and storage problems to tell: the content script reports, the popup asks. */
import { STEP_IDS, type StepId } from '../steps';
import { oneOf, shape, text } from '../schema';
import { fromContentScript, fromExtensionPages } from './define';

export const statusMessages = {
  'page/seen': fromContentScript(shape({ url: text({ max: 2048 }), step: oneOf(STEP_IDS) })),
  'status/get': fromExtensionPages(shape({})),
  'status/dismiss-storage-problem': fromExtensionPages(shape({})),
};

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

export interface StatusReplies {
  'page/seen': null;
  'status/get': Status;
  'status/dismiss-storage-problem': null;
}
