import { afterEach, describe, expect, it } from 'vitest';
import { HOST_ID, ensureAttached, mountHost } from '../../src/content/host';

afterEach(() => {
  document.body.replaceChildren();
});

describe('our host on Microsoft\'s page', () => {
  it('comes back after the app wipes body', () => {
    const { host } = mountHost(document);
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
