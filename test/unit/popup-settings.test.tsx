import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reloadPolicy } from '../../src/background/settings/policy';
import { GUIDE_SITES } from '../../src/shared/guide-sites';
import { fakeBrowser } from '../fakes/browser';
import { button, find, freshBackground, nameOf, renderPopup, type, unmount } from './popup-helpers';

let root: HTMLElement | undefined;

beforeEach(freshBackground);
afterEach(() => {
  if (root) unmount(root);
  location.hash = '';
});

async function openSettings(): Promise<HTMLElement> {
  root = await renderPopup();
  button(root, 'Settings').click();
  await find(root, '.settings');
  return root;
}

/** Types a value and commits it, as leaving the field or pressing Enter does. */
async function change(input: HTMLInputElement, value: string): Promise<void> {
  await type(input, value);
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const stored = async () => ((await fakeBrowser.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;

describe('popup settings', () => {
  it('shows the defaults, every control labelled', async () => {
    root = await openSettings();
    expect(root.querySelector<HTMLInputElement>('#interval')!.value).toBe('90');
    expect(root.querySelector<HTMLInputElement>('#reminders')!.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#guide')!.checked).toBe(true);
    for (const input of root.querySelectorAll('input')) {
      expect(root.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
    }
    expect(root.querySelector('[data-testid="managed"]')).toBeNull();
    expect(button(root, 'Settings').getAttribute('aria-pressed')).toBe('true');
  });

  it('saves the interval as soon as it changes, rejecting out-of-range input with a message', async () => {
    root = await openSettings();
    const interval = root.querySelector<HTMLInputElement>('#interval')!;
    // No Save button: the interval saves like every other setting.
    expect(() => button(root!, 'Save')).toThrow('No button "Save"');
    await change(interval, '3');
    await vi.waitFor(() => expect(interval.getAttribute('aria-invalid')).toBe('true'));
    expect(root.querySelector('#interval-error')?.textContent).toBe('Enter a whole number of days from 7 to 730.');
    expect(await stored()).not.toHaveProperty('reviewIntervalDays');
    // Typing alone saves nothing: half a number is never stored.
    await type(interval, '3');
    await type(interval, '30');
    expect(await stored()).not.toHaveProperty('reviewIntervalDays');
    interval.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ reviewIntervalDays: 30 }));
    expect(interval.getAttribute('aria-invalid')).toBeNull();
    await vi.waitFor(() => expect(root!.querySelector('[role="status"]')?.textContent).toBe('Settings saved.'));
    // ...and says so beside the setting.
    const saved = interval.closest('.setting')!.querySelector('[data-testid="saved"]')!;
    expect(saved.className).toContain('shown');
    expect(saved.textContent).toBe('Saved');
  });

  it('says "Saved" beside a switch when it changes, and shows the Settings title once', async () => {
    root = await openSettings();
    const reminders = root.querySelector<HTMLInputElement>('#reminders')!;
    const saved = reminders.closest('.setting')!.querySelector('[data-testid="saved"]')!;
    expect(saved.className).not.toContain('shown');
    reminders.click();
    await vi.waitFor(() => expect(saved.className).toContain('shown'));
    const titles = [...root.querySelectorAll('h1, h2, h3')].map((h) => h.textContent);
    expect(titles.filter((title) => title === 'Settings')).toEqual([]);
    expect(nameOf(root.querySelector('.segment[aria-pressed="true"]')!)).toBe('Settings');
  });

  it('switches reminders and the guide, and snoozes and resumes', async () => {
    root = await openSettings();
    root.querySelector<HTMLInputElement>('#guide')!.click();
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ guideEnabled: false }));
    button(root, 'Snooze reminders for 7 days').click();
    await vi.waitFor(async () => expect((await stored()).snoozedUntil).toBeGreaterThan(Date.now()));
    await vi.waitFor(() => expect(root!.querySelector('[data-testid="snooze-state"]')?.textContent).toMatch(/snoozed until/));
    button(root, 'Resume reminders').click();
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ snoozedUntil: 0 }));
    root.querySelector<HTMLInputElement>('#reminders')!.click();
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ remindersEnabled: false }));
    await vi.waitFor(() => expect(button(root!, 'Snooze reminders for 7 days').disabled).toBe(true));
  });

  it('shows policy values as managed and locked, with the organisation and help desk', async () => {
    fakeBrowser.storage.managed._replace({
      reviewIntervalDays: 30,
      guideEnabled: false,
      organisationName: 'Contoso IT',
      helpDeskUrl: 'https://help.contoso.com/',
      helpDeskText: 'Call 1234',
    });
    await reloadPolicy();
    root = await openSettings();
    const interval = root.querySelector<HTMLInputElement>('#interval')!;
    expect(interval.value).toBe('30');
    expect(interval.disabled).toBe(true);
    expect(interval.getAttribute('aria-describedby')).toContain('interval-managed');
    expect(root.querySelector('#interval-managed')?.textContent).toBe('Set by your organisation');
    const guide = root.querySelector<HTMLInputElement>('#guide')!;
    expect([guide.checked, guide.disabled]).toEqual([false, true]);
    expect(root.querySelector<HTMLInputElement>('#reminders')!.disabled).toBe(false);
    expect(root.querySelectorAll('[data-testid="managed"]')).toHaveLength(2);
    const org = root.querySelector('[data-testid="organisation"]')!;
    expect(org.textContent).toContain('Managed by \u2068Contoso IT\u2069.');
    expect(org.textContent).toContain('Call 1234');
    expect(org.querySelector('a')?.getAttribute('href')).toBe('https://help.contoso.com/');
  });

  it('locks every setting when IT does not let users change them', async () => {
    fakeBrowser.storage.managed._replace({ allowUserSettings: false });
    await reloadPolicy();
    root = await openSettings();
    for (const id of ['#interval', '#reminders', '#guide']) expect(root.querySelector<HTMLInputElement>(id)!.disabled, id).toBe(true);
    expect(button(root, 'Snooze reminders for 7 days').disabled).toBe(true);
  });

  it('switches the guide off on one site only, and back on', async () => {
    root = await openSettings();
    const site = (host: string) => root!.querySelector<HTMLInputElement>(`[id="site-${host}"]`)!;
    expect(GUIDE_SITES.map(({ host }) => site(host).checked)).toEqual([true, true, true]);
    site('myaccount.microsoft.com').click();
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ guideDisabledHosts: ['myaccount.microsoft.com'] }));
    expect(site('mysignins.microsoft.com').checked).toBe(true);
    site('myaccount.microsoft.com').click();
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ guideDisabledHosts: [] }));
  });

  it('keeps the per-site choices but disables them while the guide is off or locked', async () => {
    root = await openSettings();
    const sites = () => root!.querySelector<HTMLFieldSetElement>('fieldset.sites')!;
    expect(sites().disabled).toBe(false);
    root.querySelector<HTMLInputElement>('#guide')!.click();
    await vi.waitFor(() => expect(sites().disabled).toBe(true));
    unmount(root);
    fakeBrowser.storage.managed._replace({ allowUserSettings: false });
    await reloadPolicy();
    root = await openSettings();
    expect(sites().disabled).toBe(true);
    expect(sites().querySelector('[data-testid="managed"]')).not.toBeNull();
  });

  it('offers exactly the sites the manifest runs the guide on', () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort();
    expect(GUIDE_SITES.map(({ host }) => `https://${host}/*`).sort()).toEqual(matches);
  });

  it('opens on settings from #settings', async () => {
    location.hash = '#settings';
    root = await renderPopup();
    expect(root.querySelector('.settings')).not.toBeNull();
  });
});
