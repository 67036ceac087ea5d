/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
 * formula, so an app password named "=HYPERLINK(…)" could act when an auditor opens the export.
 * Such cells get a leading apostrophe, which spreadsheets show as plain text. A cell that already
 * starts with an apostrophe gets one too, so reading back always removes exactly one and
 * export → import returns the original text.
 */
const RISKY_START = /^[=+\-@\t\r']/;

export function neutralise(cell: string): string {
  return RISKY_START.test(cell) ? `'${cell}` : cell;
}

export function restore(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
