/**
 * Flow memory (background/capture/flow-memory.ts, capture/report.ts): kept per tab while a flow is
 * under way, dropped when it ends, when the tab closes or after FLOW_TTL_MS; the account is
 * remembered per tenant; a new page's reporter holds its readings until the kept flow is back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FLOW_TTL_MS, forgetClosedTabs, loadFlow, saveFlow } from '../../src/background/capture/flow-memory';
import { createReporter, tenantOf } from '../../src/content/capture/report';
import type { PageFacts } from '../../src/content/page-facts';
import type { Message } from '../../src/shared/protocol';
import { fakeBrowser, resetFakeBrowser } from '../fakes/browser';

const ADA = 'ada@contoso.com';
const naming = { step: 'legacy-name' as const, naming: { name: 'Old mail client', account: ADA }, deleting: false, list: null };

beforeEach(resetFakeBrowser);

describe('the background\'s flow memory', () => {
  it('keeps a tab\'s flow, per tab, and the account per tenant', async () => {
    await saveFlow(3, '', ADA, naming, 1_000);
    expect(await loadFlow(3, '', 2_000)).toEqual({ flow: naming, account: ADA });
    expect(await loadFlow(4, '', 2_000)).toEqual({ flow: null, account: ADA });
    expect(await loadFlow(4, 'contoso.onmicrosoft.com', 2_000)).toEqual({ flow: null, account: '' });
  });

  it('drops the flow when it ends, when it is too old, and when its tab closes', async () => {
    await saveFlow(3, '', ADA, naming, 1_000);
    expect((await loadFlow(3, '', 1_000 + FLOW_TTL_MS + 1)).flow).toBe(null);
    await saveFlow(3, '', ADA, null);
    expect((await loadFlow(3, '')).flow).toBe(null);
    // No flow under way: closing tabs does not wake the worker.
    forgetClosedTabs();
    await new Promise((r) => setTimeout(r, 0));
    expect(fakeBrowser.tabs.onRemoved.listeners.size).toBe(0);
    await saveFlow(5, '', ADA, naming);
    expect(fakeBrowser.tabs.onRemoved.listeners.size).toBe(1);
    fakeBrowser.tabs.onRemoved.emit(5);
    await new Promise((r) => setTimeout(r, 0));
    expect(Object.keys(await fakeBrowser.storage.session.get())).toEqual([`account:`]);
    expect(fakeBrowser.tabs.onRemoved.listeners.size).toBe(0);
  });
});

describe('the reporter on a new page', () => {
  const facts = (step: PageFacts['step'], extra: Partial<PageFacts> = {}): PageFacts => ({
    step, url: 'https://account.activedirectory.windowsazure.com/AppPasswords.aspx?tenant=contoso', account: '', appPasswordNames: null, typedName: null, ...extra,
  });

  it('holds its readings until the kept flow is back, then records the creation with the name and account typed before', async () => {
    const sent: Message[] = [];
    const kept: Message[] = [];
    const reporter = createReporter(async (m) => (sent.push(m), { ok: true }), () => 'flow-0001', async () => {}, true, async (m) => (kept.push(m), { ok: true }));
    reporter.report(facts('legacy-copy-password'));
    await reporter.idle();
    expect(sent).toEqual([]);
    reporter.restore(naming, ADA);
    await reporter.idle();
    expect(sent).toEqual([{ type: 'capture/created', payload: { flowId: 'flow-0001', name: 'Old mail client', account: ADA } }]);
    // The flow is over: what the background kept for the tab is dropped; the account is remembered.
    expect(kept).toEqual([{ type: 'capture/flow-save', payload: { tenant: 'contoso', account: ADA, flow: null } }]);
  });

  it('keeps the flow while a name is typed, and reads the tenant from tenant or tenantId', async () => {
    const kept: Message[] = [];
    const reporter = createReporter(async () => ({ ok: true }), () => 'flow-0002', async () => {}, false, async (m) => (kept.push(m), { ok: true }));
    reporter.report(facts('legacy-name', { typedName: 'Printer', account: ADA }));
    await reporter.idle();
    expect(kept.at(-1)).toMatchObject({ payload: { flow: { step: 'legacy-name', naming: { name: 'Printer', account: ADA } } } });
    expect(tenantOf('https://mysignins.microsoft.com/security-info?tenantId=abc')).toBe('abc');
    expect(tenantOf('https://mysignins.microsoft.com/security-info')).toBe('');
  });
});
