/** Legacy create: the name field. */
import { LEGACY_HOST } from '../../../shared/microsoft';
import { isPrimary } from '../dom';
import type { Examples } from '../example';
import { anyMatch, atLeast, onLegacy, previousWas, sameNameField } from '../signals';
import type { Step } from '../step';

const legacyName: Step = {
  id: 'legacy-name',
  title: 'stepName_legacy_name',
  role: { capture: 'naming' },
  recognise: (v) =>
    onLegacy(v) &&
    !!v.dialog &&
    v.fields.length === 1 &&
    // The password page offers to copy it; the name page never does.
    !v.control('copyPassword') &&
    atLeast(2, [
      v.is(v.dialogTitle, 'create') || v.is(v.dialogTitle, 'appPassword'),
      anyMatch(v, v.labels, 'name'),
      !!v.control('next') || v.controls.some(isPrimary),
      previousWas(v, 'legacy-app-passwords') || sameNameField(v, 'legacy-name'),
    ]),
  target: (v) => v.fields[0],
  message: () => ({ key: 'step_legacy_name' }),
  facts: () => ['fact_name_where'],
};
export default legacyName;

const APP_PASSWORDS = `https://${LEGACY_HOST}/AppPasswords.aspx`;
/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: 'empty field, en', url: APP_PASSWORDS, actions: [{ click: 'create' }], target: 'name', message: { key: 'step_legacy_name' } },
  { name: 'name typed, en', url: APP_PASSWORDS, actions: [{ click: 'create' }, { type: ['name', 'Old mail client'] }], target: 'name' },
  { name: 'empty field, fr', url: APP_PASSWORDS, config: { lng: 'fr' }, actions: [{ click: 'create' }], target: 'name' },
  { name: 'empty field, ja', url: APP_PASSWORDS, config: { lng: 'ja' }, actions: [{ click: 'create' }] },
];
