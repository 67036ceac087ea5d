// macOS configuration profiles: Chrome and Edge read an extension's managed settings from the
// preference domain <browser domain>.extensions.<extension id>, which a profile payload of that type
// sets. Values keep their native plist types, so extraLabels is a real dictionary here, not JSON text.
// Payload UUIDs are derived from the payload identifier so regenerating gives the same file.
import { createHash } from 'node:crypto';
import { BROWSERS } from './browsers.mjs';
import { xml } from './xml.mjs';

function uuidFor(text) {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

function plistValue(value, indent) {
  const pad = '  '.repeat(indent);
  if (typeof value === 'boolean') return `${pad}<${value} />`;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error('plist: only whole numbers are used');
    return `${pad}<integer>${value}</integer>`;
  }
  if (typeof value === 'string') return `${pad}<string>${xml(value)}</string>`;
  if (Array.isArray(value)) return `${pad}<array>\n${value.map((v) => plistValue(v, indent + 1)).join('\n')}\n${pad}</array>`;
  return `${pad}<dict>\n${Object.entries(value)
    .map(([k, v]) => `${pad}  <key>${xml(k)}</key>\n${plistValue(v, indent + 1)}`)
    .join('\n')}\n${pad}</dict>`;
}

export function mobileconfig(browser, settings, id) {
  const { label, macDomain } = BROWSERS[browser];
  const identifier = `org.example.app-password-guide.${browser}`;
  const payload = {
    PayloadType: `${macDomain}.extensions.${id}`,
    PayloadIdentifier: `${identifier}.settings`,
    PayloadUUID: uuidFor(`${identifier}.settings/${id}`),
    PayloadVersion: 1,
    PayloadDisplayName: `App Password Guide settings (${label})`,
    ...Object.fromEntries(settings.map((s) => [s.name, s.example])),
  };
  const profile = {
    PayloadContent: [payload],
    PayloadDescription: `Settings of the App Password Guide extension in ${label}. Generated from public/managed_schema.json by npm run policy-templates.`,
    PayloadDisplayName: `App Password Guide (${label})`,
    PayloadIdentifier: identifier,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: uuidFor(`${identifier}/${id}`),
    PayloadVersion: 1,
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
${plistValue(profile, 0)}
</plist>
`;
}
