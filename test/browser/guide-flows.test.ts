/** Every replica scenario, driven in Chromium with the built extension (see walk-scenario.ts). */
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { pageErrors, useExtension, useReplicaConfig, waitForStep } from './harness';
import { walkScenario } from './walk-scenario';

const launched = useExtension();

describe('replica scenarios in Chromium', () => {
  // IT's extra labels need a machine policy file: popup-policy.test.ts walks those scenarios.
  it.each(SCENARIOS.filter((s) => !s.extraLabels).map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    await walkScenario(launched, scenario);
  });

  // The unit matrix (detect-matrix.test.ts) draws every screen in every dialect; here one journey
  // per dialect (and a deletion in the dialect without roles, whose rows are read by structure) checks
  // the same end to end, with the built extension reading Chromium's DOM.
  it.each([
    ['aria', 'create, 2023 picker, de'],
    ['plain', 'create, 2024 picker, fr'],
    ['plain', 'delete, confirm "ok", de'],
    ['fluent8', 'create, 2023 picker, ja'],
  ] as const)('markup dialect %s: %s', async (dialect, name) => {
    const scenario = SCENARIOS.find((s) => s.name === name);
    if (!scenario) throw new Error(`no scenario "${name}"`);
    await walkScenario(launched, { ...scenario, config: { ...scenario.config, dialect } });
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
