// `npm start -- --firefox`: the demo in Debian's Firefox ESR with the Firefox build (dist/firefox),
// driven by puppeteer-core over WebDriver BiDi like the Firefox test tier. With a display, a window
// on the replica of My Account; without one, the same walk as Chromium's, a screenshot per step.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchFirefox, serveReplicaIn } from '../firefox.mjs';
import { START_URL, WALK } from './walk.mjs';

/** The demo walk's steps use a small part of Playwright's page; this gives it to a puppeteer page. */
function walkPage(page) {
  return {
    goto: (url) => page.goto(url),
    locator: (selector) => ({
      click: () => page.locator(selector).click(),
      fill: (text) => page.locator(selector).fill(text),
    }),
  };
}

/** Returns the exit code: 0 when every step showed the expected guide. */
export async function startFirefox({ root, headless }) {
  execFileSync('bash', ['scripts/ensure-firefox.sh'], { cwd: root, stdio: 'inherit' });
  console.log('Building the extension…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  const { browser } = await launchFirefox({ dist: resolve(root, 'dist/firefox'), headless });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await serveReplicaIn(page);

  if (!headless) {
    await page.goto(START_URL);
    console.log('Firefox is open on the replica of My Account with the extension loaded. Close the window to finish.');
    await new Promise((done) => browser.on('disconnected', done));
    return 0;
  }

  const folder = resolve(root, 'screenshots', `firefox-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(folder, { recursive: true });
  let failures = 0;
  for (const [index, step] of WALK.entries()) {
    await step.act(walkPage(page));
    const reached = await page
      .waitForSelector(`#app-password-guide[data-step="${step.expect}"]`, { timeout: 10_000 })
      .then(() => true, () => false);
    if (!reached) failures += 1;
    // Let the panel appear (settings come from the background) and settle beside its target.
    await page
      .waitForFunction(() => document.getElementById('app-password-guide')?.shadowRoot?.querySelector('.panel')?.checkVisibility(), { timeout: 5_000 })
      .catch(() => {});
    await new Promise((done) => setTimeout(done, 150));
    const file = resolve(folder, `${String(index + 1).padStart(2, '0')}-${step.label}.png`);
    await page.screenshot({ path: file });
    const shown = await page.$eval('#app-password-guide', (el) => el.getAttribute('data-step')).catch(() => null);
    if (reached) console.log(`  ✓ ${step.label}: guide shows "${step.expect}"`);
    else console.log(`  ✖ ${step.label}: expected the guide at "${step.expect}", saw "${shown}"`);
  }
  await browser.close();
  console.log(`\nScreenshots of each guided step: ${folder}`);
  return failures ? 1 : 0;
}
