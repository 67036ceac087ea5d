// Group Policy templates: one ADMX/ADML pair per browser, because each browser reads the extension's
// settings from its own registry key, and because Intune's ADMX ingestion refuses some keys under
// Software\Policies\Microsoft: a separate Edge file cannot stop the Chrome one from importing.
// Each file is self-contained (its own category and "supported on" text) so that Intune can ingest it
// without first ingesting Google's or Microsoft's templates.
import { BROWSERS, extensionPolicyKey } from './browsers.mjs';
import { xml } from './xml.mjs';

export const admxBaseName = (browser) => `app-password-guide-${browser}`;
const admxNamespace = (browser) => `AppPasswordGuide.Policies.${browser === 'chrome' ? 'Chrome' : 'Edge'}`;
export const CATEGORY = 'AppPasswordGuide';

const HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!-- Generated from public/managed_schema.json by `npm run policy-templates`; edit the schema, not this file. -->\n';
const NS = 'xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"';

function elementFor(s) {
  if (s.kind === 'boolean') return '';
  const body =
    s.kind === 'integer'
      ? `<decimal id="${s.name}" valueName="${s.name}" required="true"${s.minimum !== undefined ? ` minValue="${s.minimum}"` : ''}${s.maximum !== undefined ? ` maxValue="${s.maximum}"` : ''} />`
      : `<text id="${s.name}" valueName="${s.name}" required="true" maxLength="${s.maxLength}" />`;
  return `\n      <elements>\n        ${body}\n      </elements>`;
}

export function admx(browser, settings, id) {
  const policies = settings.map((s) => {
    const bool = s.kind === 'boolean';
    return `    <policy name="${s.name}" class="Machine" displayName="$(string.${s.name})" explainText="$(string.${s.name}_Explain)"${bool ? '' : ` presentation="$(presentation.${s.name})"`} key="${xml(extensionPolicyKey(browser, id))}"${bool ? ` valueName="${s.name}"` : ''}>
      <parentCategory ref="${CATEGORY}" />
      <supportedOn ref="SUPPORTED_EXTENSION" />${bool ? '\n      <enabledValue><decimal value="1" /></enabledValue>\n      <disabledValue><decimal value="0" /></disabledValue>' : ''}${elementFor(s)}
    </policy>`;
  });
  return `${HEADER}<policyDefinitions ${NS} revision="1.0" schemaVersion="1.0">
  <policyNamespaces>
    <target prefix="apg${browser}" namespace="${admxNamespace(browser)}" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
      <definition name="SUPPORTED_EXTENSION" displayName="$(string.SUPPORTED_EXTENSION)" />
    </definitions>
  </supportedOn>
  <categories>
    <category name="${CATEGORY}" displayName="$(string.${CATEGORY})" />
  </categories>
  <policies>
${policies.join('\n')}
  </policies>
</policyDefinitions>
`;
}

function explain(s) {
  const how = {
    integer: `Enter a whole number${s.minimum !== undefined ? ` from ${s.minimum} to ${s.maximum}` : ''}.`,
    boolean: 'Enabled sets it to true, Disabled to false. Not configured leaves the choice to the user.',
    string: `Enter at most ${s.maxLength} characters.`,
    json: `Enter JSON on one line, for example: ${JSON.stringify(s.example)}`,
  }[s.kind];
  const type = s.kind === 'integer' || s.kind === 'boolean' ? 'REG_DWORD' : 'REG_SZ';
  return `${s.description}\n\n${how}\n\nRegistry value: ${s.name} (${type}).`;
}

function presentation(s) {
  if (s.kind === 'boolean') return '';
  const control =
    s.kind === 'integer'
      ? `<decimalTextBox refId="${s.name}"${s.default !== undefined ? ` defaultValue="${s.default}"` : ''}>${xml(s.title)}</decimalTextBox>`
      : `<textBox refId="${s.name}"><label>${xml(s.title)}</label></textBox>`;
  return `\n      <presentation id="${s.name}">\n        ${control}\n      </presentation>`;
}

export function adml(browser, settings) {
  const label = BROWSERS[browser].label;
  const strings = [
    [CATEGORY, `App Password Guide (${label})`],
    ['SUPPORTED_EXTENSION', `${label} with the App Password Guide extension installed`],
    ...settings.flatMap((s) => [
      [s.name, s.title],
      [`${s.name}_Explain`, explain(s)],
    ]),
  ];
  return `${HEADER}<policyDefinitionResources ${NS} revision="1.0" schemaVersion="1.0">
  <displayName>App Password Guide (${label})</displayName>
  <description>Settings of the App Password Guide extension in ${label}.</description>
  <resources>
    <stringTable>
${strings.map(([id, text]) => `      <string id="${id}">${xml(text)}</string>`).join('\n')}
    </stringTable>
    <presentationTable>${settings.map(presentation).join('')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}
