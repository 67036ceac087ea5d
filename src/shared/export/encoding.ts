/**
 * The text of an imported file, whatever encoding the spreadsheet saved it in. Excel writes CSV as
 * UTF-8 with a BOM, as "Unicode text" (UTF-16 LE with a BOM), or in the system's ANSI code page
 * (Windows-1252 in Western Europe and the Americas, no BOM): decoding the last as UTF-8 would turn
 * "Büro" into "B�ro" and import that without a word. So: a BOM decides; else bytes that are valid
 * UTF-8 are UTF-8; else UTF-16 without a BOM when every other byte is zero (ASCII-heavy text); else
 * Windows-1252, which maps every byte to a character. The caller shows which one was used.
 */
const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export interface DecodedFile {
  text: string;
  encoding: TextEncodingName;
  /** The file began with a byte order mark (it is not part of `text`). */
  bom: boolean;
}

/**
 * Windows-1252 is Latin-1 but for 0x80–0x9F, which hold € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š ›
 * œ ž Ÿ (five unassigned bytes stay as they are, as browsers decode them). Decoded here because
 * some TextDecoders (Node's) treat the label as Latin-1 and would turn "–" into a control character.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte)));
  }
  return text;
}

const decode = (encoding: TextEncodingName, bytes: Uint8Array, fatal = false) =>
  encoding === 'windows-1252'
    ? decodeWindows1252(bytes)
    : // ignoreBOM: the BOM has already been cut off below, so a second one would be the user's text.
      new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);

/** Without a BOM: UTF-16 shows as a zero in every other byte of the ASCII characters that CSV is made of. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const sample = Math.min(bytes.length, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  // Mostly one side zero and the other not: far from any 8-bit text, where a zero byte never occurs.
  if (oddZeros >= pairs * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.6 && oddZeros === 0) return 'utf-16be';
  return null;
}

export function decodeFile(input: ArrayBuffer | Uint8Array): DecodedFile {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const wide = utf16WithoutBom(bytes);
  if (wide) return { text: decode(wide, bytes), encoding: wide, bom: false };
  try {
    return { text: decode('utf-8', bytes, true), encoding: 'utf-8', bom: false };
  } catch {
    return { text: decode('windows-1252', bytes), encoding: 'windows-1252', bom: false };
  }
}
