// First: starts reading the records and settings before the rest of the popup's modules evaluate.
import './data/start-early';
import { render } from 'preact';
import { App } from './App';
import { startFirstRead } from './data/first-read';

// Read first, draw once: when the records and settings arrive before the browser's first frame
// (they usually do), the first frame already shows the list rather than the skeleton in index.html.
// A slow read (a busy disk) does not keep the page blank: the App draws after FIRST_READ_WAIT_MS and
// fills in when the data arrives.
const FIRST_READ_WAIT_MS = 300;
// The marks let `npm run bench` say where the time of an open goes (script, read, render).
performance.mark('popup-script');
const first = startFirstRead(); // the read start-early.ts began
await Promise.race([first, new Promise((resolve) => setTimeout(resolve, FIRST_READ_WAIT_MS))]);
performance.mark('popup-data');

const root = document.getElementById('app');
if (root) {
  root.replaceChildren();
  render(<App />, root);
  performance.mark('popup-rendered');
}
