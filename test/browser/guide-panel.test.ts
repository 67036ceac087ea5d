/** The panel itself: placement beside the target, announcements, collapse, tasks, bfcache, settings. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchWithExtension, openPopup, pageErrors, serveReplica, useExtension, waitForStep } from './harness';

const launched = useExtension();
const SI = 'https://mysignins.microsoft.com/security-info';

/** Rectangles of the target, our outline and our panel, in viewport pixels. */
async function geometry(page: Page, targetSelector: string) {
  return page.evaluate((sel) => {
    const r = (el: Element | null | undefined) => {
      const b = el!.getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    };
    const root = document.getElementById('app-password-guide')!.shadowRoot!;
    return { target: r(document.querySelector(sel)), outline: r(root.querySelector('.outline')), panel: r(root.querySelector('.panel')) };
  }, targetSelector);
}

/** The panel appears once the background has answered with the settings. */
const panelShown = (page: Page) => page.locator('#app-password-guide .panel').waitFor({ state: 'visible' });

const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function send(type: string, payload: unknown) {
  const popup = await openPopup(launched);
  const reply = await popup.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
  await popup.close();
  return reply;
}

describe('the guide panel', () => {
  it('sits beside the control it points at, outlines it, never covers it, and follows re-renders', async () => {
    const page = await launched.context.newPage();
    const errors = pageErrors(page);
    await page.goto(SI);
    await waitForStep(page, 'security-info');
    await panelShown(page);
    let g = await geometry(page, '[data-r="add"]');
    expect(overlaps(g.panel, g.target)).toBe(false);
    expect(g.outline.left).toBeLessThanOrEqual(g.target.left);
    expect(g.outline.right).toBeGreaterThanOrEqual(g.target.right);
    await page.locator('[data-r="add"]').click();
    await waitForStep(page, 'choose-method');
    await page.locator('[data-r="show-more"]').click();
    await waitForStep(page, 'choose-method');
    await page.waitForTimeout(150);
    g = await geometry(page, '[data-r="option-app-password"]');
    expect(overlaps(g.panel, g.target)).toBe(false);
    expect(Math.abs(g.outline.top - g.target.top)).toBeLessThan(8);
    await page.setViewportSize({ width: 900, height: 700 });
    await page.waitForTimeout(150);
    g = await geometry(page, '[data-r="option-app-password"]');
    expect(overlaps(g.panel, g.target)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('announces each step politely and never takes focus from Microsoft’s dialog', async () => {
    const page = await launched.context.newPage();
    await page.goto(SI);
    await waitForStep(page, 'security-info');
    await page.locator('[data-r="add"]').click();
    await page.locator('[data-r="show-more"]').click();
    await page.locator('[data-r="option-app-password"]').click();
    await waitForStep(page, 'name');
    await page.locator('[data-r="name"]').focus();
    await page.keyboard.type('Outlook');
    const state = await page.evaluate(() => ({
      focused: document.activeElement?.getAttribute('data-r'),
      live: document.getElementById('app-password-guide')!.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent,
    }));
    expect(state.focused).toBe('name');
    expect(state.live).toContain('Next');
    await page.close();
  });

  it('is collapsible with the keyboard and remembers it', async () => {
    const page = await launched.context.newPage();
    await page.goto(SI);
    await waitForStep(page, 'security-info');
    const toggle = page.locator('#app-password-guide .toggle');
    await panelShown(page);
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.reload();
    await waitForStep(page, 'security-info');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await expect.poll(async () => (await send('guide/config', { host: 'x' })).value.collapsed).toBe(false);
    await page.close();
  });

  it('remembers a collapse made right after the browser started, across an immediate reload', async () => {
    // A browser of its own: Chromium's first read of IT policy takes ~3 s after start, and the
    // collapse must be stored without waiting for it.
    const fresh = await launchWithExtension();
    await serveReplica(fresh.context);
    const page = await fresh.context.newPage();
    await page.goto(SI);
    await panelShown(page);
    const toggle = page.locator('#app-password-guide .toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.waitForTimeout(100);
    await page.reload();
    await panelShown(page);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await fresh.close();
  });

  it('leads a delete task from the popup to that row’s Delete', async () => {
    expect(await send('guide/task-set', { kind: 'delete', name: 'Scanner in the office' })).toMatchObject({ ok: true });
    const page = await launched.context.newPage();
    await page.goto(SI);
    await waitForStep(page, 'security-info');
    const live = page.locator('#app-password-guide [aria-live="polite"]');
    await expect.poll(() => live.textContent()).toContain('Scanner in the office');
    await page.waitForTimeout(100);
    const g = await geometry(page, '[data-r="delete-Scanner in the office"]');
    expect(Math.abs(g.outline.top - g.target.top)).toBeLessThan(8);
    await page.locator('[data-r="delete-Scanner in the office"]').click();
    await waitForStep(page, 'confirm-delete');
    // The row pressed is the task's: said as certain, without "if you chose another row".
    await expect.poll(async () => (await live.textContent())?.replace(/[\u2068\u2069]/g, '')).toContain('"Scanner in the office", the row whose "Delete" you chose');
    await page.locator('[data-r="confirm-yes"]').click();
    await waitForStep(page, 'deleted');
    await expect.poll(async () => (await send('guide/config', { host: 'x' })).value.task).toBe(null);
    await page.close();
  });

  it('names the row whose Delete the user pressed, with no task from the popup, on both pages', async () => {
    expect((await send('guide/config', { host: 'x' })).value.task).toBe(null);
    const page = await launched.context.newPage();
    const live = page.locator('#app-password-guide [aria-live="polite"]');
    // Names are set apart from the text around them (bidi isolation marks).
    const said = async () => (await live.textContent())?.replace(/[\u2068\u2069]/g, '');
    await page.goto(SI);
    await waitForStep(page, 'security-info');
    await page.locator('[data-r="delete-Scanner in the office"]').click();
    await waitForStep(page, 'confirm-delete');
    await expect.poll(said).toContain('"Scanner in the office", the row whose "Delete" you chose');
    // Backing out and choosing another row, by keyboard this time: the confirmation names that one.
    await page.locator('[data-r="cancel"]').click();
    await waitForStep(page, 'security-info');
    await page.locator('[data-r="delete-Outlook on laptop"]').focus();
    await page.keyboard.press('Enter');
    await waitForStep(page, 'confirm-delete');
    await expect.poll(said).toContain('"Outlook on laptop", the row whose "Delete" you chose');

    await page.goto('https://account.activedirectory.windowsazure.com/AppPasswords.aspx');
    await waitForStep(page, 'legacy-app-passwords');
    await page.locator('[data-r="delete-Outlook on laptop"]').click();
    await waitForStep(page, 'legacy-confirm-delete');
    await expect.poll(said).toContain('Choose "Yes" to delete "Outlook on laptop", the row whose "Delete" you chose');
    await page.close();
  });

  it('has the written steps, folded, and outlines nothing on an unfamiliar page', async () => {
    const page = await launched.context.newPage();
    // A page on the flow's own URL that the guide does not know (other My Sign-Ins pages are `other-page`).
    await page.goto('https://mysignins.microsoft.com/security-info?page=maintenance');
    await waitForStep(page, 'unfamiliar');
    const shown = page.locator('#app-password-guide ol li');
    await expect.poll(() => shown.count()).toBe(5);
    expect(await page.locator('#app-password-guide .outline').isHidden()).toBe(true);
    await page.close();
  });

  it('is right again after a back/forward navigation (bfcache restore)', async () => {
    const page = await launched.context.newPage();
    await page.goto(SI);
    await waitForStep(page, 'security-info');
    await page.goto('https://myaccount.microsoft.com/');
    await waitForStep(page, 'myaccount');
    await page.goBack();
    await waitForStep(page, 'security-info');
    expect(await page.locator('#app-password-guide').count()).toBe(1);
    await page.locator('[data-r="add"]').click();
    await waitForStep(page, 'choose-method');
    await page.close();
  });

  it('keeps data-step but hides the panel on a site the user switched the guide off for', async () => {
    await launched.worker.evaluate(() => chrome.storage.local.set({ settings: { guideDisabledHosts: ['mysignins.microsoft.com'] } }));
    const page = await launched.context.newPage();
    await page.goto(SI);
    await waitForStep(page, 'security-info');
    await page.waitForTimeout(200);
    expect(await page.locator('#app-password-guide .panel').isHidden()).toBe(true);
    await launched.worker.evaluate(() => chrome.storage.local.remove('settings'));
    await page.close();
  });
});
