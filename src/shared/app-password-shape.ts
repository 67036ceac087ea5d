/**
 * The one test for "this text could be an app password", used at every boundary where page text
 * could enter the extension: content capture, the background's check of every capture message,
 * imports and page reports.
 *
 * Microsoft's app passwords are reported to be 16 lowercase letters (the project notes' flows.md,
 * ../shared/flows.md beside this repository, marks the format unconfirmed), shown either as one
 * run or in four groups of four. The test is deliberately wider than a whole-string match: a
 * password inside a longer text ("Your new app password:
 * abcdefghijklmnop") is still a password. A real name that happens to hold a 16-letter lowercase
 * word is refused too; the panel tells the user why, and they can still add the record by hand.
 */

/** A run of exactly 16 lowercase letters, not part of a longer run of letters. */
const RUN = /(?:^|[^a-z])[a-z]{16}(?![a-z])/;
/** Four groups of four lowercase letters, separated by one kind of space or dash. */
const GROUPED = /(?:^|[^a-z])[a-z]{4}([\s\u00a0\u2009\u202f-])[a-z]{4}\1[a-z]{4}\1[a-z]{4}(?![a-z])/;

export function looksLikeAppPassword(text: string | null | undefined): boolean {
  if (!text) return false;
  // NFKC folds full-width and other look-alike letters onto a-z, so they cannot slip through.
  const folded = text.normalize('NFKC');
  return RUN.test(folded) || GROUPED.test(folded);
}
