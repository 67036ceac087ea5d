// `npm start`: builds the extension and opens Chromium with it loaded on the project's replica of
// Microsoft's Security info page. With a display you get a window to click through; without one it
// walks the create flow headless and saves a screenshot of each guided step.
// `npm start -- --firefox` does the same with the Firefox build in Debian's Firefox ESR.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { START_URL, WALK } from './demo/walk.mjs';
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
  await page.goto(START_URL);
  console.log('Chromium is open on the replica of My Account with the extension loaded. Close the window to finish.');
  await new Promise((done) => context.on('close', done));
  process.exit(0);
}

const folder = resolve(root, 'screenshots', new Date().toISOString().replace(/[:.]/g, '-'));
mkdirSync(folder, { recursive: true });
let failures = 0;
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
  if (reached) console.log(`  ✓ ${step.label}: guide shows "${step.expect}"`);
  else console.log(`  ✖ ${step.label}: expected the guide at "${step.expect}", saw "${await host.getAttribute('data-step')}"`);
}
await context.close();
console.log(`\nScreenshots of each guided step: ${folder}`);
process.exit(failures ? 1 : 0);
