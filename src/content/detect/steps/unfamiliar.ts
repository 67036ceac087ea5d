/**
 * The fallback: a supported page that no other step recognises. The registry tries it last, so it
 * decides only when every other step has said no: a page on the flow's own URL that matches nothing
 * (a maintenance page, an unknown dialog), or one still loading after LOADING_MS (src/content/loading.ts).
 * The panel then points at nothing and shows the steps in writing.
 */
import { SECURITY_INFO_URL, SUPPORTED_HOSTS } from '../../../shared/microsoft';
import type { Examples } from '../example';
import type { Step } from '../step';

const unfamiliar: Step = {
  id: 'unfamiliar',
  title: 'stepName_unfamiliar',
  // A transition frame or a page we do not know does not end a flow.
  role: { capture: 'passing' },
  recognise: (v) => (SUPPORTED_HOSTS as readonly string[]).includes(v.url.host),
  target: () => null,
  message: () => ({ key: 'step_unfamiliar' }),
  facts: () => [],
  extras: ['written-steps'],
};
export default unfamiliar;

/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: 'Security info replaced by a maintenance page', url: SECURITY_INFO_URL, config: { page: 'maintenance' }, target: null, message: { key: 'step_unfamiliar' } },
  { name: 'a maintenance page, plain markup, de', url: SECURITY_INFO_URL, config: { page: 'maintenance', dialect: 'plain', lng: 'de' } },
  { name: 'an unknown dialog over the list, fr', url: SECURITY_INFO_URL, config: { page: 'whats-new', lng: 'fr' } },
];
