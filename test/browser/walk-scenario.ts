/**
 * Drives one replica scenario in Chromium as a user would: clicking and typing in Microsoft's
 * (replica) controls, never ours, and checking data-step after each action. The journey itself is
 * journey.ts, shared with the Firefox tier; this file is its Playwright driver.
 */
import type { Page } from 'playwright-core';
import type { Action, Scenario } from '../fixtures/replica/scenarios';
import { type JourneyTab, type OpenTab, performAction, walkJourney } from './journey';
import { type Launched, pageErrors, useReplicaConfig, waitForStep } from './harness';

/** A Playwright page as a journey tab. */
function playwrightTab(page: Page, errors: string[] = pageErrors(page)): JourneyTab {
  const el = (r: string) => page.locator(`[data-r="${r}"]`);
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    back: async () => {
      await page.goBack();
    },
    click: (r) => el(r).click(),
    fill: (r, text) => el(r).fill(text),
    waitForStep: (step, timeout) => waitForStep(page, step, timeout),
    valueOf: async (r) => (await el(r).evaluate((e) => (e instanceof HTMLInputElement ? e.value : e.textContent))) ?? '',
    isVisible: (r) => el(r).isVisible(),
    errors: () => errors,
    close: () => page.close(),
  };
}

function chromiumTabs(launched: Launched): OpenTab {
  return async (config) => {
    const page = await launched.context.newPage();
    await useReplicaConfig(page, config);
    return playwrightTab(page);
  };
}

export async function perform(page: Page, action: Action): Promise<void> {
  await performAction(playwrightTab(page, []), action);
}

/** Needs `serveReplica` on the context. Fails on a wrong step or any uncaught page error. */
export async function walkScenario(launched: Launched, scenario: Scenario): Promise<void> {
  await walkJourney(chromiumTabs(launched), scenario);
}
