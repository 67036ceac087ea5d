/**
 * The popup as a user sees it at the toolbar popup's size (380 × 600), in every shipped language:
 * readable type (Chromium's extension-page defaults once made the body 10.5 px), ten or more rows
 * at once, no text of ours cut off (German and French are the longest), and 40 records making a
 * page of a few screens rather than 6,000 px.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST } from './harness';
import { FORTY, POPUP_SIZE, launchInLanguage, setInventory } from '../../scripts/demo/popup-states.mjs';

const DAY = 1;
/** Twelve in one account, the first five due for review. */
const TWELVE = Array.from({ length: 12 }, (_, i) => ({ name: `Mail app ${i + 1}`, days: i < 5 ? 200 + i * DAY : 10 + i, usedWhere: `Desk ${i + 1}` }));

/** Our own texts: controls, chips, headings, labels. Names, places and accounts may end in "…" by design. */
const OURS = 'button, .chip, .segment, label, h2, .summary, .limit-count, .card-title, .hint, .saved, .unit, legend, .snooze-state, .assign-hint, [role="menuitem"]';

function clipped(page: Page) {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.getClientRects().length || el.closest('.sr-only')) continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) out.push(`${el.tagName}.${el.className}: "${el.textContent?.trim().slice(0, 40)}"`);
      const box = el.getBoundingClientRect();
      if (box.left < -0.5 || box.right > innerWidth + 0.5) out.push(`outside the popup: "${el.textContent?.trim().slice(0, 40)}"`);
    }
    if (document.documentElement.scrollWidth > innerWidth) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
    return out;
  }, OURS);
}

let open: BrowserContext | undefined;
afterAll(() => open?.close());

describe.each(['en', 'de', 'fr', 'es', 'ja'])('the popup in %s at 380 × 600', (lang) => {
  it('has readable type, shows 10+ rows, cuts off none of its texts, and keeps 40 records short', async () => {
    const { context, extensionId } = await launchInLanguage(DIST, lang);
    open = context;
    try {
      const url = `chrome-extension://${extensionId}/src/popup/index.html`;
      const page = await context.newPage();
      await page.setViewportSize(POPUP_SIZE);
      await page.goto(url);
      await setInventory(page, TWELVE);
      await page.reload();
      // The whole list, not the first screenful drawn before it (popup-early.js, then the App's first frame).
      await page.locator('html[data-popup-settled]').waitFor({ state: 'attached' });

      const type = await page.evaluate(() => ({
        body: parseFloat(getComputedStyle(document.body).fontSize),
        name: parseFloat(getComputedStyle(document.querySelector('.name')!).fontSize),
        family: getComputedStyle(document.body).fontFamily,
      }));
      expect(type.body).toBeGreaterThanOrEqual(13);
      expect(type.name).toBeGreaterThanOrEqual(13);
      expect(type.family).toMatch(/^system-ui/);

      const fullyVisible = await page.evaluate(
        () => [...document.querySelectorAll('[data-testid="record"]')].filter((row) => row.getBoundingClientRect().bottom <= innerHeight).length,
      );
      expect(fullyVisible).toBeGreaterThanOrEqual(10);
      expect(await clipped(page)).toEqual([]);

      // Each row's menu fits too.
      await page.locator('[data-testid="record"] .menu-button').first().click();
      expect(await clipped(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await page.goto('about:blank');
      await page.goto(`${url}#settings`);
      await page.locator('.settings').waitFor();
      expect(await clipped(page)).toEqual([]);

      await page.goto(url);
      await setInventory(page, FORTY);
      await page.reload();
      await page.locator('[data-testid="record"]').nth(39).waitFor();
      expect(await clipped(page)).toEqual([]);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(40 * 48 + 300);
    } finally {
      await context.close();
      open = undefined;
    }
  });
});
