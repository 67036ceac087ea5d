import { afterEach, describe, expect, it } from 'vitest';
import { HOST_ID, ensureAttached, mountHost } from '../../src/content/host';

afterEach(() => {
  document.body.replaceChildren();
  document.getElementById(HOST_ID)?.remove();
});

describe("our host on Microsoft's page", () => {
  it('lives after body, out of reach of the page’s body selectors, with the contract’s id and open shadow root', () => {
    const page = document.createElement('div');
    document.body.append(page);
    const { host, root } = mountHost(document);
    expect(host.parentElement).toBe(document.documentElement);
    expect(document.body.nextElementSibling).toBe(host);
    expect(document.querySelector('body > div:last-of-type')).toBe(page);
    expect(document.querySelectorAll('div')).toHaveLength(1);
    expect(host.id).toBe(HOST_ID);
    expect(root.mode).toBe('open');
  });

  it('replaces an element the page put under our id, even one with its own shadow root', () => {
    const fake = document.createElement('div');
    fake.id = HOST_ID;
    fake.attachShadow({ mode: 'open' }).textContent = 'not ours';
    document.body.append(fake);
    const { host, root } = mountHost(document);
    expect([...document.querySelectorAll(`#${HOST_ID}`)]).toEqual([host]);
    expect(root).not.toBe(fake.shadowRoot);
    expect(fake.isConnected).toBe(false);
  });

  it('comes back after the app wipes the page', () => {
    const { host } = mountHost(document);
    host.remove();
    document.body.replaceChildren();
    ensureAttached(document, host);
    expect(document.getElementById(HOST_ID)).toBe(host);
  });

  it('stays the only #app-password-guide when the app copies the part of the page it was moved into', () => {
    const { host } = mountHost(document);
    const app = document.createElement('div');
    document.body.append(app);
    app.append(host);
    app.after(app.cloneNode(true));
    expect(document.querySelectorAll(`#${HOST_ID}`)).toHaveLength(2);
    ensureAttached(document, host);
    expect([...document.querySelectorAll(`#${HOST_ID}`)]).toEqual([host]);
    expect(host.shadowRoot).not.toBeNull();
  });
});
