// 5. Popup, side by side with an empty extension page (issue #18). The build is copied with one
// empty page added (same extension id: the manifest has a key), and in one browser, alternating, we
// open the empty page and the popup, each with the worker running ("warm") and with it stopped by
// CDP `ServiceWorker.stopAllWorkers` just before the open ("cold"). Both pages carry the same init
// script, which takes the page's own performance.now() (zero = navigation start) at the end of a
// frame: for the empty page its first frame, for the popup the first frame whose DOM has the record
// rows (and, apart, the first frame with the App's rows, whose buttons work). "End of a frame" = a
// message posted from requestAnimationFrame, which runs once that frame's style, layout and paint
// are done, so drawing the rows is inside the popup's figure.
//
// Beside them, the floor: the least an extension page can do to show the same rows. A copy of the
// popup's HTML (its stylesheet and skeleton) with every script taken out but one classic script of
// a few lines, which puts in the rows' HTML as the popup's first rows drew it, read synchronously
// from localStorage (no request to the browser process), at the end of parsing. No data to read, no
// framework, nothing to compute: what is left is the page itself and one script fetch. If the floor
// is near the goal, no popup that reads its data can be much under it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launch } from './browser.mjs';
import { seedInventory } from './records.mjs';
import { median, round, spread } from './stats.mjs';

export const EMPTY_PAGE = 'bench-empty.html';
// Beside the popup's HTML, so its stylesheet and scripts resolve the same.
const FLOOR_PAGE = 'src/popup/bench-floor.html';
const EARLY_ONLY_PAGE = 'src/popup/bench-early-only.html';
const FLOOR_ROWS_KEY = 'benchFloorRows';
const FRAME_MS = 1000 / 60;

function watchFrames() {
  const frameEnd = (then) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });
  frameEnd((t) => (window.__benchFirstFrame = t));
  const floor = location.pathname.endsWith('/bench-floor.html');
  if (!floor && !location.pathname.endsWith('/src/popup/index.html')) return;
  const rows = () => document.querySelectorAll('ul.records > li').length;
  // The first frame with the App's rows (their buttons in): later than `frame` when
  // public/popup-early.js drew the rows first.
  const appRows = () => document.querySelector('ul.records > li .menu-button');
  const result = {};
  const finish = (part) => {
    Object.assign(result, part);
    if ('frame' in result && (floor || 'appFrame' in result)) window.__benchPopup = result;
  };
  new MutationObserver((_, observer) => {
    if (!appRows()) return;
    observer.disconnect();
    frameEnd((appFrame) => finish({ appFrame }));
  }).observe(document, { subtree: true, childList: true });
  const done = () => {
    const inDom = performance.now();
    frameEnd((frame) => {
      finish({
        inDom,
        frame,
        // The popup's own first frame: before `frame` when the skeleton was painted first.
        firstFrame: window.__benchFirstFrame,
        rows: rows(),
        domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
        // The popup's own marks (main.tsx): its script starts, the first read is in, the App rendered.
        marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      });
    });
  };
  new MutationObserver((_, observer) => {
    if (!rows()) return;
    observer.disconnect();
    done();
  }).observe(document, { subtree: true, childList: true });
}

/**
 * Every JS file the popup's HTML loads, following imports; raw and gzip -9 bytes. `beforeApp`: the
 * part loaded before its first frame (the HTML's scripts and their static imports), without what
 * main.tsx imports dynamically once that frame is painted (the App).
 */
