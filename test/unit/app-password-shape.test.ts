import { describe, expect, it } from 'vitest';
import { looksLikeAppPassword } from '../../src/shared/app-password-shape';
import { SUPPORTED_HOSTS } from '../../src/shared/microsoft';
import manifest from '../../manifest.json';

describe('looksLikeAppPassword', () => {
  it.each([
    'qzvxkwtrplmnbhgf',
    '  qzvxkwtrplmnbhgf ',
    'qzvx kwtr plmn bhgf',
    'qzvx-kwtr-plmn-bhgf',
    'Your new app password: qzvxkwtrplmnbhgf',
    'Outlook (qzvx kwtr plmn bhgf)',
    'ｑｚｖｘｋｗｔｒｐｌｍｎｂｈｇｆ',
  ])('refuses %j', (text) => expect(looksLikeAppPassword(text)).toBe(true));

  it.each([
    '',
    'Outlook on laptop',
    'Thunderbird',
    'qzvxkwtrplmnbhg', // 15 letters
    'qzvxkwtrplmnbhgfa', // 17 letters: a longer word, not a password
    'QZVXKWTRPLMNBHGF', // Microsoft's are lowercase
    'Scanner in the office 2',
    'qzvx kwtr plmn-bhgf', // mixed separators are not Microsoft's grouping
    'Büro-Drucker',
  ])('accepts %j', (text) => expect(looksLikeAppPassword(text)).toBe(false));

  it('accepts null and undefined', () => {
    expect(looksLikeAppPassword(null)).toBe(false);
    expect(looksLikeAppPassword(undefined)).toBe(false);
  });
});

describe('Microsoft hosts', () => {
  it('are the hosts the manifest injects the content script into', () => {
    const patterns = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(patterns.map((p: string) => new URL(p.replace('/*', '/')).host).sort()).toEqual([...SUPPORTED_HOSTS].sort());
  });
});
