// macOS configuration profiles: Chrome and Edge read an extension's managed settings from the
// preference domain <browser domain>.extensions.<extension id>, which a profile payload of that type
// sets. Values keep their native plist types, so extraLabels is a real dictionary here, not JSON text.
// Payload UUIDs are name-based (RFC 9562 version 5) from the payload identifier, so regenerating
// gives the same file and a new extension id gives new UUIDs.
import * as plist from 'plist';
import { v5 as uuidv5 } from 'uuid';
import { BROWSERS } from './browsers.mjs';

/** Our own namespace for profile UUIDs (a random v4, fixed forever: changing it renames every payload). */
const NAMESPACE = '0f4b8a2e-6c1d-4e57-9a3b-5d2f7c8e1a90';

const uuidFor = (text) => uuidv5(text, NAMESPACE).toUpperCase();

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
  return `${plist.build(profile)}\n`;
}
