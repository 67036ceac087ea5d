import type { StepId } from '../../shared/steps';

const MYACCOUNT = 'myaccount.microsoft.com';
const MYSIGNINS = 'mysignins.microsoft.com';

/**
 * Pure: from a document and its URL to the step the user is on. Anything on a supported URL that
 * matches no known step is `unfamiliar`, so the panel never points at the wrong thing.
 */
export function detectStep(doc: Document, url: string): StepId {
  const { host, pathname } = new URL(url);
  if (host === MYACCOUNT && doc.body) return 'myaccount';
  if (host === MYSIGNINS && pathname.replace(/\/+$/, '') === '/security-info' && doc.querySelector('main, [role="main"]'))
    return 'security-info';
  return 'unfamiliar';
}
