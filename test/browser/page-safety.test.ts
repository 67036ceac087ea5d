/**
 * The page is Microsoft's, and it may do anything: remove <html> while it keeps rendering, select
 * its own elements by position, ship an element under our id, transform or zoom its body. With the
 * built extension in Chromium: nothing of ours throws into the page, its selectors never see our
 * host, our host is always ours, and the panel stays in the visible part of the window, beside its
 * target, however the page is transformed, zoomed or pinch-zoomed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { replicaResponse } from '../fixtures/replica/serve.mjs';
import { useExtension, waitForStep } from './harness';

const launched = useExtension();
const SI = 'https://mysignins.microsoft.com/security-info';

/** Uncaught errors and console errors of the page; Chromium shows a content script's there too. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`[pageerror] ${String(error)}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`[console] ${m.text()}`));
  return errors;
}

async function open(url = SI): Promise<Page> {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(url);
  await waitForStep(page, 'security-info');
  await page.locator('#app-password-guide .panel').waitFor({ state: 'visible' });
  return page;
}

/** The panel, its target ("+ Add sign-in method") and the visible part of the window, in viewport pixels. */
const where = (page: Page) =>
  page.evaluate(() => {
    const r = (el: Element) => {
      const b = el.getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    };
    const vv = visualViewport!;
    return {
      panel: r(document.getElementById('app-password-guide')!.shadowRoot!.querySelector('.panel')!),
      target: r(document.querySelector('[data-r="add"]')!),
      visible: { left: vv.offsetLeft, top: vv.offsetTop, right: vv.offsetLeft + vv.width, bottom: vv.offsetTop + vv.height },
    };
  });

/** Where the panel is, by what is wrong with it, so a failure says what happened. */
async function misplaced(page: Page): Promise<string[]> {
  await page.waitForTimeout(250);
  const { panel: p, target: t, visible: v } = await where(page);
  const wrong: string[] = [];
  if (p.left < v.left - 1 || p.top < v.top - 1 || p.right > v.right + 1 || p.bottom > v.bottom + 1) wrong.push(`outside the visible window: ${JSON.stringify({ p, v })}`);
  if (p.left < t.right && t.left < p.right && p.top < t.bottom && t.top < p.bottom) wrong.push('over its target');
  return wrong;
}

describe('the page is safe from us', () => {
  it('sees no error of ours while its <html> is removed and it keeps changing', async () => {
    const page = await open();
    const errors = watchErrors(page);
    await page.evaluate(async () => {
      const html = document.documentElement;
      const tick = () => new Promise((done) => setTimeout(done, 15));
      html.remove();
      for (let i = 0; i < 20; i++) {
        html.querySelector('body')!.append(document.createElement('p'));
        await tick();
      }
      document.append(html);
      for (let i = 0; i < 10; i++) {
        document.body.append(document.createElement('p'));
        await tick();
      }
    });
    await page.waitForTimeout(200);
    expect(errors).toEqual([]);
    // And the guide is still there, in the page that came back.
    expect(await page.locator('#app-password-guide').count()).toBe(1);
    await page.locator('[data-r="add"]').click();
    await waitForStep(page, 'choose-method');
    await page.close();
  });

  it('keeps our host out of what the page’s own selectors match', async () => {
    const page = await open();
    const seen = await page.evaluate(() => {
      const host = document.getElementById('app-password-guide')!;
      return {
        lastDiv: document.querySelector('body > div:last-of-type') === host,
        inBody: document.body.contains(host),
        aDiv: [...document.querySelectorAll('div')].includes(host as HTMLDivElement),
        contract: { open: host.shadowRoot?.mode, step: host.dataset.step },
      };
    });
    expect(seen).toEqual({ lastDiv: false, inBody: false, aDiv: false, contract: { open: 'open', step: 'security-info' } });
    await page.close();
  });

  it('replaces an element the page already had under our id (with its own shadow root) instead of reusing it', async () => {
    const page = await launched.context.newPage();
    await page.route(SI, (route) => {
      const { status, contentType, body } = replicaResponse(SI);
      const fake = `<div id="app-password-guide" data-step="created"><template shadowrootmode="open"><p class="panel">not ours</p></template></div>`;
      return route.fulfill({ status, contentType, body: body.replace('<body>', `<body>${fake}`) });
    });
    await page.goto(SI);
    await waitForStep(page, 'security-info');
    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll('#app-password-guide')].map((h) => ({ step: h.getAttribute('data-step'), text: h.shadowRoot?.textContent?.includes('not ours') })),
    );
    expect(hosts).toEqual([{ step: 'security-info', text: false }]);
    await page.close();
  });
});

describe('the panel stays in sight, beside its target', () => {
  it('when body is transformed and the page is scrolled', async () => {
    const page = await open();
    await page.evaluate(() => {
      document.body.style.transform = 'translateZ(0)';
      document.body.style.minHeight = '3000px';
      scrollTo(0, 150);
    });
    expect(await misplaced(page)).toEqual([]);
    await page.close();
  });

  it('when <html> has CSS zoom: 2', async () => {
    const page = await open();
    await page.evaluate(() => (document.documentElement.style.zoom = '2'));
    expect(await misplaced(page)).toEqual([]);
    await page.close();
  });

  it('when body has CSS zoom: 2', async () => {
    const page = await open();
    await page.evaluate(() => (document.body.style.zoom = '2'));
    expect(await misplaced(page)).toEqual([]);
    await page.close();
  });

  it('when the user pinch-zooms into the page', async () => {
    const page = await open();
    const cdp = await launched.context.newCDPSession(page);
    // Pinch-zoomed twice, the visible part is the top left quarter of the window.
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
    await expect.poll(() => page.evaluate(() => visualViewport!.scale)).toBe(2);
    expect(await misplaced(page)).toEqual([]);
    await page.close();
  });
});
