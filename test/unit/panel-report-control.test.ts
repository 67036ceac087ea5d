/**
 * The panel's page report control (a contract: `[data-action="report-page"]` in the shadow root):
 * always there, prominent where the guide does not know the page and a quiet link elsewhere, says
 * in the panel's polite live region what became of the report, and IT policy hides it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountHost } from '../../src/content/host';
import { type PanelContent, createPanel } from '../../src/content/panel';

const content = (step: PanelContent['step']): PanelContent => ({
  step,
  title: `stepName_${step.replace(/-/g, '_')}`,
  message: { key: step === 'unfamiliar' ? 'step_unfamiliar' : 'step_security_info' },
  facts: [],
  extras: [],
  target: null,
  keep: [],
  avoid: [],
});

function setUp(onReport: () => Promise<boolean>) {
  document.body.innerHTML = '';
  const { host, root } = mountHost(document);
  const panel = createPanel(host, root, () => {}, onReport);
  const control = () => root.querySelector<HTMLButtonElement>('[data-action="report-page"]')!;
  const said = () => [...root.querySelectorAll('[aria-live="polite"] p')].filter((p) => !(p as HTMLElement).hidden).map((p) => p.textContent);
  return { panel, control, said };
}

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} });
});

describe('the page report control', () => {
  it('is in the shadow root on every step: prominent on an unfamiliar page, a quiet link elsewhere', () => {
    const { panel, control } = setUp(async () => true);
    panel.show(content('security-info'));
    expect(control().textContent).toBe('Page looks wrong? Save a page report');
    expect(control().className).toBe('quiet');
    panel.show(content('unfamiliar'));
    expect(control().className).toBe('prominent');
    // The panel already says it does not know the page: the button beside "Show the steps" is short.
    expect(control().textContent).toBe('Save a page report');
    expect(control().hidden).toBe(false);
  });

  it('saves a report and says where to find it, in the polite live region', async () => {
    const onReport = vi.fn(async () => true);
    const { panel, control, said } = setUp(onReport);
    panel.show(content('unfamiliar'));
    control().click();
    await vi.waitFor(() => expect(said()).toContain("Page report saved. Find it in the extension's toolbar popup: Settings → Page reports."));
    expect(onReport).toHaveBeenCalledOnce();
    expect(control().disabled).toBe(false);
    // A new step is a new screen: what was said about the last one's report goes.
    panel.show(content('security-info'));
    expect(said().some((text) => text?.startsWith('Page report'))).toBe(false);
  });

  it('says so when the report could not be kept', async () => {
    const { panel, control, said } = setUp(async () => false);
    panel.show(content('unfamiliar'));
    control().click();
    await vi.waitFor(() => expect(said()).toContain('The page report could not be saved. Try again, or tell your help desk.'));
  });

  it('is hidden when IT turned page reports off', () => {
    const { panel, control } = setUp(async () => true);
    panel.show(content('unfamiliar'));
    panel.setReports(false);
    expect(control().hidden).toBe(true);
    panel.setReports(true);
    expect(control().hidden).toBe(false);
  });
});
