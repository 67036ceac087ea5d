/**
 * Where the panel sits, measured in Chromium on the replica screens: at 1280 × 800 and 1024 × 700 it
 * never covers its target nor the App password rows (whose names a user who came to delete one must
 * read), nor an open dialog's title, labels, text and controls; on a narrow window it docks at an edge and still covers
 * none of them. And the fallback panel of an unfamiliar page is short, its written steps folded.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopup, pageErrors, useExtension, waitForStep } from './harness';

const launched = useExtension();
const SI = 'https://mysignins.microsoft.com/security-info';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The panel's, the outline's and the page's rectangles that matter, in viewport pixels. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const r = (el: Element) => {
      const b = el.getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    };
    const root = document.getElementById('app-password-guide')!.shadowRoot!;
    const outline = root.querySelector<HTMLElement>('.outline')!;
    const dialog = document.querySelector('[role="dialog"]');
    return {
      panel: r(root.querySelector('.panel')!),
      // The outline is drawn around the target; where it is, the target is.
      target: outline.hidden ? null : r(outline),
      rows: [...document.querySelectorAll('[role="listitem"]')].filter((row) => /App password/.test(row.textContent ?? '')).map(r),
      dialogParts: dialog ? [...dialog.querySelectorAll('h1, h2, h3, label, p, button, [role="option"], input')].map(r) : [],
      view: { width: innerWidth, height: innerHeight },
    };
  });

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What the panel covers of what the user needs, by name, so a failure says what and where. */
async function covered(page: Page): Promise<string[]> {
  const g = await layout(page);
  const hits: string[] = [];
  if (g.target && overlaps(g.panel, g.target)) hits.push('target');
  g.rows.forEach((row, i) => overlaps(g.panel, row) && hits.push(`App password row ${i + 1}`));
  g.dialogParts.forEach((c, i) => overlaps(g.panel, c) && hits.push(`dialog title, label, text or control ${i + 1}`));
  const p = g.panel;
  if (p.left < 0 || p.top < 0 || p.right > g.view.width || p.bottom > g.view.height) hits.push('outside the window');
  return hits;
}

/** Lets the panel appear (settings come from the background) and settle after the page's animation. */
async function settle(page: Page) {
  await page.locator('#app-password-guide .panel').waitFor({ state: 'visible' });
  await page.waitForTimeout(200);
}

const click = (page: Page, r: string) => page.locator(`[data-r="${r}"]`).click();

async function setTask(task: { kind: 'create' | 'delete'; name?: string } | null) {
  const popup = await openPopup(launched);
  await popup.evaluate((p) => chrome.runtime.sendMessage(p ? { type: 'guide/task-set', payload: p } : { type: 'guide/task-clear', payload: {} }), task);
  await popup.close();
}

/** Walks create then delete on Security info, checking what the panel covers on every screen. */
async function walk(page: Page): Promise<Record<string, string[]>> {
  const seen: Record<string, string[]> = {};
  const check = async (label: string, step: string) => {
    await waitForStep(page, step);
    await settle(page);
    seen[label] = await covered(page);
  };
  await page.goto(SI);
  await check('security info', 'security-info');
  await click(page, 'add');
  await check('picker', 'choose-method');
  await click(page, 'show-more');
  await check('picker, all options', 'choose-method');
  await click(page, 'option-app-password');
  await check('name', 'name');
  await page.locator('[data-r="name"]').fill('Laptop mail');
  await click(page, 'next');
  await check('password', 'copy-password');
  await click(page, 'done');
  await check('created', 'created');
  await setTask({ kind: 'delete', name: 'Laptop mail' });
  await page.reload();
  await check('security info, delete task', 'security-info');
  await click(page, 'delete-Laptop mail');
  await check('confirm delete', 'confirm-delete');
  await click(page, 'confirm-yes');
  await check('deleted', 'deleted');
  await setTask(null);
  return seen;
}

describe('the panel covers nothing the user needs', () => {
  it.each([
    [1280, 800],
    [1024, 700],
    [800, 600],
    [560, 700],
  ])('at %i × %i, on every screen of create and delete', async (width, height) => {
    const page = await launched.context.newPage();
    const errors = pageErrors(page);
    await page.setViewportSize({ width, height });
    const seen = await walk(page);
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
    expect(Object.keys(seen)).toHaveLength(9);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('docks along an edge of a narrow window, across its width', async () => {
    const page = await launched.context.newPage();
    await page.setViewportSize({ width: 560, height: 700 });
    await page.goto(SI);
    await waitForStep(page, 'security-info');
    await settle(page);
    const g = await layout(page);
    expect(g.panel.right - g.panel.left).toBeGreaterThan(500);
    expect(g.panel.top < 20 || g.panel.bottom > 680).toBe(true);
    expect(await covered(page)).toEqual([]);
    await page.close();
  });

  it('prefers the empty margin beside Microsoft’s content column at 1280 px', async () => {
    const page = await launched.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(SI);
    await waitForStep(page, 'security-info');
    await settle(page);
    const g = await layout(page);
    const column = Math.max(...g.rows.map((r) => r.right));
    expect(g.panel.left).toBeGreaterThanOrEqual(column);
    await page.close();
  });
});

describe('the fallback panel of an unfamiliar page', () => {
  it('is short, with the written steps behind a toggle and Security info as a real link', async () => {
    const page = await launched.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    // A page on the flow's own URL that the guide does not know (other My Sign-Ins pages are `other-page`).
    await page.goto('https://mysignins.microsoft.com/security-info?page=maintenance');
    await waitForStep(page, 'unfamiliar', 15_000);
    await settle(page);
    const panel = page.locator('#app-password-guide .panel');
    const steps = page.locator('#app-password-guide button.steps');
    expect((await panel.boundingBox())!.height).toBeLessThan(200);
    expect(await page.locator('#app-password-guide ol').isHidden()).toBe(true);
    expect(await steps.getAttribute('aria-expanded')).toBe('false');
    expect(await steps.textContent()).toBe('Show the steps');
    expect(await page.locator('#app-password-guide .say').textContent()).not.toContain('points at nothing');

    await steps.focus();
    await page.keyboard.press('Enter');
    expect(await steps.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('#app-password-guide ol li').count()).toBe(5);
    expect(await page.locator('#app-password-guide ol').isVisible()).toBe(true);
    const link = page.locator('#app-password-guide ol li a');
    expect(await link.getAttribute('href')).toBe('https://mysignins.microsoft.com/security-info');
    expect(await link.textContent()).toBe('mysignins.microsoft.com/security-info');
    const box = (await panel.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await page.close();
  });

  it('follows the system’s dark mode', async () => {
    const page = await launched.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(SI);
    await waitForStep(page, 'security-info');
    await settle(page);
    const background = await page.locator('#app-password-guide .panel').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(150);
    await page.close();
  });
});
