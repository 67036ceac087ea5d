/**
 * Page reports end to end in Chromium with the built extension (issue #15): on every screen of every
 * replica journey, with the canary password on screen where the journey shows one, the panel's
 * "Save a page report" control makes a report (the background injects the report script into the
 * tab); each report is read back and holds the step the guide shows, no trace of the canary in any
 * form, no e-mail address and no app password name. Then the popup's Settings → Page reports lists
 * them, shows one from the keyboard and exports them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { DEFAULTS } from '../fixtures/replica/index.mjs';
import { openPopup, pageErrors, useExtension, useReplicaConfig, waitForStep } from './harness';
import { Inventory } from './inventory-harness';
import { findCanary, makeCanary } from './canary-forms';
import { dumpStorage } from './canary-collect';
import { perform } from './walk-scenario';
import { PASSWORD_STEPS } from './journey';

const canary = makeCanary();
const launched = useExtension();
/** Messages to the background, sent from an extension page as the popup sends them. */
const background = new Inventory(launched);
const call = <T>(type: string, payload: unknown = {}) => background.call<T>(type, payload);
let popup: Page;

beforeAll(async () => {
  popup = await openPopup(launched);
});

async function latestId(): Promise<string | undefined> {
  return (await call<{ reports: Array<{ id: string }> }>('reports/list')).reports[0]?.id;
}

/** Uses the panel's control as a user does; returns the id of the report it kept. */
async function saveReport(page: Page): Promise<string> {
  const before = await latestId();
  const control = page.locator('#app-password-guide [data-action="report-page"]');
  // On a narrow panel ("slim") the quiet link is folded away; the control is still there and works.
  await control.evaluate((el: HTMLElement) => el.click());
  await expect.poll(latestId, { timeout: 10_000 }).not.toBe(before);
  // The panel says where to find it, in its live region.
  const said = page.locator('#app-password-guide [aria-live="polite"] p.reported:not([hidden])', { hasText: 'Page report saved' });
  await said.waitFor({ state: 'attached', timeout: 5_000 }).catch(async (e) => {
    throw new Error(`${e}: ${await page.locator('#app-password-guide [aria-live="polite"]').innerHTML()} step ${await page.getAttribute('#app-password-guide', 'data-step')}`);
  });
  return (await latestId())!;
}

const names = new Set<string>([...DEFAULTS.apps.split(','), ...SCENARIOS.flatMap((s) => s.steps.flatMap(([a]) => ('type' in a ? [a.type[1]] : [])))]);

describe('page reports on every replica screen', () => {
  it('makes a report on each, of the step the guide shows, with no password, address or name in it', async () => {
    const problems: string[] = [];
    let reports = 0;
    let withPassword = 0;
    for (const scenario of SCENARIOS.filter((s) => !s.extraLabels)) {
      const page = await launched.context.newPage();
      const errors = pageErrors(page);
      await useReplicaConfig(page, { ...scenario.config, canary });
      await page.goto(scenario.url);
      const screens: Array<[(() => Promise<void>) | null, string]> = [[null, scenario.start], ...scenario.steps.map(([a, s]) => [() => perform(page, a), s] as [() => Promise<void>, string])];
      for (const [act, expected] of screens) {
        await act?.();
        await waitForStep(page, expected);
        if (PASSWORD_STEPS.includes(expected)) {
          const box = page.locator('[data-r="password"]');
          expect(await box.evaluate((el) => (el instanceof HTMLInputElement ? el.value : el.textContent))).toBe(canary);
          withPassword++;
        }
        const report = await call<{ step: string }>('reports/get', { id: await saveReport(page) });
        const json = JSON.stringify(report);
        reports++;
        const where = `${scenario.name} / ${expected}`;
        if (report.step !== expected) problems.push(`${where}: the report says ${report.step}`);
        for (const form of findCanary(canary, json)) problems.push(`${where}: canary as ${form}`);
        if (json.includes('@')) problems.push(`${where}: an e-mail address`);
        for (const name of names) if (json.includes(name)) problems.push(`${where}: the name "${name}"`);
      }
      expect(errors, scenario.name).toEqual([]);
      await page.close();
    }
    console.log(`page reports: ${reports} screens reported, ${withPassword} with the canary on screen`);
    expect(problems).toEqual([]);
    expect(reports).toBeGreaterThan(150);
    expect(withPassword).toBeGreaterThan(10);
    // And nothing the extension stores holds the canary either.
    expect(findCanary(canary, await dumpStorage(popup))).toEqual([]);
  }, 900_000);

  it('keeps the last 20, and the popup lists them, shows one from the keyboard and exports them', async () => {
    const { reports, health } = await call<{ reports: unknown[]; health: { steps: Record<string, { seen: number }> } }>('reports/list');
    expect(reports).toHaveLength(20);
    expect(health.steps['security-info']?.seen).toBeGreaterThan(0);

    await popup.reload();
    await popup.getByRole('tab', { name: 'Settings' }).or(popup.getByRole('button', { name: 'Settings' })).first().click();
    const card = popup.locator('section.page-reports');
    await expect.poll(() => card.locator('tbody tr[data-report-id]').count()).toBe(20);
    // The row's toggle: "Show", then "Hide" once open (aria-expanded says which).
    const show = card.locator('tbody tr[data-report-id]').first().locator('button[aria-controls]');
    expect(await show.textContent()).toBe('Show');
    await show.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => show.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => card.locator('.report-detail caption').textContent()).toBe('Why the guide decided so');
    const download = popup.waitForEvent('download');
    await card.getByRole('button', { name: 'Export all as JSON' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^page-reports-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await (await file.createReadStream())!.toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const exported = JSON.parse(text);
    expect(exported.reports).toHaveLength(20);
    expect(exported.health.steps).toBeDefined();
    expect(findCanary(canary, text)).toEqual([]);
  }, 60_000);
});
