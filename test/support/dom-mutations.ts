/**
 * Random changes to a copy of one of Microsoft's screens, the kinds a redesign or a translation
 * makes: attributes dropped or renamed, siblings reordered, classes regenerated, extra wrappers,
 * text in another language, parts missing or doubled. Each returns a line describing what it did,
 * so a failing case can be read and replayed from its seed.
 */
import { LANGUAGES } from '../fixtures/replica/index.mjs';
import type { Random } from './random';

export type MutationKind =
  | 'remove-attribute'
  | 'rename-attribute'
  | 'rename-plain-attribute'
  | 'shuffle-children'
  | 'change-classes'
  | 'wrap'
  | 'translate'
  | 'delete-subtree'
  | 'duplicate-subtree';

export const ALL_MUTATIONS: readonly MutationKind[] = [
  'remove-attribute',
  'rename-attribute',
  'rename-plain-attribute',
  'shuffle-children',
  'change-classes',
  'wrap',
  'translate',
  'delete-subtree',
  'duplicate-subtree',
];

/**
 * Changes that keep every signal detection is allowed to rely on (roles, aria, ids, hrefs, types,
 * text and order of the parts): only styling hooks and nesting change.
 */
export const STRUCTURE_PRESERVING: readonly MutationKind[] = ['rename-plain-attribute', 'change-classes', 'wrap'];

/** Attributes that only style or tag an element for the app itself, never say what it is. */
const PLAIN_ATTRIBUTE = /^(class|data-.*|tabindex|title|dir|translate|spellcheck|draggable)$/;

const TARGET_LANGUAGES = ['en', 'de', 'fr', 'es', 'ja', 'sv', 'unknown'] as const;

/** Every text of the replica, by its place in the label tables, in each language. */
function flatten(table: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof table === 'string') out.set(path, table);
  else if (Array.isArray(table) || (table && typeof table === 'object'))
    for (const [key, value] of Object.entries(table)) flatten(value, `${path}/${key}`, out);
  return out;
}

const TABLES = Object.fromEntries(Object.entries(LANGUAGES).map(([lng, table]) => [lng, flatten(table)]));
/** Known text → where it sits in the tables; longest first so "App password" wins over "Password". */
const KNOWN = Object.values(TABLES).flatMap((t) => [...t].map(([path, text]) => [text, path] as const))
  .filter(([text]) => text.trim().length > 1)
  .sort((a, b) => b[0].length - a[0].length);

/** A language the guide does not know: every letter changed, so no label can match by accident. */
function unknownLanguage(text: string): string {
  let hash = 7;
  for (const ch of text) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return `ʬ${hash.toString(36)}${'ɮ'.repeat(Math.min(text.length, 12))}`;
}

function translateText(text: string, lng: (typeof TARGET_LANGUAGES)[number]): string {
  let out = text;
  for (const [known, path] of KNOWN) {
    if (!out.includes(known)) continue;
    const replacement = lng === 'unknown' ? unknownLanguage(known) : (TABLES[lng].get(path) ?? known);
    out = out.split(known).join(replacement);
  }
  return out;
}

/** A short, stable path to an element, for the description of a mutation. */
function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let at: Element | null = el; at && at.parentElement; at = at.parentElement) {
    parts.unshift(`${at.tagName.toLowerCase()}:nth-child(${[...at.parentElement.children].indexOf(at) + 1})`);
  }
  return parts.join('>') || el.tagName.toLowerCase();
}

function randomElement(doc: Document, random: Random): Element | null {
  const all = [...doc.body.querySelectorAll('*')];
  return all.length ? random.pick(all) : null;
}

function randomClass(random: Random): string {
  return `css-${random.int(0, 2 ** 30).toString(36)}`;
}

/** Applies one mutation of `kind` and says what it did (or that it found nothing to change). */
export function mutate(doc: Document, random: Random, kind: MutationKind): string {
  const el = randomElement(doc, random);
  if (!el) return `${kind}: empty body`;
  const where = pathOf(el);
  switch (kind) {
    case 'remove-attribute':
    case 'rename-attribute':
    case 'rename-plain-attribute': {
      const names = el.getAttributeNames().filter((n) => kind !== 'rename-plain-attribute' || PLAIN_ATTRIBUTE.test(n));
      if (!names.length) return `${kind} ${where}: no attribute`;
      const name = random.pick(names);
      const value = el.getAttribute(name) ?? '';
      el.removeAttribute(name);
      if (kind === 'remove-attribute') return `${kind} ${where} [${name}]`;
      const renamed = `data-was-${name.replace(/[^a-z0-9-]/gi, '')}`;
      el.setAttribute(renamed, value);
      return `${kind} ${where} [${name}] → [${renamed}]`;
    }
    case 'shuffle-children': {
      const parent = el.children.length >= 2 ? el : el.parentElement;
      if (!parent || parent.children.length < 2) return `${kind} ${where}: no siblings`;
      const children = [...parent.children];
      for (let i = children.length - 1; i > 0; i--) {
        const j = random.int(0, i);
        [children[i], children[j]] = [children[j], children[i]];
      }
      parent.append(...children);
      return `${kind} ${pathOf(parent)}`;
    }
    case 'change-classes': {
      const classes = Array.from({ length: random.int(0, 3) }, () => randomClass(random)).join(' ');
      if (classes) el.setAttribute('class', classes);
      else el.removeAttribute('class');
      return `${kind} ${where} → "${classes}"`;
    }
    case 'wrap': {
      if (!el.parentElement) return `${kind} ${where}: no parent`;
      const wrapper = doc.createElement(random.pick(['div', 'span', 'section']));
      wrapper.setAttribute('class', randomClass(random));
      el.replaceWith(wrapper);
      wrapper.append(el);
      return `${kind} ${where} in <${wrapper.tagName.toLowerCase()}>`;
    }
    case 'translate': {
      const lng = random.pick(TARGET_LANGUAGES);
      // A random part of the page, so one screen can end up in two languages at once.
      const root = random.next() < 0.3 ? doc.body : el;
      const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = translateText(node.nodeValue ?? '', lng);
      for (const target of [root, ...root.querySelectorAll('*')]) {
        for (const name of ['aria-label', 'value', 'placeholder', 'name']) {
          const value = target.getAttribute(name);
          if (value) target.setAttribute(name, translateText(value, lng));
        }
      }
      return `${kind} ${pathOf(root)} → ${lng}`;
    }
    case 'delete-subtree':
      el.remove();
      return `${kind} ${where}`;
    case 'duplicate-subtree':
      el.after(el.cloneNode(true));
      return `${kind} ${where}`;
  }
}
