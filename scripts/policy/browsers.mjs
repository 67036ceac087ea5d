// Where each Chromium browser reads an extension's managed settings (the 3rdparty policy domain) on
// each platform; the templates and the admin guide both come from this one table.
export const BROWSERS = {
  chrome: {
    label: 'Google Chrome',
    idKey: 'chromeId',
    registryKey: 'Software\\Policies\\Google\\Chrome',
    macDomain: 'com.google.Chrome',
    linuxDirs: ['/etc/opt/chrome/policies/managed', '/etc/chromium/policies/managed'],
    updateUrl: 'https://clients2.google.com/service/update2/crx',
  },
  edge: {
    label: 'Microsoft Edge',
    idKey: 'edgeId',
    registryKey: 'Software\\Policies\\Microsoft\\Edge',
    macDomain: 'com.microsoft.Edge',
    linuxDirs: ['/etc/opt/edge/policies/managed'],
    updateUrl: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
  },
};

/** The registry key (under HKLM) whose values Chrome/Edge hand to the extension as storage.managed. */
export const extensionPolicyKey = (browser, id) => `${BROWSERS[browser].registryKey}\\3rdparty\\extensions\\${id}\\policy`;
