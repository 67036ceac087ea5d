/**
 * The page readers that fill PageFacts: the only page text that can become a record, a message or an
 * export. Each reads only what its field needs, and each refuses text shaped like an app password
 * (SECURITY.md lists every read with why it cannot carry the password):
 * - the account: an e-mail address where Microsoft's pages show the signed-in account (the account
 *   manager's fields and label, the header, the top bar whatever its tags);
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
/** An e-mail address inside a label ("Account manager for Ada Lovelace (ada@contoso.com)"). */
const EMAIL_IN = /[^\s@()<>,;:"']{1,64}@[^\s@()<>,;:"']{1,253}\.[a-z]{2,}/i;
const HEADER = 'header, [role="banner"], #O365_NAV_HEADER, #HeaderRoot';
/** The account manager ("Me control") of Microsoft 365: its e-mail field, then its trigger's label. */
const ME_FIELD = '#mectrl_currentAccount_secondary';
const ME_TRIGGERS = '#mectrl_main_trigger, #O365_MainLink_Me';
/** What is not the top bar: the page's content, its dialogs, and our own host. */
const NOT_TOP_BAR = 'main, [role="main"], [role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"], #app-password-guide';
/** How far down the page the top bar reaches, in CSS pixels. */
const TOP_BAR_PX = 120;
const LIST_PAGES = /^\/security-info\/?$|\/apppasswords\.aspx$/i;

/** A whole e-mail address, lower-cased, never one shaped like an app password; else "". */
const asAccount = (text: string | null | undefined, inside = false): string => {
  const found = inside ? EMAIL_IN.exec(text ?? '')?.[0] : (text ?? '').trim();
  return found && EMAIL.test(found) && !looksLikeAppPassword(found) ? found.toLowerCase() : '';
};

/** Leaf texts under `root` that are e-mail addresses, skipping subtrees `skip` matches. */
function emailLeaf(root: Element, test: (el: Element) => boolean, skip?: string): string {
  const walker = root.ownerDocument.createTreeWalker(root, 1, {
    acceptNode: (n) => (skip && (n as Element).matches(skip) ? 2 /* REJECT */ : 1),
  });
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (el.children.length || !(el.textContent ?? '').includes('@')) continue;
    const account = asAccount(el.textContent);
    if (account && test(el)) return account;
  }
  return '';
}

/**
 * The signed-in account, from where Microsoft's pages show it: the account manager's e-mail field
 * (present even while its flyout is closed, on pages that render it then), an e-mail in its trigger's
 * label, a leaf of the page header, or a leaf of the top bar whatever its tags (outside the page's
 * content and dialogs, within the top TOP_BAR_PX of the page). "" when none shows one.
 */
export function readAccount(doc: Document): string {
  const trigger = [...doc.querySelectorAll(ME_TRIGGERS)].map((el) => asAccount(el.getAttribute('aria-label'), true)).find(Boolean);
  let account = asAccount(doc.querySelector(ME_FIELD)?.textContent) || trigger || '';
  for (const header of doc.querySelectorAll(HEADER)) if (!account && isShown(header)) account = emailLeaf(header, () => true);
  const top = (el: Element) => isShown(el) && el.getBoundingClientRect().top + (doc.defaultView?.scrollY ?? 0) < TOP_BAR_PX;
  return account || (doc.body ? emailLeaf(doc.body, top, NOT_TOP_BAR) : '');
}

/** Names of the App password rows, or null when no list is on screen or its rows are unknown. */
function readAppPasswordNames(view: View): string[] | null {
  if (!LIST_PAGES.test(view.url.pathname) || view.rowsUnknown) return null;
  if (!view.methodRowCount && !view.appPasswordRows.length) return null;
  // Rows are already free of over-long and password-shaped names (view.ts); checked again here, at
  // the point where page text becomes a fact.
  return view.appPasswordRows.map((r) => r.name).filter((name) => !looksLikeAppPassword(name));
}

/**
 * On a naming step: the one name field, and what the user typed into that element. On the look that
 * leaves a naming step: what the user had typed into the previous look's name field by then, since
 * "Next" (or Enter right after a paste) can come before the look their last keystroke scheduled, and
 * the name is the one they finished typing. Either way it is only ever the user's own input.
 */
function readTypedName(view: View, step: StepId, typing: NameTyping): Pick<PageFacts, 'typedName' | 'nameRefused' | 'nameField'> {
  const naming = roleOf(step).capture === 'naming';
  const leaving = !naming && !!view.previous && roleOf(view.previous.step).capture === 'naming';
  if (!naming && !leaving) return { typedName: null };
  const field = naming ? (view.fields.length === 1 ? view.fields[0] : null) : (view.previous?.nameField ?? null);
  const typed = typing.typedIn(field)?.trim() ?? null;
  if (typed !== null && looksLikeAppPassword(typed)) return { typedName: null, nameRefused: true, ...(naming && { nameField: field }) };
  return naming ? { typedName: typed, nameField: field } : { typedName: typed };
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
