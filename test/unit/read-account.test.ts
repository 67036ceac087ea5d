/**
 * The signed-in account, from every place Microsoft's pages show it (read-facts.ts readAccount): the
 * header, the account manager's e-mail field (hidden in its closed flyout or not), an e-mail in the
 * account manager's label, a top bar of plain divs, the legacy pages' top bar. Never text shaped
 * like an app password, never an e-mail from the page's content or a dialog.
 */
import { describe, expect, it } from 'vitest';
import { readAccount } from '../../src/content/read-facts';
import { atExample } from '../fixtures/replica/snapshots';

const SI = 'https://mysignins.microsoft.com/security-info';
const LEGACY = 'https://account.activedirectory.windowsazure.com/AppPasswords.aspx';
const accountOn = (url: string, config: Record<string, string>, actions = [] as { click: string }[]) =>
  atExample({ name: 'account', url, config, actions }, ({ doc }) => readAccount(doc));

describe('readAccount', () => {
  it.each([
    ['a header (role banner)', SI, { accountIn: 'header' }],
    ['a header, plain markup', SI, { accountIn: 'header', dialect: 'plain' }],
    ['the account manager\'s e-mail field in its closed flyout', SI, { accountIn: 'mectrl' }],
    ['an e-mail in the account manager\'s label', SI, { accountIn: 'label' }],
    ['a top bar of plain divs', SI, { accountIn: 'topbar', dialect: 'plain' }],
    ['the legacy pages\' top bar', LEGACY, {}],
    ['My Account, top bar, Fluent v8', 'https://myaccount.microsoft.com/', { accountIn: 'topbar', dialect: 'fluent8' }],
  ])('reads it from %s', (_what, url, config) => {
    expect(accountOn(url, { account: 'Grace.Hopper@Contoso.com', ...config })).toBe('grace.hopper@contoso.com');
  });

  it('reads the account manager\'s field once its flyout is opened, and nothing before', () => {
    expect(accountOn(SI, { accountIn: 'mectrl-closed' })).toBe('');
    expect(accountOn(SI, { accountIn: 'mectrl-closed' }, [{ click: 'account-manager' }])).toBe('ada@contoso.com');
  });

  it('finds none where none is shown, and never one from the page\'s content or a dialog', () => {
    expect(accountOn(SI, { accountIn: 'none' })).toBe('');
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<div class="bar">My Sign-Ins</div><main><p><span>someone@contoso.com</span></p></main><div role="dialog"><span>x@contoso.com</span></div>';
    expect(readAccount(doc)).toBe('');
  });

  it('refuses text shaped like an app password, wherever it sits', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML =
      '<div id="mectrl_currentAccount_secondary">qzxwvutsrqponmlk</div><button id="mectrl_main_trigger" aria-label="Account manager for qzxwvutsrqponmlk"></button><header><span>qzxwvutsrqponmlk</span></header><div><span>qzxwvutsrqponmlk</span></div>';
    expect(readAccount(doc)).toBe('');
  });
});
