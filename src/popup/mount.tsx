/**
 * The App, loaded by main.tsx with a dynamic import: its code (preact and every view, most of the
 * popup's JS) is fetched and compiled after the first frame with rows is painted, when
 * public/popup-early.js drew that frame.
 */
import { render } from 'preact';
import { App } from './App';

/**
 * Replaces what is in `root` (index.html's skeleton, or the rows popup-early.js drew from the same
 * data) with the App in one go, in one task, so no frame shows it empty; a list the user has
 * already scrolled stays where it was.
 */
export function mount(root: HTMLElement): void {
  const page = document.scrollingElement;
  const scrolled = page?.scrollTop ?? 0;
  root.replaceChildren();
  render(<App />, root);
  if (page && scrolled) page.scrollTop = scrolled;
}
