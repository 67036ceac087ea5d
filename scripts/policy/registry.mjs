// A .reg file an admin can import (reg import / Group Policy Preferences / an Intune script) to set
// every setting at its example value. Booleans and integers are REG_DWORD; texts REG_SZ; an object
// setting is one REG_SZ holding JSON, which Chrome and Edge parse against the schema ("complex
// policies on Windows"). Kept ASCII so the file means the same whatever code page regedit assumes.
import { extensionPolicyKey } from './browsers.mjs';

const regString = (text) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
const dword = (n) => `dword:${(n >>> 0).toString(16).padStart(8, '0')}`;

function value(s) {
  if (s.kind === 'boolean') return dword(s.example ? 1 : 0);
  if (s.kind === 'integer') return dword(s.example);
  if (s.kind === 'string') return regString(s.example);
  return regString(JSON.stringify(s.example));
}

export function reg(browser, settings, id) {
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    '; Generated from public/managed_schema.json by `npm run policy-templates`. Example values: change them.',
    '; Delete a line to leave that setting to the user.',
    '',
    `[HKEY_LOCAL_MACHINE\\${extensionPolicyKey(browser, id)}]`,
    ...settings.map((s) => `"${s.name}"=${value(s)}`),
    '',
  ];
  const text = lines.join('\r\n');
  if (/[^\t\n\r -~]/.test(text)) throw new Error(`${browser}.reg: example values must be ASCII`);
  return text;
}
