// Intune custom OMA-URI rows for the ingested ADMX files: the URI of each policy is
// ./Device/Vendor/MSFT/Policy/Config/<app name>~Policy~<category path>/<policy name>, and its value
// is the same <enabled/><data …/> text Group Policy would store, so Intune writes the same registry values.
import { BROWSERS } from './browsers.mjs';
import { CATEGORY, admxBaseName } from './admx.mjs';
import { xml } from './xml.mjs';

const APP_NAME = { chrome: 'AppPasswordGuideChrome', edge: 'AppPasswordGuideEdge' };

function omaValue(s) {
  if (s.kind === 'boolean') return s.example ? '<enabled/>' : '<disabled/>';
  const data = s.kind === 'json' ? JSON.stringify(s.example) : String(s.example);
  return `<enabled/><data id="${s.name}" value="${xml(data)}"/>`;
}

export function intuneTable(settings) {
  const sections = Object.keys(BROWSERS).map((browser) => {
    const app = APP_NAME[browser];
    const rows = settings.map(
      (s) => `| ${s.name} | \`./Device/Vendor/MSFT/Policy/Config/${app}~Policy~${CATEGORY}/${s.name}\` | \`${omaValue(s).replaceAll('|', '\\|')}\` |`,
    );
    return `## ${BROWSERS[browser].label}

First row: ingest the template. OMA-URI
\`./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/${app}/Policy/${admxBaseName(browser)}\`,
data type String, value: the whole content of \`windows/${admxBaseName(browser)}.admx\`.

Then one row per setting you want to set (data type String; example values, change them):

| Setting | OMA-URI | Value |
|---|---|---|
${rows.join('\n')}
`;
  });
  return `# Intune custom OMA-URI settings

Generated from public/managed_schema.json by \`npm run policy-templates\`; see docs/admin-guide.md.
Create a Windows 10 and later *Custom* configuration profile and add these rows. Leave a setting out
to let users choose.

${sections.join('\n')}`;
}
