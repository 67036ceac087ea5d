/** Back on the Security info list, and the App password row the user deleted is gone. */
import { SECURITY_INFO_URL } from '../../../shared/microsoft';
import type { Examples } from '../example';
import { onList } from '../security-info-list';
import { listGrew, listShrank, previousWas } from '../signals';
import type { Step } from '../step';
import type { View } from '../view';

/** A row went since the last look, or this is still the list right after a deletion. */
const isDeleted = (v: View) => onList(v) && (listShrank(v) || (previousWas(v, 'deleted') && !listGrew(v)));

const deleted: Step = {
  id: 'deleted',
  title: 'stepName_deleted',
  role: { capture: 'list', finishes: 'delete' },
  recognise: isDeleted,
  target: () => null,
  message: () => ({ key: 'step_deleted' }),
  facts: () => ['fact_deleted_app_stops'],
};
export default deleted;

const deleteScanner = (confirm: string, lng: string, extra: Record<string, string> = {}) => ({
  name: `after confirming with "${confirm}", ${lng}`,
  url: SECURITY_INFO_URL,
  config: { lng, confirm, ...extra },
  actions: [{ click: 'delete-Scanner in the office' }, { click: 'confirm-yes' }],
});

/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { ...deleteScanner('yes', 'en'), target: null, message: { key: 'step_deleted' } },
  deleteScanner('ok', 'de'),
  deleteScanner('delete', 'fr'),
  deleteScanner('ok', 'ja', { rowAria: 'off' }),
  {
    name: 'at the 40 limit, one deleted',
    url: SECURITY_INFO_URL,
    config: { count: '40' },
    actions: [{ click: 'delete-Device 40' }, { click: 'confirm-yes' }],
    task: { kind: 'delete', name: 'Device 40' },
  },
];
