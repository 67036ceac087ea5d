/**
 * Drives one replica scenario in Chromium as a user would: clicking and typing in Microsoft's
 * (replica) controls, never ours, and checking data-step after each action.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Action, Scenario } from '../fixtures/replica/scenarios';
import { type Launched, pageErrors, useReplicaConfig, waitForStep } from './harness';

export async function perform(page: Page, action: Action): Promise<void> {
  if ('click' in action) await page.locator(`[data-r="${action.click}"]`).click();
  else if ('type' in action) await page.locator(`[data-r="${action.type[0]}"]`).fill(action.type[1]);
  else if ('go' in action) await page.goto(action.go);
  else await page.goBack();
}

/** Needs `serveReplica` on the context. Fails on a wrong step or any uncaught page error. */
export async function walkScenario(launched: Launched, scenario: Scenario): Promise<void> {
  const page = await launched.context.newPage();
  const errors = pageErrors(page);
  await useReplicaConfig(page, scenario.config ?? {});
  try {
    await page.goto(scenario.url);
    await waitForStep(page, scenario.start);
    for (const [action, expected] of scenario.steps) {
      await perform(page, action);
      await waitForStep(page, expected);
    }
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
}
