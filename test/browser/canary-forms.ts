/** Every form in which a leaked password could show up, and a search for them in collected text. */
import { createHash } from 'node:crypto';

/** 16 lowercase letters, like Microsoft's app passwords, fresh each run so nothing can match by chance. */
export function makeCanary(): string {
  return Array.from({ length: 16 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

const hex = (algorithm: string, text: string) => createHash(algorithm).update(text).digest('hex');

/**
 * Base64 of the canary depends on where it starts in the encoded text, so all three alignments are
 * searched, each without the edge characters that mix in neighbouring bytes.
 */
function base64Forms(canary: string): string[] {
  return ['', 'x', 'xx'].map((pad) => {
    const encoded = Buffer.from(pad + canary).toString('base64').replace(/=+$/, '');
    const skip = pad.length === 0 ? 0 : pad.length === 1 ? 2 : 3;
    return encoded.slice(skip, encoded.length - 2);
  });
}

export function canaryForms(canary: string): Array<{ form: string; value: string; caseSensitive: boolean }> {
  return [
    { form: 'plain', value: canary, caseSensitive: false },
    { form: 'upper-case', value: canary.toUpperCase(), caseSensitive: false },
    { form: 'groups of 4 with spaces', value: canary.match(/.{4}/g)!.join(' '), caseSensitive: false },
    { form: 'groups of 4 with dashes', value: canary.match(/.{4}/g)!.join('-'), caseSensitive: false },
    { form: 'reversed', value: [...canary].reverse().join(''), caseSensitive: false },
    { form: 'URL-encoded', value: encodeURIComponent(canary), caseSensitive: false },
    { form: 'JSON-escaped characters', value: [...canary].map((c) => `\\u00${c.charCodeAt(0).toString(16)}`).join(''), caseSensitive: false },
    { form: 'hex of the characters', value: Buffer.from(canary).toString('hex'), caseSensitive: false },
    { form: 'sha-1 hex', value: hex('sha1', canary), caseSensitive: false },
    { form: 'sha-256 hex', value: hex('sha256', canary), caseSensitive: false },
    ...base64Forms(canary).map((value, i) => ({ form: `base64 (alignment ${i})`, value, caseSensitive: true })),
  ];
}

/** The forms found in `text`, by name. */
export function findCanary(canary: string, text: string): string[] {
  const lower = text.toLowerCase();
  return canaryForms(canary)
    .filter(({ value, caseSensitive }) => (caseSensitive ? text.includes(value) : lower.includes(value.toLowerCase())))
    .map(({ form }) => form);
}
