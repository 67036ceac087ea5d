/**
 * The PageFacts capture needs, read from Security info with structure only: the header's e-mail
 * address, the App password rows of the list, the one editable field of the naming dialog, and
 * dialog headings. It stands until the guide's own readers (detect/ + read-facts) fill PageFacts
 * for every step; capture depends only on the PageFacts shape, so swapping is one line.
 *
 * What it never does: read an element's value or text unless it is a header leaf, a list row
 * cell, a dialog heading, or an editable (not read-only) field. The new password is shown in a
 * read-only field or plain text inside its dialog, which none of those selectors can reach.
 */
import type { StepId } from '../../shared/steps';
import type { PageFacts } from '../page-facts';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[a-z]{2,}$/i;
const HEADER = 'header, [role="banner"]';
const DIALOG = '[role="dialog"], [role="alertdialog"]';
const HEADING = 'h1, h2, h3, [role="heading"]';
const EDITABLE = 'input:not([readonly]):not([disabled]):not([type="hidden"]):not([type="password"]):not([type="checkbox"]):not([type="radio"])';
const APP_PASSWORD = /^(app password|app-kennwort|mot de passe d.application|contraseña de aplicación|アプリ パスワード)$/i;
const DELETE = /delete|löschen|supprimer|eliminar|削除/i;
const SECURITY_INFO_PATH = /^\/security-info\/?$/;

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').trim();
}

export function readAccount(doc: Document): string {
  for (const header of doc.querySelectorAll(HEADER)) {
    for (const el of header.querySelectorAll('*')) {
      if (el.children.length) continue;
      const value = text(el);
      if (EMAIL.test(value)) return value.toLowerCase();
    }
  }
  return '';
}

/** Names of the App password rows: the cell after the "App password" type cell of each row. */
export function readAppPasswordNames(doc: Document): string[] | null {
  const rows = [...doc.querySelectorAll('main [role="listitem"]')];
  if (!rows.length) return null;
  const names: string[] = [];
  for (const row of rows) {
    const cells = [...row.querySelectorAll('span')].map(text);
    const at = cells.findIndex((cell) => APP_PASSWORD.test(cell));
    if (at >= 0 && cells[at + 1]) names.push(cells[at + 1]);
  }
  return names;
}

function topDialog(doc: Document): Element | null {
  const dialogs = doc.querySelectorAll(DIALOG);
  return dialogs.length ? dialogs[dialogs.length - 1] : null;
}

export function readCaptureFacts(doc: Document, url: string, detected: StepId): PageFacts {
  const base: PageFacts = { step: detected, url, account: readAccount(doc), appPasswordNames: null, typedName: null };
  let path: string;
  try {
    const parsed = new URL(url);
    if (parsed.host !== 'mysignins.microsoft.com') return base;
    path = parsed.pathname;
  } catch {
    return base;
  }
  if (!SECURITY_INFO_PATH.test(path)) return base;

  const dialog = topDialog(doc);
  if (!dialog) return { ...base, step: 'security-info', appPasswordNames: readAppPasswordNames(doc) };
  const heading = text(dialog.querySelector(HEADING));
  const field = dialog.querySelector<HTMLInputElement>(EDITABLE);
  if (field && APP_PASSWORD.test(heading)) return { ...base, step: 'name', typedName: field.value };
  if (DELETE.test(heading)) return { ...base, step: 'confirm-delete' };
  if (APP_PASSWORD.test(heading)) return { ...base, step: 'copy-password' };
  return { ...base, step: 'choose-method' };
}
