/**
 * The page readers that fill PageFacts. Each reads only what its field needs: the header for the
 * account, the list rows for names, the name field for the typed name. None of them can reach the
 * element that shows a new password: on the password step there is no editable field and the list
 * rows are outside every dialog.
 */
import type { StepId } from '../shared/steps';
import { isShown } from './detect/dom';
import type { View } from './detect/view';
import type { PageFacts } from './page-facts';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[a-z]{2,}$/i;
const HEADER = 'header, [role="banner"], #O365_NAV_HEADER, #HeaderRoot';
const NAMING_STEPS: readonly StepId[] = ['name', 'legacy-name'];
const LIST_PAGES = /^\/security-info\/?$|\/apppasswords\.aspx$/i;

/** The signed-in account: the e-mail address shown in the page header. */
export function readAccount(doc: Document): string {
  for (const header of doc.querySelectorAll(HEADER)) {
    if (!isShown(header)) continue;
    for (const el of header.querySelectorAll('*')) {
      if (el.children.length) continue;
      const text = (el.textContent ?? '').trim();
      if (EMAIL.test(text)) return text.toLowerCase();
    }
  }
  return '';
}

export function readAppPasswordNames(view: View): string[] | null {
  if (!LIST_PAGES.test(view.url.pathname)) return null;
  if (!view.methodRowCount && !view.appPasswordRows.length) return null;
  return view.appPasswordRows.map((r) => r.name);
}

/** Only on a naming step, and only the one editable field there. */
export function readTypedName(view: View, step: StepId): string | null {
  if (!NAMING_STEPS.includes(step)) return null;
  return view.fields[0]?.value.trim() ?? null;
}

export function readPageFacts(view: View, step: StepId): PageFacts {
  return {
    step,
    url: view.url.href,
    account: readAccount(view.doc),
    appPasswordNames: readAppPasswordNames(view),
    typedName: readTypedName(view, step),
  };
}
