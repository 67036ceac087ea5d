// How the Firefox tier and `npm start -- --firefox` start Firefox ESR with the built extension:
// puppeteer-core over WebDriver BiDi (Playwright cannot drive a stock Firefox), the recipe in
// shared/toolchain.md.
import puppeteer from 'puppeteer-core';
import { REPLICA_HOSTS, replicaResponse } from '../test/fixtures/replica/serve.mjs';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/** vite.config.ts GECKO_ID; launchFirefox checks that Firefox installed the build under this id. */
export const GECKO_ID = 'app-password-guide@extensions.example.org';

/** Fixed, so the popup's moz-extension:// URL is known before the extension is installed. */
export const EXTENSION_UUID = '0c3d8a5e-7b61-4f2a-9e3c-a1d2b4c6e8f0';
export const POPUP_URL = `moz-extension://${EXTENSION_UUID}/src/popup/index.html`;

const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  // Every console line of every context (pages, content scripts, extension pages, the background
  // page) goes to Firefox's stdout, where the privacy canary searches it.
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': true,
  // With no desktop notification daemon (headless, CI), the system backend closes every
  // notification the moment it is shown; Firefox's own alert window keeps it listed.
  'alerts.useSystemBackend': false,
};

/** Saves every download into `dir` without asking, as a user who set a download folder does. */
const downloadPrefs = (dir) => ({
  'browser.download.folderList': 2,
  'browser.download.dir': dir,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.start_downloads_in_tmp_dir': false,
});

/**
 * Starts Firefox ESR and installs `dist` (dist/firefox) as a temporary add-on; with
 * `downloadDir`, downloads are saved there; `prefs` are more Firefox preferences. `output` collects
 * everything Firefox writes to stdout and stderr.
 */
export async function launchFirefox({ dist, headless = true, downloadDir, prefs = {} } = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    // Lets the test open moz-extension:// pages (the popup) in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...PREFS, ...(downloadDir ? downloadPrefs(downloadDir) : {}), ...prefs },
    defaultViewport: headless ? { width: 1280, height: 800 } : null,
  });
  const output = [];
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) stream?.on('data', (chunk) => output.push(String(chunk)));
  try {
    const id = await browser.installExtension(dist);
    if (id !== GECKO_ID) throw new Error(`Firefox installed the extension as "${id}", expected "${GECKO_ID}"`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, output };
}

/**
 * Serves the replica under the real Microsoft URLs for every request of `page`; any other web
 * request is refused (this machine has no internet, and a test must not reach it).
 */
export async function serveReplicaIn(page) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    if (!REPLICA_HOSTS.test(url)) return void request.respond({ status: 404, contentType: 'text/plain', body: 'not part of the replica' });
    const { status, contentType, body } = replicaResponse(url);
    return void request.respond({ status, contentType, body });
  });
}

/**
 * Opens an extension page in a new tab. `page.goto` to a moz-extension:// URL never resolves over
 * BiDi, so the navigation is started without waiting and the tab is polled until the page is loaded.
 */
export async function openExtensionPage(browser, url = POPUP_URL, timeout = 15_000) {
  const page = await browser.newPage();
  page.goto(url).catch(() => {});
  const deadline = Date.now() + timeout;
  for (;;) {
    const loaded = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
    if (loaded) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not load in ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