export function measurePopupScripts(dist = DIST) {
  const html = readFileSync(resolve(dist, 'src/popup/index.html'), 'utf8');
  const seen = new Map();
  const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => [m[1], false]);
  while (queue.length) {
    const [file, later] = queue.shift();
    if (seen.has(file) && (later || !seen.get(file))) continue;
    seen.set(file, later);
    const text = readFileSync(resolve(dist, file), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    const at = (path) => new URL(path, `file:///${dir}`).pathname.slice(1);
    // Static imports ("import ... from" / bare "import"), then dynamic ones (import(`./x.js`)).
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push([at(m[1]), later]);
    for (const m of text.matchAll(/\bimport\(\s*[`"'](\.{1,2}\/[^`"']+\.js)[`"']\s*\)/g)) queue.push([at(m[1]), true]);
  }
  const size = (files) => {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const bytes = readFileSync(resolve(dist, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { files, rawBytes: raw, gzipBytes: gzip };
  };
  return { ...size([...seen.keys()]), beforeApp: size([...seen].filter(([, later]) => !later).map(([file]) => file)) };
}

/**
 * The build in a folder of its own with three pages added: the empty page; the popup with only its
 * early script (to read the first rows it draws, before the App replaces them); and the floor page.
 */
function buildWithBenchPages() {
  const dir = mkdtempSync(join(tmpdir(), 'apg-bench-'));
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, EMPTY_PAGE), '<!doctype html><meta charset="utf-8"><title>empty</title>\n');
  const html = readFileSync(join(dir, 'src/popup/index.html'), 'utf8');
  const withoutModules = html.replace(/<script type="module"[^>]*><\/script>\s*/g, '').replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  if (withoutModules === html || !withoutModules.includes('/popup-early.js')) throw new Error('the popup HTML is not as the bench expects');
  writeFileSync(join(dir, EARLY_ONLY_PAGE), withoutModules);
  writeFileSync(join(dir, FLOOR_PAGE), withoutModules.replace('/popup-early.js', '/bench-floor.js'));
  writeFileSync(
    join(dir, 'bench-floor.js'),
    `const rows = localStorage.getItem('${FLOOR_ROWS_KEY}');
document.addEventListener('readystatechange', () => {
  const template = document.createElement('template');
  template.innerHTML = rows;
  document.querySelector('#app > .app > .skeleton:not(.top)').replaceWith(template.content);
}, { once: true });
`,
  );
  return dir;
}

/** The first rows the popup draws for the seeded inventory, as HTML, kept for the floor page. */
async function keepFloorRows(context, base, control) {
  const page = await context.newPage();
  try {
    await page.goto(`${base}${EARLY_ONLY_PAGE}`);
    const rows = await (await page.waitForSelector('#app [data-early]', { state: 'attached' })).evaluate((early) => early.outerHTML);
    await control.evaluate(([key, value]) => localStorage.setItem(key, value), [FLOOR_ROWS_KEY, rows]);
  } finally {
    await page.close();
  }
}

async function runningWorkers(context) {
  const session = await context.browser()?.newBrowserCDPSession();
  if (!session) return 0;
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://')).length;
  } finally {
    await session.detach();
  }
}

/** Puts the worker in the wanted state just before an open: stopped (and seen stopped), or running. */
async function setWorker(context, control, cdp, cold) {
  if (cold) {
    for (let i = 0; i < 100; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      if (!(await runningWorkers(context))) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the service worker did not stop');
  }
  const reply = await control.evaluate(() => chrome.runtime.sendMessage({ type: 'status/get' }));
  if (!reply?.ok) throw new Error(`could not wake the worker: ${JSON.stringify(reply)}`);
}

async function open(context, url, read) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(read, null, { timeout: 30_000 });
    return await page.evaluate(read);
  } finally {
    await page.close();
  }
}

export async function measurePopup({ sizes = [40, 1000, 10000], opens = 7, onSeeded } = {}) {
  const dist = buildWithBenchPages();
  const results = [];
  try {
    for (const size of sizes) {
      const launched = await launch({ dist });
      const { context, extensionId } = launched;
      try {
        const base = `chrome-extension://${extensionId}/`;
        const popupUrl = `${base}src/popup/index.html`;
        const control = await context.newPage();
        await control.goto(`${base}${EMPTY_PAGE}`);
        await seedInventory(control, size);
        // The background bench runs here, before any popup opens: after many opens Chromium has let a
        // one-off alarm wait minutes to fire, which costs time and measures nothing of ours.
        if (onSeeded) await onSeeded(launched, size);
        await keepFloorRows(context, base, control);
        const cdp = await context.newCDPSession(control);
        await cdp.send('ServiceWorker.enable');
        await context.addInitScript(watchFrames);
        const modes = {};
        for (const mode of ['warm', 'cold']) {
          const runs = [];
          // One warm-up pair first (the first open also warms the browser's caches), then alternate
          // which page goes first so neither always follows the other.
          for (let i = 0; i < opens + 1; i++) {
            const pair = {};
            for (const which of i % 2 ? ['floor', 'popup', 'empty'] : ['empty', 'popup', 'floor']) {
              await setWorker(context, control, cdp, mode === 'cold');
              if (which === 'empty') pair.empty = await open(context, `${base}${EMPTY_PAGE}`, () => window.__benchFirstFrame);
              else if (which === 'floor') pair.floor = await open(context, `${base}${FLOOR_PAGE}`, () => window.__benchPopup);
              else pair.popup = await open(context, popupUrl, () => window.__benchPopup);
            }
            runs.push(pair);
          }
          runs.shift();
          const gaps = runs.map((r) => r.popup.frame - r.empty);
          modes[mode] = {
            n: runs.length,
            rowsRendered: runs[0].popup.rows,
            popup: spread(runs.map((r) => r.popup.frame), 1),
            emptyPage: spread(runs.map((r) => r.empty), 1),
            // Paired: each popup open minus the empty page opened next to it.
            gap: spread(gaps, 1),
            firstFrameP50: round(median(runs.map((r) => r.popup.firstFrame)), 1),
            // The App's rows (with their controls), after the empty page's first frame.
            appGap: spread(runs.map((r) => r.popup.appFrame - r.empty), 1),
            gapFrames: round(median(gaps) / FRAME_MS, 1),
            // The floor page's rows, after the same empty page's first frame.
            floorGap: spread(runs.map((r) => r.floor.frame - r.empty), 1),
            floorRowsRendered: runs[0].floor.rows,
            domContentLoadedP50: round(median(runs.map((r) => r.popup.domContentLoaded)), 1),
            marksP50: Object.fromEntries(Object.keys(runs[0].popup.marks).map((name) => [name, round(median(runs.map((r) => r.popup.marks[name] ?? NaN)), 1)])),
          };
        }
        results.push({ records: size, ...modes });
      } finally {
        await context.close();
      }
    }
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
  return {
    opens,
    sizes: results,
    scripts: measurePopupScripts(),
    targetGapFrames: { 40: 1, 10000: 3 },
    frameMs: round(FRAME_MS, 1),
  };
}
