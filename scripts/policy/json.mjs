// JSON policy files: Linux Chrome/Chromium/Edge read every *.json in their managed policy folder;
// Firefox reads one policies.json. Each file force-installs the extension and sets every setting at
// its example value, so one copied file is a whole deployment.
import { GECKO_ID } from './schema.mjs';
import { BROWSERS } from './browsers.mjs';

export function linuxPolicy(browser, settings, id) {
  const values = Object.fromEntries(settings.map((s) => [s.name, s.example]));
  return `${JSON.stringify(
    {
      ExtensionSettings: { [id]: { installation_mode: 'force_installed', update_url: BROWSERS[browser].updateUrl } },
      '3rdparty': { extensions: { [id]: values } },
    },
    null,
    2,
  )}\n`;
}

export function firefoxPolicies(settings, amoSlug) {
  const values = Object.fromEntries(settings.map((s) => [s.name, s.example]));
  return `${JSON.stringify(
    {
      policies: {
        ExtensionSettings: {
          [GECKO_ID]: {
            installation_mode: 'force_installed',
            install_url: `https://addons.mozilla.org/firefox/downloads/latest/${amoSlug}/latest.xpi`,
          },
        },
        '3rdparty': { Extensions: { [GECKO_ID]: values } },
      },
    },
    null,
    2,
  )}\n`;
}
