/**
 * The Firefox tier's driver: Firefox ESR with dist/firefox, driven by puppeteer-core over WebDriver
 * BiDi. It offers the same JourneyTab as the Chromium driver, so both browsers walk the same
 * journeys (test/browser/journey.ts).
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, serveReplicaIn } from '../../scripts/firefox.mjs';
import type { JourneyTab, OpenTab } from '../browser/journey';

const DIST = fileURLToPath(new URL('../../dist/firefox', import.meta.url));

export interface FirefoxLaunched {
  browser: Browser;
  /** Everything Firefox printed so far: with the console prefs, every console line of every context. */
  output: string[];
  /** A new tab on the replica, with `config` as its variant switches. */
  openTab: OpenTab;
  /** A new tab with the extension's popup page, loaded. */
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(options: { downloadDir?: string; prefs?: Record<string, unknown> } = {}): Promise<FirefoxLaunched> {
  const { browser, output } = await launchFirefox({ dist: DIST, ...options });
  return {
    browser,
    output,
    openTab: async (config) => {
      const page = await browser.newPage();
      page.setDefaultTimeout(10_000);
      await serveReplicaIn(page);
      await page.evaluateOnNewDocument((c) => {
        (window as unknown as { __replicaConfig: unknown }).__replicaConfig = c;
      }, config);
      return firefoxTab(page);
    },
    openPopup: async () => {
      const page = await openExtensionPage(browser);
      page.setDefaultTimeout(10_000);
      return page;
    },
    close: () => browser.close(),
  };
}

const sel = (r: string) => `[data-r="${r.replace(/"/g, '\\"')}"]`;

function firefoxTab(page: Page): JourneyTab {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    back: async () => {
      await page.goBack();
    },
    click: (r) => page.locator(sel(r)).click(),
    fill: (r, text) => page.locator(sel(r)).fill(text),
    waitForStep: (step, timeout = 5_000) => waitForStep(page, step, timeout),
    valueOf: (r) => page.$eval(sel(r), (e) => (e instanceof HTMLInputElement ? e.value : (e.textContent ?? ''))),
    isVisible: async (r) => (await page.$(sel(r)))?.isVisible() ?? false,
    errors: () => errors,
    close: () => page.close(),
  };
}

async function stepOf(page: Page): Promise<string | null> {
  return page.$eval('#app-password-guide', (el) => el.getAttribute('data-step')).catch(() => null);
}

async function waitForStep(page: Page, step: string, timeout = 5_000): Promise<void> {
  try {
    await page.waitForSelector(`#app-password-guide[data-step="${step}"]`, { timeout });
  } catch {
    throw new Error(`expected the guide at "${step}", it shows "${await stepOf(page)}"`);
  }
}

/** Sends one message of the typed protocol from an extension page, as the popup does; throws on an error reply. */
export async function call<T>(page: Page, type: string, payload: unknown = {}): Promise<T> {
  const reply = await page.evaluate(
    (t, p) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ type: t, payload: p }),
    type,
    payload as never,
  );
  const r = reply as { ok?: boolean; value?: unknown } | undefined;
  if (!r?.ok) throw new Error(`${type}: ${JSON.stringify(reply)}`);
  return r.value as T;
}

/**
 * Clicks the button whose accessible text is `name` (its aria-label, else its text without the parts
 * hidden from screen readers, such as the list tab's count), inside the list item that mentions `row`
 * when given; waits for it to exist.
 */
export async function clickButton(page: Page, name: string, row?: string): Promise<void> {
  const found = await page.waitForFunction(
    (n: string, r: string | null) => {
      const scopes = r ? [...document.querySelectorAll('li')].filter((li) => li.textContent?.includes(r)) : [document];
      for (const scope of scopes) {
        for (const button of scope.querySelectorAll('button')) {
          // Its accessible text: aria-hidden parts (the view switch's count badge) are not read out.
          const copy = button.cloneNode(true) as Element;
          for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
          if ((button.getAttribute('aria-label') ?? copy.textContent?.trim()) === n) return button;
        }
      }
      return null;
    },
    {},
    name,
    row ?? null,
  );
  const button = found.asElement();
  if (!button) throw new Error(`no button "${name}"`);
  await (button as import('puppeteer-core').ElementHandle<Element>).click();
}

/** The text of the first element matching `selector` (isolation marks included), '' while there is none. */
export const textOf = (page: Page, selector = 'body') => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
