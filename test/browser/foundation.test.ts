import { describe, expect, it } from 'vitest';
import { openPopup, stepOf, useExtension } from './harness';

const launched = useExtension({
  serve: {
    'https://myaccount.microsoft.com/': 'myaccount.html',
    'https://mysignins.microsoft.com/security-info': 'security-info-basic.html',
    'https://account.activedirectory.windowsazure.com/Proofup.aspx': 'proofup-basic.html',
    'https://login.microsoftonline.com/*': 'login.html',
  },
});

describe('the built extension in Chromium', () => {
  it('has the stable id derived from the manifest key', () => {
    expect(launched.extensionId).toBe('hhalmbaljdgkadgjogklfaedojolpink');
  });

  it.each([
    ['https://myaccount.microsoft.com/', 'myaccount'],
    ['https://mysignins.microsoft.com/security-info', 'security-info'],
    ['https://account.activedirectory.windowsazure.com/Proofup.aspx', null],
  ])('injects the guide host on %s', async (url, expected) => {
    const page = await launched.context.newPage();
    await page.goto(url);
    const step = await stepOf(page);
    if (expected) expect(step).toBe(expected);
    else expect(step).toMatch(/^[a-z-]+$/);
    const shadow = await page.$eval('#app-password-guide', (el) => ({
      mode: el.shadowRoot ? 'open' : 'closed-or-none',
      hasLive: !!el.shadowRoot?.querySelector('[aria-live="polite"]'),
    }));
    expect(shadow).toEqual({ mode: 'open', hasLive: true });
    expect(await page.locator('#app-password-guide').count()).toBe(1);
    await page.close();
  });

  it('does not inject on other routed hosts such as the sign-in page', async () => {
    const page = await launched.context.newPage();
    await page.goto('https://login.microsoftonline.com/common/oauth2/authorize');
    await page.waitForLoadState('load');
    // Give a content script every chance to run before asserting it did not.
    await page.waitForTimeout(500);
    expect(await page.locator('#app-password-guide').count()).toBe(0);
    await page.close();
  });

  it('carries a message from the content script through the background to the popup', async () => {
    const page = await launched.context.newPage();
    await page.goto('https://mysignins.microsoft.com/security-info');
    expect(await stepOf(page)).toBe('security-info');
    const popup = await openPopup(launched);
    await expect
      .poll(() => popup.getByTestId('status').textContent())
      .toBe('Guide last ran on mysignins.microsoft.com: Security info');
    expect(await popup.getByTestId('summary').textContent()).toBe('Recorded: 0 · Due for review: 0');
    await popup.close();
    await page.close();
  });

  it('answers a malformed message with a typed error and no crash', async () => {
    const popup = await openPopup(launched);
    const replies = await popup.evaluate(async () => {
      const send = (m: unknown) => chrome.runtime.sendMessage(m);
      return [await send({ type: 'nope' }), await send({ type: 'page/seen', payload: { url: 1 } }), await send('x')];
    });
    expect(replies.map((r: any) => r.error.code)).toEqual(['unknown-message', 'invalid-message', 'invalid-message']);
    await popup.close();
  });
});
