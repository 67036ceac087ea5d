/**
 * Page reports in the background (issue #15): made from the content script's request by injecting
 * the report script into its tab, checked again, kept (the last 20) in storage.local, listed,
 * exported with the guide's health, turned off by policy; kept automatically for a page that stays
 * unfamiliar for 10 s or a flow that breaks off, once per page and day.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noteStep } from '../../src/background/reports/auto';
import { checkOutline } from '../../src/background/reports/check';
import { advance, closed } from '../../src/background/reports/flow';
import { route } from '../../src/background/router';
import { reloadPolicy } from '../../src/background/settings/policy';
import { makePageOutline } from '../../src/content/report/make-report';
import { REPORT_KEYS } from '../../src/shared/page-report';
import { fakeBrowser, resetFakeBrowser } from '../fakes/browser';
import { CONTENT_SCRIPT, OWN, POPUP } from '../support/senders';

const CANARY = 'qzxwvutsrqponmlk';
const popup = (type: string, payload: unknown = {}) => route({ type, payload }, POPUP, OWN) as Promise<any>;
const guide = (type: string, payload: unknown = {}) => route({ type, payload }, CONTENT_SCRIPT, OWN) as Promise<any>;

/** A Security info page with an account, two App password rows and the canary in a dialog. */
function drawPage(path = '/security-info'): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`https://mysignins.microsoft.com${path}`);
  document.body.innerHTML = `
    <header role="banner"><span>ada@contoso.com</span></header>
    <h1>Security info</h1>
    <button class="ms-Button ms-Button--primary css-143">Add sign-in method</button>
    <ul>
      <li><span>App password</span><span>Contoso Mail</span><button aria-label="Delete App password">Delete</button></li>
      <li><span>App password</span><span>Old scanner</span><button aria-label="Delete App password">Delete</button></li>
    </ul>
    <div role="dialog" aria-labelledby="t1"><h2 id="t1">Your app password</h2><div>${CANARY}</div><label>Password ${CANARY}</label></div>`;
}

beforeEach(async () => {
  await resetFakeBrowser();
  await reloadPolicy();
  drawPage();
});

afterEach(() => vi.useRealTimers());

describe('report/make', () => {
  it('injects the report script into the asking tab and keeps a masked outline of its page', async () => {
    const made = await guide('report/make');
    expect(made).toMatchObject({ ok: true, value: { id: expect.any(String) } });
    expect(fakeBrowser.scripting._injected).toEqual(['src/content/report/index.js']);
    const { value: overview } = await popup('reports/list');
    expect(overview.reports).toEqual([expect.objectContaining({ id: made.value.id, url: 'https://mysignins.microsoft.com/security-info', automatic: false, trigger: 'user' })]);
    const { value: report } = await popup('reports/get', { id: made.value.id });
    const json = JSON.stringify(report);
    expect(report.extension).toEqual({ version: '0.1.0', language: 'en-US' });
    expect(json).toContain('Add sign-in method');
    expect(json).toContain('ms-Button--primary');
    expect(json).not.toContain('css-143');
    for (const secret of [CANARY, '@', 'contoso.com', 'Contoso Mail', 'Old scanner']) expect(json).not.toContain(secret);
  });

  it('is refused when IT turned page reports off, and the guide is told to hide its control', async () => {
    fakeBrowser.storage.managed._replace({ pageReports: false });
    await reloadPolicy();
    expect(await guide('report/make')).toMatchObject({ ok: false, error: { code: 'locked-by-policy' } });
    expect(fakeBrowser.scripting._injected).toEqual([]);
    expect((await popup('reports/list')).value).toMatchObject({ reports: [], enabled: false });
    expect((await guide('guide/config', { host: 'mysignins.microsoft.com' })).value.reports).toBe(false);
  });

  it('keeps the last 20 and removes the older ones from storage', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 22; i++) ids.push((await guide('report/make')).value.id);
    const { value } = await popup('reports/list');
    expect(value.reports.map((r: { id: string }) => r.id)).toEqual(ids.slice(2).reverse());
    const stored = Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('pageReport:'));
    expect(stored.sort()).toEqual(ids.slice(2).map(REPORT_KEYS.item).sort());
  });

  it('exports one or all, with the guide’s health counters, and deletes them', async () => {
    await guide('page/seen', { url: 'https://mysignins.microsoft.com', step: 'security-info' });
    const { value: a } = await guide('report/make');
    await guide('report/make');
    const one = (await popup('reports/export', { id: a.id })).value;
    expect(one.filename).toMatch(/^page-report-copy-password-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(one.text)).toMatchObject({ kind: 'app-password-guide/page-reports', reports: [{ id: a.id }], health: { steps: { 'security-info': { seen: 1 } } } });
    const all = JSON.parse((await popup('reports/export')).value.text);
    expect(all.reports).toHaveLength(2);
    expect(await popup('reports/clear')).toEqual({ ok: true, value: null });
    expect((await popup('reports/list')).value.reports).toEqual([]);
  });
});

