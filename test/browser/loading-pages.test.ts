/**
 * A page still loading, and pages outside the flow, in Chromium with the built extension: a spinner
 * that animates in every frame for seconds never makes the guide say "unfamiliar" before the list
 * (and the panel stays quiet meanwhile); a load that never ends does, after about 8 s; My Sign-Ins'
 * Overview shows `other-page` with the Security info link outlined; a maintenance page on the flow's
 * own URL is `unfamiliar`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageErrors, useExtension, useReplicaConfig, waitForStep } from './harness';

const launched = useExtension();
/** The worker's first answers can take seconds on a loaded machine (its first managed-storage read). */
const POLL = { timeout: 10_000 };
const SI = 'https://mysignins.microsoft.com/security-info';

/** Every step the host shows, in order, recorded in the page (the first included; a rewrite of the same step is not a new one). */
async function recordSteps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __steps: string[] }).__steps = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        const step = el.getAttribute('data-step') ?? '';
        if (el.id === 'app-password-guide' && step !== seen.at(-1)) seen.push(step);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-step'] });
  });
}

const stepsSeen = (page: Page) => page.evaluate(() => (window as unknown as { __steps: string[] }).__steps);
const panelHidden = (page: Page) => page.locator('#app-password-guide .panel').isHidden();

describe('a page still loading', () => {
  for (const shape of ['spinner', 'busy', 'shell']) {
    it(`shows no "unfamiliar" and no panel during ${shape === 'shell' ? 'an empty app frame' : `a ${shape}`} of 3 s, then the list`, async () => {
      const page = await launched.context.newPage();
      const errors = pageErrors(page);
      await recordSteps(page);
      await useReplicaConfig(page, { loading: '3000', loadingShape: shape, count: '40' });
      await page.goto(SI);
      await waitForStep(page, 'loading');
      // The settings have arrived by now (the panel would be shown on any other step).
      await page.waitForTimeout(1200);
      expect(await page.getAttribute('#app-password-guide', 'data-step')).toBe('loading');
      expect(await panelHidden(page)).toBe(true);
      await waitForStep(page, 'limit-reached', 10_000);
      expect(await panelHidden(page)).toBe(false);
      const steps = await stepsSeen(page);
      expect(steps).not.toContain('unfamiliar');
      expect(steps[0]).toBe('loading');
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('says "unfamiliar" once the page has shown nothing of its own for about 8 s, and not before', async () => {
    const page = await launched.context.newPage();
    await recordSteps(page);
    await useReplicaConfig(page, { loading: 'hold' });
    await page.goto(SI);
    await waitForStep(page, 'loading');
    await page.waitForTimeout(3000);
    expect(await stepsSeen(page)).toEqual(['loading']);
    await waitForStep(page, 'unfamiliar', 15_000);
    expect(await panelHidden(page)).toBe(false);
    expect(await page.locator('#app-password-guide button.steps').isVisible()).toBe(true);
    await page.close();
  });
});

describe('pages outside the flow', () => {
  it('My Sign-Ins Overview is other-page, with the link to Security info outlined', async () => {
    const page = await launched.context.newPage();
    await page.goto('https://mysignins.microsoft.com/');
    await waitForStep(page, 'other-page');
    await page.locator('#app-password-guide .panel').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('#app-password-guide .outline').isVisible(), POLL).toBe(true);
    const [link, outline] = await page.evaluate(() => {
      const box = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
      const root = document.getElementById('app-password-guide')!.shadowRoot!;
      return [box(document.querySelector('[data-r="nav-security-info"]')!), box(root.querySelector('.outline')!)];
    });
    expect(outline.left).toBeLessThanOrEqual(link.left);
    expect(outline.right).toBeGreaterThanOrEqual(link.right);
    expect(outline.top).toBeLessThanOrEqual(link.top);
    expect(outline.bottom).toBeGreaterThanOrEqual(link.bottom);
    await page.locator('[data-r="nav-security-info"]').click();
    await waitForStep(page, 'security-info');
    await page.close();
  });

  it('a maintenance page on Security info\'s own URL is unfamiliar', async () => {
    const page = await launched.context.newPage();
    await page.goto(`${SI}?page=maintenance`);
    await waitForStep(page, 'unfamiliar');
    await page.close();
  });
});
