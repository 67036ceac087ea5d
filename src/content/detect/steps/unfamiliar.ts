/**
 * The fallback: a supported page that no other step recognises. The registry tries it last, so it
 * decides only when every other step has said no; the panel then points at nothing and shows the
 * steps in writing.
 */
import { MYSIGNINS_HOST, SUPPORTED_HOSTS } from '../../../shared/microsoft';
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
  { name: 'My Sign-Ins Organizations page', url: `https://${MYSIGNINS_HOST}/organizations`, target: null, message: { key: 'step_unfamiliar' } },
  { name: 'My Sign-Ins Overview, reached in the single-page app', url: `https://${MYSIGNINS_HOST}/organizations`, actions: [{ click: 'nav-security-info' }, { click: 'nav-overview' }] },
  { name: 'My Sign-Ins Overview, de', url: `https://${MYSIGNINS_HOST}/`, config: { lng: 'de' } },
];