describe('what the background keeps from the report script', () => {
  const outline = () => makePageOutline(document, location.href, null);

  it('accepts a real outline, including IT labels that hold a 16-letter word', () => {
    document.body.innerHTML = '<h1>Lägg till inloggningsmetod</h1>';
    expect(() => checkOutline(makePageOutline(document, location.href, null, { addMethod: ['Lägg till inloggningsmetod'] }), { addMethod: ['Lägg till inloggningsmetod'] })).not.toThrow();
  });

  it.each([
    ['an e-mail address', (o: any) => (o.seen.controls = ['ada@contoso.com'])],
    ['an e-mail address in the outline', (o: any) => (o.outline.a = { 'aria-label': 'Mail ada@contoso.com' })],
    ['a password-shaped text', (o: any) => (o.seen.headings = [`Copy ${CANARY}`])],
    ['an unknown field', (o: any) => (o.html = '<html>')],
    ['a tag that is not one', (o: any) => (o.outline.t = 'x onload=alert(1)')],
  ])('refuses one holding %s', (_what, spoil) => {
    const o = outline();
    expect(() => checkOutline(o)).not.toThrow();
    spoil(o);
    expect(() => checkOutline(o)).toThrow(/never keeps|could not be read/);
  });
});

describe('automatic reports and guide health', () => {
  it('keeps one report of a page that stays unfamiliar for 10 s, once per page and day', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    drawPage('/organizations');
    await noteStep(7, 0, 'unfamiliar');
    await vi.advanceTimersByTimeAsync(9_000);
    expect((await popup('reports/list')).value.reports).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.waitFor(async () => expect((await popup('reports/list')).value.reports).toHaveLength(1));
    const [report] = (await popup('reports/list')).value.reports;
    expect(report).toMatchObject({ automatic: true, trigger: 'unfamiliar', step: 'unfamiliar' });
    expect((await popup('reports/list')).value.unseenUnrecognised).toBe(1);
    // Again on the same page the same day: nothing more.
    await noteStep(7, 0, 'security-info');
    await noteStep(7, 0, 'unfamiliar');
    await vi.advanceTimersByTimeAsync(11_000);
    expect((await popup('reports/list')).value.reports).toHaveLength(1);
    await popup('reports/mark-seen');
    expect((await popup('reports/list')).value.unseenUnrecognised).toBe(0);
  });

  it('keeps none where the user turned the guide off', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    await popup('settings/set', { partial: { guideDisabledHosts: ['mysignins.microsoft.com'] } });
    for (const step of ['choose-method', 'name', 'myaccount', 'unfamiliar'] as const) await noteStep(7, 0, step);
    await vi.advanceTimersByTimeAsync(11_000);
    expect((await popup('reports/list')).value.reports).toEqual([]);
  });

  it('keeps none when the page is recognised within 10 s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    await noteStep(7, 0, 'unfamiliar');
    await vi.advanceTimersByTimeAsync(3_000);
    await noteStep(7, 0, 'security-info');
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await popup('reports/list')).value.reports).toEqual([]);
  });

  it('keeps one when a flow breaks off after the name, and counts where flows ended', async () => {
    for (const step of ['security-info', 'choose-method', 'name', 'myaccount'] as const) await noteStep(7, 0, step);
    await vi.waitFor(async () => expect((await popup('reports/list')).value.reports).toEqual([expect.objectContaining({ trigger: 'flow-break', automatic: true })]));
    for (const step of ['security-info', 'choose-method', 'name', 'copy-password', 'created'] as const) await noteStep(7, 0, step);
    const { health } = (await popup('reports/list')).value;
    expect(health.steps).toMatchObject({
      name: { seen: 2, ended: 1 },
      created: { seen: 1, ended: 1 },
      'security-info': { seen: 2, ended: 0 },
    });
    expect(JSON.stringify(health)).not.toContain('http');
  });

  it('ends the flow of a tab that was closed, the next time the guide reports a step elsewhere', async () => {
    fakeBrowser.tabs._existing.add(8);
    for (const step of ['security-info', 'choose-method', 'name'] as const) await noteStep(8, 0, step);
    fakeBrowser.tabs._existing.delete(8);
    await noteStep(7, 0, 'security-info');
    expect((await popup('reports/list')).value.health.steps.name).toEqual({ seen: 1, ended: 1 });
    expect(Object.keys((await fakeBrowser.storage.session.get('reportFlows')).reportFlows as object)).toEqual(['7']);
  });

  it('counts no health and keeps nothing automatic without a tab (the popup cannot say page/seen)', async () => {
    expect(await popup('page/seen', { url: 'https://mysignins.microsoft.com', step: 'unfamiliar' })).toMatchObject({ ok: false });
  });
});

describe('flows', () => {
  const walk = (steps: string[]) => {
    let flow;
    const ended: string[] = [];
    const broke: string[] = [];
    for (const [i, step] of steps.entries()) {
      const change = advance(flow, step as never, i);
      flow = change.flow;
      if (change.ended) ended.push(change.ended);
      if (change.brokeOff) broke.push(step);
    }
    return { flow, ended, broke };
  };

  it('end at the outcome, or where they were when the list came back', () => {
    expect(walk(['security-info', 'choose-method', 'name', 'copy-password', 'created']).ended).toEqual(['created']);
    expect(walk(['security-info', 'choose-method', 'name', 'security-info']).ended).toEqual(['name']);
    expect(walk(['security-info', 'confirm-delete', 'unfamiliar', 'deleted']).ended).toEqual(['deleted']);
  });

  it('break off when the name is followed by neither the password nor the list', () => {
    expect(walk(['choose-method', 'name', 'unfamiliar', 'reauth', 'name', 'copy-password']).broke).toEqual([]);
    expect(walk(['choose-method', 'name', 'limit-reached']).broke).toEqual(['limit-reached']);
    expect(walk(['legacy-name', 'myaccount']).broke).toEqual(['myaccount']);
  });

  it('end where they were when the tab closes', () => {
    expect(closed(walk(['security-info', 'choose-method', 'name']).flow)).toBe('name');
    expect(closed(walk(['security-info']).flow)).toBeNull();
  });
});
