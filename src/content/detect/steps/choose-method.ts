/** The method picker is open (the pre-2024 dropdown or the 2024+ list): point to App password. */
import { SECURITY_INFO_URL } from '../../../shared/microsoft';
import type { Examples } from '../example';
import { readPicker } from '../picker';
import { primaryOr } from '../security-info-list';
import { onSecurityInfo } from '../signals';
import type { Step } from '../step';
import methodUnavailable from './method-unavailable';

const chooseMethod: Step = {
  id: 'choose-method',
  title: 'stepName_choose_method',
  role: { capture: 'other' },
  recognise: (v) => onSecurityInfo(v) && !!readPicker(v) && !methodUnavailable.recognise(v),
  target: (v) => {
    const p = readPicker(v);
    if (!p) return null;
    if (p.appPassword) return p.appPassword;
    if (p.appPasswordChosen) return primaryOr(v, 'add', 'next');
    return p.showMore ?? p.combobox ?? null;
  },
  message: (v) => {
    const p = readPicker(v);
    if (p?.appPasswordChosen && !p.appPassword) return { key: 'guide_choose_confirm' };
    if (p && !p.appPassword && p.showMore) return { key: 'guide_choose_show_more' };
    if (p && !p.appPassword && p.combobox) return { key: 'guide_choose_open_list' };
    return { key: 'step_choose_method' };
  },
  facts: () => ['fact_modern_better'],
};
export default chooseMethod;

const OLD = { picker: '2023', addLabel: 'old' };
/** The screens this step must recognise; a function, so the shipped bundle drops it and all it uses. */
export const examples = (): Examples => [
  { name: '2024 picker before "Show more options", en', url: SECURITY_INFO_URL, actions: [{ click: 'add' }], target: 'show-more', message: { key: 'guide_choose_show_more' } },
  { name: '2024 picker with every option, en', url: SECURITY_INFO_URL, actions: [{ click: 'add' }, { click: 'show-more' }], target: 'option-app-password', message: { key: 'step_choose_method' } },
  { name: '2024 picker with every option, es', url: SECURITY_INFO_URL, config: { lng: 'es' }, actions: [{ click: 'add' }, { click: 'show-more' }], target: 'option-app-password' },
  { name: '2023 dropdown closed, de', url: SECURITY_INFO_URL, config: { lng: 'de', ...OLD }, actions: [{ click: 'add' }], target: 'dropdown', message: { key: 'guide_choose_open_list' } },
  { name: '2023 dropdown open, fr', url: SECURITY_INFO_URL, config: { lng: 'fr', ...OLD }, actions: [{ click: 'add' }, { click: 'dropdown' }], target: 'option-app-password' },
  {
    name: '2023 App password chosen, ja',
    url: SECURITY_INFO_URL,
    config: { lng: 'ja', ...OLD },
    actions: [{ click: 'add' }, { click: 'dropdown' }, { click: 'option-app-password' }],
    target: 'picker-add',
    message: { key: 'guide_choose_confirm' },
  },
];
