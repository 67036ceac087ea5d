/** Additional security verification (Proofup.aspx): point to the App passwords tab. */
import { LEGACY_HOST } from '../../../shared/microsoft';
import type { Examples } from '../example';
import { appPasswordsLink, onPage } from '../legacy-page';
import { anyMatch, atLeast, onLegacy } from '../signals';
import type { Step } from '../step';

const legacyVerification: Step = {
  id: 'legacy-verification',
  title: 'stepName_legacy_verification',
  role: { capture: 'other' },
  recognise: (v) =>
    onLegacy(v) &&
    !v.dialog &&
    atLeast(2, [onPage(v, 'Proofup.aspx'), anyMatch(v, v.pageHeadings, 'legacyTitle'), !!appPasswordsLink(v), v.hasSelect]),
  target: (v) => appPasswordsLink(v) ?? null,
  // Without the tab the admin has not allowed app passwords: say so instead of pointing at nothing.
  message: (v) => ({ key: appPasswordsLink(v) ? 'step_legacy_verification' : 'guide_legacy_no_tab' }),
  facts: () => [],
};
export default legacyVerification;

const PROOFUP = `https://${LEGACY_HOST}/Proofup.aspx`;
/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: 'with the App passwords tab, en', url: PROOFUP, target: 'tab-app-passwords', message: { key: 'step_legacy_verification' } },
  { name: 'with the App passwords tab, de', url: PROOFUP, config: { lng: 'de' }, target: 'tab-app-passwords' },
  { name: 'with the App passwords tab, ja', url: PROOFUP, config: { lng: 'ja' }, target: 'tab-app-passwords' },
  { name: 'without the App passwords tab', url: PROOFUP, config: { legacyTab: 'off' }, target: null, message: { key: 'guide_legacy_no_tab' } },
];
