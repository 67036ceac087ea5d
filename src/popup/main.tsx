// First: starts reading the records and settings before anything else of the popup evaluates.
import './data/start-early';
import { startFirstRead } from './data/first-read';

// Read first, draw once: when the records and settings arrive before the browser's first frame
// (they usually do), the first frame already shows the list rather than the skeleton in index.html.
// A slow read (a busy disk) does not keep the page blank: the App draws after FIRST_READ_WAIT_MS and
// fills in when the data arrives.
const FIRST_READ_WAIT_MS = 300;
/** Longest the App waits for the early rows' frame (a hidden page may not draw frames at all). */
const EARLY_FRAME_WAIT_MS = 100;
// The marks let `npm run bench` say where the time of an open goes (script, read, render).
performance.mark('popup-script');
const first = startFirstRead(); // the read start-early.ts began
await Promise.race([first, new Promise((resolve) => setTimeout(resolve, FIRST_READ_WAIT_MS))]);
performance.mark('popup-data');

// public/popup-early.js drew the first rows from the same read: the browser paints them first, and
// only then fetches and compiles the App, whose work would otherwise hold that frame back.
if (document.querySelector('#app [data-early]')) {
  const painted = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  await Promise.race([painted, new Promise((resolve) => setTimeout(resolve, EARLY_FRAME_WAIT_MS))]);
}
const { mount } = await import('./mount');
const root = document.getElementById('app');
if (root) {
  mount(root);
  performance.mark('popup-rendered');
}
