/**
 * The page readers that fill PageFacts: the only page text that can become a record, a message or an
 * export. Each reads only what its field needs, and each refuses text shaped like an app password
 * (SECURITY.md lists every read with why it cannot carry the password):
 * - the account: an e-mail address in the page header;
 * - row names: texts of the methods list's rows, found by structure (see detect/dom.ts listRows);
 * - the typed name: what the user typed into the name field, from their own input events only.
 */
import { looksLikeAppPassword } from '../shared/app-password-shape';
import type { StepId } from '../shared/steps';
import type { NameTyping } from './capture/typed-name';
import { isShown } from './detect/dom';
import { roleOf } from './detect/registry';
import type { View } from './detect/view';
import type { PageFacts } from './page-facts';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[a-z]{2,}$/i;
const HEADER = 'header, [role="banner"], #O365_NAV_HEADER, #HeaderRoot';
const LIST_PAGES = /^\/security-info\/?$|\/apppasswords\.aspx$/i;

/** The signed-in account: the e-mail address shown in the page header. */
function readAccount(doc: Document): string {
  for (const header of doc.querySelectorAll(HEADER)) {
    if (!isShown(header)) continue;
    for (const el of header.querySelectorAll('*')) {
      if (el.children.length) continue;
      const text = (el.textContent ?? '').trim();
      if (EMAIL.test(text) && !looksLikeAppPassword(text)) return text.toLowerCase();
    }
  }
  return '';
}

/** Names of the App password rows, or null when no list is on screen or its rows are unknown. */
function readAppPasswordNames(view: View): string[] | null {
  if (!LIST_PAGES.test(view.url.pathname) || view.rowsUnknown) return null;
  if (!view.methodRowCount && !view.appPasswordRows.length) return null;
  // Rows are already free of over-long and password-shaped names (view.ts); checked again here, at
  // the point where page text becomes a fact.
  return view.appPasswordRows.map((r) => r.name).filter((name) => !looksLikeAppPassword(name));
}

/** On a naming step only: the one name field, and what the user typed into that element. */
function readTypedName(view: View, step: StepId, typing: NameTyping): Pick<PageFacts, 'typedName' | 'nameRefused' | 'nameField'> {
  if (roleOf(step).capture !== 'naming') return { typedName: null };
  const field = view.fields.length === 1 ? view.fields[0] : null;
  const typed = typing.typedIn(field)?.trim() ?? null;
  if (typed !== null && looksLikeAppPassword(typed)) return { typedName: null, nameRefused: true, nameField: field };
  return { typedName: typed, nameField: field };
}

export function readPageFacts(view: View, step: StepId, typing: NameTyping): PageFacts {
  return {
    step,
    url: view.url.href,
    account: readAccount(view.doc),
    appPasswordNames: readAppPasswordNames(view),
    ...readTypedName(view, step, typing),
  };
}
