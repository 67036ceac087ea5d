// @vitest-environment node
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script shared with npm run package
import { createZip, readZip } from '../../scripts/zip.mjs';

describe('release archives', () => {
  it('round-trips text, binary and non-ASCII names', () => {
    const binary = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256));
    const zip = createZip([
      { name: 'manifest.json', data: '{"a":1}' },
      { name: 'icons/icon-16.png', data: binary },
      { name: '_locales/ja/messages.json', data: '{"extName":{"message":"アプリ パスワード"}}' },
      { name: 'empty.txt', data: '' },
    ]);
    const files: Map<string, Buffer> = readZip(zip);
    expect([...files.keys()]).toEqual(['manifest.json', 'icons/icon-16.png', '_locales/ja/messages.json', 'empty.txt']);
    expect(files.get('icons/icon-16.png')!.equals(binary)).toBe(true);
    expect(files.get('_locales/ja/messages.json')!.toString('utf8')).toContain('アプリ パスワード');
    expect(files.get('empty.txt')!.length).toBe(0);
  });

  it('is deterministic, so a rebuilt package can be compared byte for byte', () => {
    const entries = [{ name: 'a.txt', data: 'same' }];
    expect(createZip(entries).equals(createZip(entries))).toBe(true);
  });

  it('stores files as Unix 0644 so unzip restores readable files', () => {
    const zip = createZip([{ name: 'a.txt', data: 'x' }]);
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(zip.readUInt8(central + 5)).toBe(3);
    expect(zip.readUInt32LE(central + 38) >>> 16).toBe(0o100644);
  });

  it('refuses entry names that would escape the folder they are unpacked into, and duplicates', () => {
    for (const name of ['../evil', '/abs', 'a\\b', 'a/../../b', ''])
      expect(() => createZip([{ name, data: 'x' }]), name).toThrow(/unsafe/);
    expect(() => createZip([{ name: 'a', data: '1' }, { name: 'a', data: '2' }])).toThrow(/duplicate/);
  });

  it('notices a corrupted entry', () => {
    const zip = createZip([{ name: 'a.txt', data: 'hello hello hello hello' }]);
    const corrupted = Buffer.from(zip);
    corrupted[30 + 'a.txt'.length + 2] ^= 0xff;
    expect(() => readZip(corrupted)).toThrow(/a\.txt fails its CRC check/);
  });
});
