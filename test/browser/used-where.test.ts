/**
 * "Where will you use it?" end to end in Chromium with the built extension, on the replica: after a
 * guided create the panel shows the field prefilled with the typed name; the user Tabs into it (it
 * never takes focus itself), changes the text and presses Enter; the record in IndexedDB then has
 * that usedWhere. A password-shaped answer is refused and saves nothing; "Not now" removes the
 * offer for good; the legacy page offers it too.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppPasswordRecord } from '../../src/shared/record';
import { openPopup, useExtension, waitForStep } from './harness';

const launched = useExtension();
let popup: Page;

beforeAll(async () => {
  popup = await openPopup(launched);
});

/** The records as IndexedDB holds them, read from an extension page (the contract's database and store). */
async function stored(name: string): Promise<AppPasswordRecord | undefined> {
  const all = await popup.evaluate(
    () =>
      new Promise<AppPasswordRecord[]>((resolve, reject) => {
        const open = indexedDB.open('app-password-guide');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('records').objectStore('records').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
  return all.find((r) => r.name === name);
}

const click = (page: Page, r: string) => page.locator(`[data-r="${r}"]`).click();

async function createOnSecurityInfo(page: Page, name: string): Promise<void> {
  await page.goto('https://mysignins.microsoft.com/security-info');
  await waitForStep(page, 'security-info');
  await click(page, 'add');
  await click(page, 'show-more');
  await click(page, 'option-app-password');
  await page.locator('[data-r="name"]').pressSequentially(name);
  await click(page, 'next');
  await waitForStep(page, 'copy-password');
  await click(page, 'done');
  await waitForStep(page, 'created');
}

/** Where focus is: "ours:<tag>" inside our shadow root, else the page element's tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.id === 'app-password-guide' ? active.shadowRoot?.activeElement : null;
    return inner ? `ours:${inner.tagName.toLowerCase()}${inner.className ? `.${inner.className}` : ''}` : (active?.tagName.toLowerCase() ?? '');
  });

/** Tabs (as a keyboard user does) until `want` has focus; fails if it is never reached. */
async function tabTo(page: Page, want: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await focused(page)) === want) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${want}`);
}

/** Keyboard only: Tab to the offer's field, replace its text with `answer`, press Enter; what the panel says then. */
async function answerWithKeyboard(page: Page, answer: string) {
  await tabTo(page, 'ours:input');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(answer);
  await page.keyboard.press('Enter');
  return page.locator('#app-password-guide .uw [aria-live="polite"]');
}

describe('"Where will you use it?" after a guided create', () => {
  it('is prefilled, never takes focus, and saves the changed text with the keyboard alone', async () => {
    const page = await launched.context.newPage();
    await createOnSecurityInfo(page, 'Outlook on laptop 2');
    const field = page.locator('#app-password-guide .uw input');
    await expect.poll(() => field.inputValue()).toBe('Outlook on laptop 2');
    await expect(field.isVisible()).resolves.toBe(true);
    // Shown, yet focus stays where the user left it (Microsoft's "Done", or the page).
    expect(await focused(page)).not.toMatch(/^ours:/);
    const status = await answerWithKeyboard(page, 'Outlook 2016 at my desk');
    await expect.poll(() => status.textContent()).toContain('Saved to your inventory');
    await expect.poll(async () => (await stored('Outlook on laptop 2'))?.usedWhere).toBe('Outlook 2016 at my desk');
    // Saved: the field is gone and does not come back while the list stays on screen.
    await page.evaluate(() => document.body.append(document.createElement('span')));
    await page.waitForTimeout(200);
    expect(await field.isVisible()).toBe(false);
    await page.close();
  });

  it('refuses a password-shaped answer, then "Not now" removes the offer for good', async () => {
    const page = await launched.context.newPage();
    await createOnSecurityInfo(page, 'Scanner in room 4');
    const field = page.locator('#app-password-guide .uw input');
    await expect.poll(() => field.inputValue()).toBe('Scanner in room 4');
    const status = await answerWithKeyboard(page, 'abcd efgh ijkl mnop');
    await expect.poll(() => status.textContent()).toContain('looks like an app password');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.waitForTimeout(300);
    expect((await stored('Scanner in room 4'))?.usedWhere).toBe('');
    // Keyboard only: Tab on to "Not now" and press it.
    await tabTo(page, 'ours:button.x');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#app-password-guide .uw').count()).toBe(0);
    await page.evaluate(() => document.body.append(document.createElement('span')));
    await page.waitForTimeout(200);
    expect(await page.locator('#app-password-guide .uw').count()).toBe(0);
    expect(await page.getAttribute('#app-password-guide', 'data-step')).toBe('created');
    expect((await stored('Scanner in room 4'))?.usedWhere).toBe('');
    await page.close();
  });

  it('is offered on the legacy App passwords page after a legacy create', async () => {
    const page = await launched.context.newPage();
    await page.goto('https://account.activedirectory.windowsazure.com/AppPasswords.aspx');
    await waitForStep(page, 'legacy-app-passwords');
    expect(await page.locator('#app-password-guide .uw').count()).toBe(0);
    await click(page, 'create');
    await page.locator('[data-r="name"]').pressSequentially('Old mail client');
    await click(page, 'next');
    await waitForStep(page, 'legacy-copy-password');
    await click(page, 'close');
    await waitForStep(page, 'legacy-app-passwords');
    const field = page.locator('#app-password-guide .uw input');
    await expect.poll(() => field.inputValue()).toBe('Old mail client');
    await field.fill('Thunderbird on the old PC');
    await page.locator('#app-password-guide .uw button[type="submit"]').click();
    await expect.poll(async () => (await stored('Old mail client'))?.usedWhere).toBe('Thunderbird on the old PC');
    await page.close();
  });
});
