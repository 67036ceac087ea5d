/**
 * Every replica scenario, driven in Chromium with the built extension as a user would: clicking and
 * typing in Microsoft's (replica) controls, never ours, and checking data-step after each action.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Action, SCENARIOS, type Scenario } from '../fixtures/replica/scenarios';
import { type Launched, launchWithExtension, pageErrors, serveReplica, useReplicaConfig, waitForStep } from './harness';

let launched: Launched;

beforeAll(async () => {
  launched = await launchWithExtension();
  await serveReplica(launched.context);
});

afterAll(async () => {
  await launched?.close();
});

async function perform(page: Page, action: Action): Promise<void> {
  if ('click' in action) await page.locator(`[data-r="${action.click}"]`).click();
  else if ('type' in action) await page.locator(`[data-r="${action.type[0]}"]`).fill(action.type[1]);
  else if ('go' in action) await page.goto(action.go);
  else await page.goBack();
}

async function run(scenario: Scenario): Promise<void> {
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

describe('replica scenarios in Chromium', () => {
  // IT's extra labels need a machine policy file; they are covered by the unit tests instead.
  it.each(SCENARIOS.filter((s) => !s.extraLabels).map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    await run(scenario);
  });

  it('follows a detour through the sign-in page and back', async () => {
    const page = await launched.context.newPage();
    const errors = pageErrors(page);
    await useReplicaConfig(page, { reauth: 'login' });
    await page.goto('https://mysignins.microsoft.com/security-info');
    await waitForStep(page, 'security-info');
    await page.locator('[data-r="add"]').click();
    await page.waitForURL(/login\.microsoftonline\.com/);
    expect(await page.locator('#app-password-guide').count()).toBe(0);
    await page.locator('[data-r="sign-in"]').click();
    await page.waitForURL(/mysignins\.microsoft\.com\/security-info/);
    await waitForStep(page, 'security-info');
    await page.locator('[data-r="add"]').click();
    await waitForStep(page, 'choose-method');
    expect(errors).toEqual([]);
    await page.close();
  });
});
