import { GUIDE_SITES } from '../../shared/guide-sites';
import { t } from '../../shared/i18n';
import { ManagedNote } from './ManagedNote';

interface Props {
  disabledHosts: string[];
  /** The guide as a whole is off: the per-site choices stay as they are, but cannot change. */
  guideOff: boolean;
  locked: boolean;
  onChange: (disabledHosts: string[]) => Promise<boolean>;
}

/** One checkbox per site the guide runs on; clearing one switches the guide off there only. */
export function GuideSitesSetting({ disabledHosts, guideOff, locked, onChange }: Props) {
  return (
    <fieldset class="setting sites" disabled={locked || guideOff} aria-describedby={locked ? 'sites-managed' : undefined}>
      <legend>{t('popupGuideSitesLegend')}</legend>
      {GUIDE_SITES.map(({ host, label }) => {
        const on = !disabledHosts.includes(host);
        return (
          <div class="site" key={host}>
            <input
              id={`site-${host}`}
              type="checkbox"
              checked={on}
              onChange={(event) => {
                const input = event.currentTarget;
                const next = input.checked ? disabledHosts.filter((h) => h !== host) : [...disabledHosts, host];
                void onChange(next).then((saved) => !saved && (input.checked = on));
              }}
            />
            <label for={`site-${host}`}>
              <span class="site-name">{t(label)}</span> <span class="site-host">{host}</span>
            </label>
          </div>
        );
      })}
      {locked && <ManagedNote id="sites-managed" />}
    </fieldset>
  );
}
