/**
 * A supported page still being drawn: nothing of its own on screen yet (a spinner, a progress bar,
 * a busy region, or only the app's top bar and navigation). The panel stays quiet; the content
 * script turns a load that lasts too long into `unfamiliar` (src/content/loading.ts).
 */
import { LEGACY_HOST, MYACCOUNT_HOST, MYSIGNINS_HOST, SECURITY_INFO_URL, SUPPORTED_HOSTS } from '../../../shared/microsoft';
import type { Examples } from '../example';
import type { Step } from '../step';

const loading: Step = {
  id: 'loading',
  title: 'stepName_loading',
  // A frame on the way to a screen: it ends no flow.
  role: { capture: 'passing' },
  // Structure only, so it holds whatever the spinner looks like: a supported page with no dialog and
  // no heading or control outside its frame. Any screen the guide knows has one of them.
  recognise: (v) => (SUPPORTED_HOSTS as readonly string[]).includes(v.url.host) && !v.dialog && !v.drawn,
  target: () => null,
  message: () => ({ key: 'step_loading' }),
  facts: () => [],
  extras: ['quiet'],
};
export default loading;

/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: 'Security info, spinner', url: SECURITY_INFO_URL, config: { loading: 'hold' }, target: null, message: { key: 'step_loading' } },
  { name: 'Security info, aria-busy placeholders, de', url: SECURITY_INFO_URL, config: { loading: 'hold', loadingShape: 'busy', lng: 'de' } },
  { name: 'Security info, the app\'s frame with nothing in it, plain markup', url: SECURITY_INFO_URL, config: { loading: 'hold', loadingShape: 'shell', dialect: 'plain' } },
  { name: 'Security info, spinner, Fluent v8, ja', url: SECURITY_INFO_URL, config: { loading: 'hold', dialect: 'fluent8', lng: 'ja' } },
  { name: 'My Sign-Ins Overview, spinner', url: `https://${MYSIGNINS_HOST}/`, config: { loading: 'hold' } },
  { name: 'My Account, spinner', url: `https://${MYACCOUNT_HOST}/`, config: { loading: 'hold', loadingShape: 'busy' } },
  { name: 'legacy app passwords, the frame only', url: `https://${LEGACY_HOST}/AppPasswords.aspx`, config: { loading: 'hold', loadingShape: 'shell' } },
];
