// `npm start`: builds the extension and opens Chromium with it loaded on the project's replica of
// Microsoft's Security info page, and its popup in a tab. With a display you get a window to click
// through; without one (or with --headless) it walks the create and delete flows, screenshots each
// guided step, the panel at 1024 and 800 px, dark, German and French (with the "Where will you use
// it?" field after a create), and the popup in each of its states (empty, a few records, stale ones,
// 40, search, a row's menu, Undo, settings, dark, German, French), and writes one HTML contact sheet
// of them all.
// `npm start -- --firefox` does the same with the Firefox build in Debian's Firefox ESR.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { START_URL, WALK } from './demo/walk.mjs';
import { POPUP_SIZE, POPUP_STATES, STALE, capturePopupStates, setInventory } from './demo/popup-states.mjs';
import { PANEL_STATES, capturePanelStates } from './demo/panel-states.mjs';
import { writeContactSheet } from './demo/contact-sheet.mjs';
import { REPLICA_HOSTS, replicaResponse } from '../test/fixtures/replica/serve.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, withExtension } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist/chrome');
const headless = !process.env.DISPLAY || process.env.CI === 'true' || process.argv.includes('--headless');

if (process.argv.includes('--firefox')) {
  const { startFirefox } = await import('./demo/firefox.mjs');
  process.exit(await startFirefox({ root, headless }));
}

execFileSync('bash', ['scripts/ensure-chromium.sh'], { cwd: root, stdio: 'inherit' });
console.log('Building the extension…');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });

const context = await chromium.launchPersistentContext('', {
  headless,
  executablePath: CHROMIUM_PATH,
  viewport: { width: 1280, height: 800 },
  args: [...withExtension(dist), ...CHROMIUM_FLAGS],
});

// The replica is served under the real Microsoft URLs, so the extension behaves exactly as it would there.
await context.route(REPLICA_HOSTS, (route) => route.fulfill(replicaResponse(route.request().url())));

const page = context.pages()[0] ?? (await context.newPage());

if (!headless) {
  // The popup in a tab of its own size, with a few records (some due for review) to try it on.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/src/popup/index.html`);
  await setInventory(popup, STALE);
  await popup.reload();
  await page.bringToFront();
  await page.goto(START_URL);
  console.log('Chromium is open on the replica of My Account with the extension loaded, and its popup in the next tab.');
  console.log('For screenshots of every state and the contact sheet: npm start -- --headless. Close the window to finish.');
  await new Promise((done) => context.on('close', done));
  process.exit(0);
}

const folder = resolve(root, 'screenshots', new Date().toISOString().replace(/[:.]/g, '-'));
mkdirSync(folder, { recursive: true });
let failures = 0;
const guideShots = [];
console.log('The guide on the replica of Microsoft\'s pages:');
for (const [index, step] of WALK.entries()) {
  await step.act(page);
  const host = page.locator('#app-password-guide');
  let reached = true;
  try {
    await host.and(page.locator(`[data-step="${step.expect}"]`)).waitFor({ state: 'attached', timeout: 10_000 });
  } catch {
    reached = false;
    failures += 1;
  }
  // Let the panel appear (settings come from the background) and settle beside its target.
  await page.locator('#app-password-guide .panel').waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
  await page.waitForTimeout(150);
  const file = resolve(folder, `${String(index + 1).padStart(2, '0')}-${step.label}.png`);
  await page.screenshot({ path: file });
  guideShots.push({ file, title: `${index + 1}. ${step.label.replaceAll('-', ' ')} → ${step.expect}`, ok: reached });
  if (reached) console.log(`  ✓ ${step.label}: guide shows "${step.expect}"`);
  else console.log(`  ✖ ${step.label}: expected the guide at "${step.expect}", saw "${await host.getAttribute('data-step')}"`);
}
await context.close();

console.log('The guide at 1024 and 800 px, dark, German and French, and "Where will you use it?":');
const panelShots = await capturePanelStates(dist, folder, { states: PANEL_STATES });
failures += panelShots.filter((shot) => !shot.ok).length;

console.log('The popup at 380 × 600:');
const popupShots = await capturePopupStates(dist, folder, { states: POPUP_STATES });
const sheet = writeContactSheet(folder, [
  {
    title: 'The popup (380 × 600, the toolbar popup\'s size)',
    note: 'Its states in English, dark, German and French; records written through the extension\'s own import message.',
    shots: popupShots,
    width: POPUP_SIZE.width,
  },
  {
    title: 'The guide on Microsoft\'s pages (1280 × 800 replicas)',
    note: 'The create and delete flows as a user walks them, then the admin-disabled, legacy and unfamiliar pages.',
    shots: guideShots,
    width: 640,
  },
  {
    title: 'The guide at other sizes, dark and in other languages',
    note: 'At 1024 × 700 and 800 × 600, dark, German and French; and "Where will you use it?" after a guided create: asked, saved, refused.',
    shots: panelShots,
    width: 640,
  },
]);
console.log(`\nContact sheet of every screenshot: ${sheet}`);
process.exit(failures ? 1 : 0);
