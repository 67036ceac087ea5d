/**
 * The popup's page reports (issue #15), rendered with the real router behind it: the inventory says
 * how many pages the guide did not recognise and leads to Settings → Page reports, which lists the
 * reports (time, page, what the guide saw), shows one with why the guide decided, exports, and shows
 * the guide's health; nothing of it needs the worker to draw.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noteStep } from '../../src/background/reports/auto';
import { route } from '../../src/background/router';
import { fakeBrowser } from '../fakes/browser';
import { CONTENT_SCRIPT, OWN } from '../support/senders';
import { freshBackground, nameOf, renderPopup, unmount } from './popup-helpers';

let root: HTMLElement | undefined;

async function reportOf(url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const reply: any = await route({ type: 'report/make', payload: {} }, CONTENT_SCRIPT, OWN);
  expect(reply.ok).toBe(true);
}

beforeEach(async () => {
  await freshBackground();
  // Pages of the flow that look like none of its screens: the guide says "unfamiliar" there.
  document.body.innerHTML = '<h1>Down for maintenance</h1>';
  await noteStep(7, 0, 'security-info');
  await reportOf('https://mysignins.microsoft.com/security-info');
  await reportOf('https://account.activedirectory.windowsazure.com/AppPasswords.aspx');
});

afterEach(() => {
  if (root) unmount(root);
  root = undefined;
});

describe('page reports in the popup', () => {
  it('says how many pages the guide did not recognise, and leads to them', async () => {
    root = await renderPopup();
    const notice = await vi.waitFor(() => {
      const button = root!.querySelector<HTMLButtonElement>('.reports-notice button');
      if (!button) throw new Error('no notice');
      return button;
    });
    expect(nameOf(notice)).toBe('The guide did not recognise 2 pages — see Page reports');
    notice.click();
    await vi.waitFor(() => expect(root!.querySelector('section.page-reports')).not.toBeNull());
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('pageReportsSeenAt')).pageReportsSeenAt).toBeGreaterThan(0));
  });

  it('lists them, shows one with why the guide decided, and shows the health counters', async () => {
    location.hash = '#settings';
    root = await renderPopup();
    location.hash = '';
    const card = await vi.waitFor(() => {
      const section = root!.querySelector<HTMLElement>('section.page-reports');
      if (!section?.querySelector('tbody tr')) throw new Error('no reports yet');
      return section;
    });
    const rows = [...card.querySelectorAll('tbody tr[data-report-id]')];
    expect(rows.map((r) => r.querySelector('.report-page')?.textContent)).toEqual(['account.activedirectory.windowsazure.com/AppPasswords.aspx', 'mysignins.microsoft.com/security-info']);
    expect(rows[0].textContent).toContain('saved by you');
    const toggle = rows[0].querySelector('button')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('page-report-detail');
    toggle.click();
    await vi.waitFor(() => expect(card.querySelector('#page-report-detail .report-detail caption')?.textContent).toBe('Why the guide decided so'));
    expect(card.querySelector('tbody tr button')!.getAttribute('aria-expanded')).toBe('true');
    const health = card.querySelector('.guide-health table')!;
    expect(health.querySelector('caption')?.textContent).toBe('Guide health');
    expect([...health.querySelectorAll('th[scope="col"]')].map((th) => th.textContent)).toEqual(['Step', 'Seen', 'Flows ended here']);
    expect(health.textContent).toContain('Security info');
  });
});
