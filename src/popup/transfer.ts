/** Files in and out of the popup: the records travel as text; the background does the work. */
import { ext } from '../shared/ext';
import type { ExportFile } from '../shared/export/file';
import type { TransferFormat } from '../shared/export/limits';

/** By the file's name, else by its first character: an export of ours is JSON or CSV. */
export function formatOf(name: string, text: string): TransferFormat {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.json$/i.test(name)) return 'json';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** Saves a file the way a download link does, without any downloads permission. */
export function saveFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A toolbar popup closes when a file dialog opens (Firefox always, Chrome on some systems), so the
 * file is chosen in the same page opened in a tab.
 */
export function inToolbarPopup(): boolean {
  try {
    return ext().extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}
