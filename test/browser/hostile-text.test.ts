/**
 * Hostile names end to end in Chromium: on Microsoft's (replica) list, in the guide's delete task,
 * typed into Microsoft's name field and captured, then in the popup. They stay text everywhere (no
 * element appears, no handler runs), a right-to-left override reorders nothing around it, and the
 * longest name and notes leave every action of their row on screen.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppPasswordRecord } from '../../src/shared/record';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../src/shared/record';
import { openPopup, pageErrors, useExtension, useReplicaConfig, waitForStep } from './harness';

const launched = useExtension();
const SI = 'https://mysignins.microsoft.com/security-info';

const IMG = '<img src=x onerror=window.__pwned=1>';
const RLO = '\u202Egnp.exe';
const SVG = '"><svg onload=window.__pwned=1>';
const TYPED = `'"><script>window.__pwned=1</script>\u202E🔑\u200Bx`;

async function send(type: string, payload: unknown) {
  const popup = await openPopup(launched);
  const reply = await popup.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
  await popup.close();
  return reply;
}

const control = (page: Page, r: string) => page.locator(`[data-r=${JSON.stringify(r)}]`);
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** Elements a value could have brought with it, in our shadow root or the popup's app. */
const injected = (page: Page, root: 'panel' | 'popup') =>
  page.evaluate((where) => {
    const scope = where === 'panel' ? document.getElementById('app-password-guide')!.shadowRoot! : document.getElementById('app')!;
    const elements = [...scope.querySelectorAll('*')];
    return {
      // The popup's own logo (img.logo) and icons (svg.icon) are part of its markup, not of any value.
      tags: elements
        .filter((el) => /^(img|svg|script|iframe|object|embed|style)$/i.test(el.tagName) && !(where === 'panel' && el.tagName === 'STYLE'))
        .filter((el) => !(where === 'popup' && el.matches('img.logo, svg.icon')))
        .map((el) => el.tagName),
      handlers: elements.flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))),
    };
  }, root);

describe('hostile names', () => {
  it('stay text on the page, in the guide and in the popup, from the list, a delete task and the name field', async () => {
    expect(await send('guide/task-set', { kind: 'delete', name: IMG })).toMatchObject({ ok: true });
    const page = await launched.context.newPage();
    const errors = pageErrors(page);
    await useReplicaConfig(page, { apps: [IMG, RLO, SVG, 'Outlook on laptop'].join(',') });
    await page.goto(SI);
    await waitForStep(page, 'security-info');

    // The panel names the row to delete, as text, isolated from its sentence.
    const live = page.locator('#app-password-guide [aria-live="polite"]');
    await expect.poll(() => live.textContent()).toBe(`To delete "\u2068${IMG}\u2069", choose "Delete" on its row.`);
    expect(await injected(page, 'panel')).toEqual({ tags: [], handlers: [] });

    // Deleting the right-to-left row and creating one with a hostile name, through the guide.
    await control(page, `delete-${RLO}`).click();
    await waitForStep(page, 'confirm-delete');
    await control(page, 'confirm-yes').click();
    await waitForStep(page, 'deleted');
    for (const [r, step] of [['add', 'choose-method'], ['show-more', 'choose-method'], ['option-app-password', 'name']] as const) {
      await control(page, r).click();
      await waitForStep(page, step);
    }
    await control(page, 'name').fill(TYPED);
    await waitForStep(page, 'name');
    await control(page, 'next').click();
    await waitForStep(page, 'copy-password');
    await control(page, 'done').click();
    await waitForStep(page, 'created');
    expect(await injected(page, 'panel')).toEqual({ tags: [], handlers: [] });
    expect(await pwned(page)).toBeUndefined();
    expect(errors).toEqual([]);

    // Stored exactly as Microsoft's page showed them.
    let records: AppPasswordRecord[] = [];
    await expect
      .poll(async () => {
        records = (await send('records/list', {})).value as AppPasswordRecord[];
        return records.map((r) => `${r.name}${r.deletedAt ? ' (deleted)' : ''}`).sort();
      })
      .toEqual([IMG, RLO, SVG, 'Outlook on laptop', TYPED].map((n) => (n === RLO ? `${n} (deleted)` : n)).sort());

    const popup = await openPopup(launched);
    const popupErrors = pageErrors(popup);
    await popup.locator('[data-testid="record"]').first().waitFor();
    expect((await popup.locator('[data-testid="record"] .name').allTextContents()).sort()).toEqual([IMG, SVG, 'Outlook on laptop', TYPED].sort());
    await popup.locator('[data-testid="history"] summary').click();
    const gone = popup.locator('[data-testid="history"] li').filter({ hasText: 'gnp.exe' });
    // The override ends with the name: what follows it on the line stays to its right.
    const [name, after] = await Promise.all([gone.locator('.name').boundingBox(), gone.locator('.muted').last().boundingBox()]);
    expect(after!.x).toBeGreaterThanOrEqual(name!.x + name!.width - 1);
    expect(await injected(popup, 'popup')).toEqual({ tags: [], handlers: [] });
    expect(await pwned(popup)).toBeUndefined();
    expect(popupErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('at their longest leave every action of their row on screen in the popup', async () => {
    const long = { name: 'W'.repeat(MAX_NAME_LENGTH), account: 'ada@contoso.com', usedWhere: 'U'.repeat(MAX_TEXT_LENGTH), notes: 'N'.repeat(MAX_TEXT_LENGTH) };
    expect(await send('records/add', long)).toMatchObject({ ok: true });
    const popup = await openPopup(launched);
    await popup.setViewportSize({ width: 400, height: 600 });
    const row = popup.locator('[data-testid="record"]').filter({ hasText: 'WWWW' });
    await row.waitFor();
    const width = await popup.evaluate(() => innerWidth);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const boxes = await row.locator('.rec-actions button, .name, [data-testid="state"]').evaluateAll((els) =>
      els.map((el) => {
        const b = el.getBoundingClientRect();
        return { text: el.textContent!.slice(0, 20), left: b.left, right: b.right, width: b.width, height: b.height };
      }),
    );
    expect(boxes.length).toBe(3); // name, state chip, the row's menu button
    for (const box of boxes) {
      expect(box, box.text).toMatchObject({ left: expect.any(Number) });
      expect(box.left, box.text).toBeGreaterThanOrEqual(0);
      expect(box.right, box.text).toBeLessThanOrEqual(width);
      expect(box.width * box.height, box.text).toBeGreaterThan(0);
    }
    for (const button of await row.locator('.rec-actions button').all()) {
      await button.scrollIntoViewIfNeeded();
      expect(await button.isVisible()).toBe(true);
    }
    // Every action of the row's menu is on screen too.
    await row.locator('.menu-button').click();
    for (const item of await row.getByRole('menuitem').all()) {
      const box = (await item.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    await popup.close();
  });
});
