/** Back on the Security info list after the password was shown, with the new App password row. */
import { SECURITY_INFO_URL } from '../../../shared/microsoft';
import type { Examples } from '../example';
import { onList } from '../security-info-list';
import { listGrew, listShrank, previousWas } from '../signals';
import type { Step } from '../step';
import type { View } from '../view';
import deleted from './deleted';

const isCreated = (v: View) =>
  onList(v) && !deleted.recognise(v) && (listGrew(v) || (previousWas(v, 'copy-password', 'created') && !listShrank(v)));

const created: Step = {
  id: 'created',
  title: 'stepName_created',
  role: { capture: 'list', finishes: 'create' },
  recognise: isCreated,
  target: () => null,
  message: () => ({ key: 'step_created' }),
  facts: () => ['fact_takes_minutes', 'fact_never_expires'],
};
export default created;

/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  {
    name: 'after "Done", 2024 picker, en',
    url: SECURITY_INFO_URL,
    actions: [{ click: 'add' }, { click: 'show-more' }, { click: 'option-app-password' }, { type: ['name', 'Outlook on phone'] }, { click: 'next' }, { click: 'done' }],
    task: { kind: 'create' },
    target: null,
    message: { key: 'step_created' },
  },
  {
    name: 'after "Done", 2023 picker, de',
    url: SECURITY_INFO_URL,
    config: { lng: 'de', picker: '2023', addLabel: 'old' },
    actions: [{ click: 'add' }, { click: 'dropdown' }, { click: 'option-app-password' }, { click: 'picker-add' }, { type: ['name', 'Thunderbird'] }, { click: 'next' }, { click: 'done' }],
  },
  {
    name: 'first app password of the account, es',
    url: SECURITY_INFO_URL,
    config: { lng: 'es', apps: '' },
    actions: [{ click: 'add' }, { click: 'show-more' }, { click: 'option-app-password' }, { type: ['name', 'Impresora'] }, { click: 'next' }, { click: 'done' }],
  },
  {
    name: 'Swedish page with IT\'s extra labels',
    url: SECURITY_INFO_URL,
    config: { lng: 'sv' },
    extraLabels: {
      securityInfo: ['Säkerhetsinformation'], addMethod: ['Lägg till inloggningsmetod'], pickerTitle: ['Lägg till en inloggningsmetod'],
      showMore: ['Visa fler alternativ'], appPassword: ['Applösenord'], next: ['Nästa'], done: ['Klar'], cancel: ['Avbryt'],
      delete: ['Ta bort'], confirmDelete: ['Ja'],
    },
    actions: [{ click: 'add' }, { click: 'show-more' }, { click: 'option-app-password' }, { type: ['name', 'Skrivare'] }, { click: 'next' }, { click: 'done' }],
  },
];
