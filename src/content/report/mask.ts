/**
 * How text enters a page report. Known labels (the guide's own vocabulary in five languages and
 * IT's extra labels) are kept as written; an app password name the guide read becomes a numbered
 * placeholder, an e-mail address `⟦email⟧`, and any other word its shape: how many letters, digits
 * and other characters it has, never which. Text shaped like an app password is dropped whole,
 * shape and all. So no text a report holds can be, or rebuild, a password, a name or an address.
 */
import { looksLikeAppPassword } from '../../shared/app-password-shape';
import type { Vocabulary } from '../detect/labels';
import { normalise } from '../detect/text';

/** Longest label, in words, that a run of words is compared with. */
const MAX_RUN = 8;

/** Plain functions (no `this`), so they can be passed around as they are. */
export interface Masker {
  /** A labelling element's text (or an attribute that labels): labels kept, the rest shaped. Null: drop it. */
  label: (text: string) => string | null;
  /** Text of a list row: labels kept, anything else a placeholder without even its shape. */
  row: (text: string) => string | null;
  /** The placeholder of a name the guide read (the same name always gets the same one). */
  name: (name: string) => string;
  /** Whether a token (id, class) holds a name the guide read. */
  holdsName: (token: string) => boolean;
}

export function shapeOf(word: string): string {
  let letters = 0;
  let digits = 0;
  let other = 0;
  for (const ch of word) {
    if (/\p{L}/u.test(ch)) letters++;
    else if (/\p{N}/u.test(ch)) digits++;
    else other++;
  }
  return `⟦${letters ? `L${letters}` : ''}${digits ? `D${digits}` : ''}${other ? `S${other}` : ''}⟧`;
}

export function createMasker(words: Vocabulary, names: Iterable<string>): Masker {
  const known = new Set(Object.values(words).flat().map(normalise).filter(Boolean));
  const placeholders = new Map<string, string>();
  for (const n of names) if (n && !placeholders.has(n)) placeholders.set(n, `⟦name-${placeholders.size + 1}⟧`);
  // Longest first, so "Mail (work)" is replaced before "Mail".
  const secrets = [...placeholders.keys()].sort((a, b) => b.length - a.length);

  /** Splits out the names the guide read; returns text parts and placeholders in order. */
  function unname(text: string): Array<{ raw: string } | { token: string }> {
    let parts: Array<{ raw: string } | { token: string }> = [{ raw: text }];
    for (const secret of secrets) {
      parts = parts.flatMap((p) => {
        if (!('raw' in p) || !p.raw.includes(secret)) return [p];
        const pieces = p.raw.split(secret);
        return pieces.flatMap((raw, i) => (i ? [{ token: placeholders.get(secret)! }, { raw }] : [{ raw }]));
      });
    }
    return parts;
  }

  /** Words in order: runs that are a known label as written, every other word on its own. */
  function split(raw: string): Array<{ word: string; known: boolean }> {
    const list = raw.split(/\s+/).filter(Boolean);
    const out: Array<{ word: string; known: boolean }> = [];
    for (let i = 0; i < list.length; ) {
      let matched = 0;
      for (let n = Math.min(MAX_RUN, list.length - i); n > 0 && !matched; n--) {
        if (known.has(normalise(list.slice(i, i + n).join(' ')))) matched = n;
      }
      out.push({ word: list.slice(i, i + (matched || 1)).join(' '), known: !!matched });
      i += matched || 1;
    }
    return out;
  }

  function mask(text: string, unknown: (word: string) => string): string | null {
    const parts = unname(text).map((p) => ('token' in p ? p : { words: split(p.raw) }));
    // A known label is ours or IT's ("Lägg till en inloggningsmetod" holds a 16-letter word); what
    // is left around the labels must not look like a password, or the whole text goes.
    const rest = parts.flatMap((p) => ('words' in p ? p.words.filter((w) => !w.known).map((w) => w.word) : [])).join(' ');
    if (looksLikeAppPassword(rest)) return null;
    const out = parts
      .flatMap((p) => ('token' in p ? [p.token] : p.words.map((w) => (w.known ? w.word : w.word.includes('@') ? '⟦email⟧' : unknown(w.word)))))
      .join(' ');
    return out || null;
  }

  return {
    label: (text) => mask(text, shapeOf),
    row: (text) => mask(text, () => '⟦text⟧'),
    name: (name) => placeholders.get(name) ?? '⟦name⟧',
    holdsName: (token) => secrets.some((s) => token.toLowerCase().includes(s.toLowerCase())),
  };
}
