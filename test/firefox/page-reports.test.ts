/**
 * Page reports in Firefox ESR with the Firefox build: the background injects the report script into
 * the tab (scripting.executeScript with a file, then a function that reads what the file left in the
 * content script's world) on every screen of a create flow, with the canary on screen; each report
 * names the step the guide shows and holds no trace of the canary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { findCanary, makeCanary } from '../browser/canary-forms';
import { walkJourney } from '../browser/journey';
import { type FirefoxLaunched, call, launchFirefoxWithExtension } from './driver';

const canary = makeCanary();
let firefox: FirefoxLaunched;
let popup: Page;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  popup = await firefox.openPopup();
});

afterAll(async () => {
  await firefox?.close();
});

const latest = async () => (await call<{ reports: Array<{ id: string }> }>(popup, 'reports/list')).reports[0]?.id;

describe('page reports in Firefox', () => {
  it.each(['create, 2024 picker, en', 'legacy verification page to app passwords, create'])('are made on every screen of "%s"', async (name) => {
    const scenario = SCENARIOS.find((s) => s.name === name)!;
    const problems: string[] = [];
    let made = 0;
    let page: Page | undefined;
    const tab = await walkJourney(
      async (config) => {
        const opened = await firefox.openTab(config);
        page = (await firefox.browser.pages()).at(-1);
        return opened;
      },
      scenario,
      {
        config: { canary },
        keepOpen: true,
        onStep: async (_tab, step) => {
          const before = await latest();
          await page!.evaluate(() =>
            (document.querySelector('#app-password-guide')!.shadowRoot!.querySelector('[data-action="report-page"]') as HTMLElement).click(),
          );
          await expect.poll(latest, { timeout: 10_000 }).not.toBe(before);
          const report = await call<{ step: string }>(popup, 'reports/get', { id: await latest() });
          made++;
          if (report.step !== step) problems.push(`${step}: the report says ${report.step}`);
          for (const form of findCanary(canary, JSON.stringify(report))) problems.push(`${step}: canary as ${form}`);
        },
      },
    );
    await tab?.close();
    expect(problems).toEqual([]);
    expect(made).toBe(scenario.steps.length + 1);
  }, 120_000);
});
