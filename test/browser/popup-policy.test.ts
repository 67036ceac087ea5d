/**
 * A real Chromium policy (the way IT rolls it out) through storage.managed. Other engineers run
 * browser tests on this machine at the same time, so the policy only sets values that cannot break
 * theirs (the extra labels are Swedish, a language no other test shows), and the file exists only
 * while this file's browser starts and runs.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { openPopup, useExtension } from './harness';
import { seedRecords } from './seed';
import { walkScenario } from './walk-scenario';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/app-password-guide-test.json`;
const EXTENSION_ID = 'hhalmbaljdgkadgjogklfaedojolpink';
const POLICY = {
  reviewIntervalDays: 30,
  organisationName: 'Contoso IT (test)',
  helpDeskUrl: 'https://help.example.com/app-passwords',
  helpDeskText: 'Call 0100 1234',
  // The one scenario in a language we do not ship, made readable by IT's labels alone.
  extraLabels: SCENARIOS.find((s) => s.extraLabels)!.extraLabels,
};

// Registered before the browser's hooks, so the file is in place when it starts and is removed after
// it closes (vitest runs afterAll hooks in reverse, and even when a beforeAll failed).
beforeAll(() => {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: POLICY } } }));
});
afterAll(() => rmSync(POLICY_FILE, { force: true }));

const launched = useExtension();

describe('IT policy in Chromium', () => {
  it('reaches the extension through storage.managed', async () => {
    await expect.poll(() => launched.worker.evaluate(() => chrome.storage.managed.get())).toEqual(POLICY);
  });

  it('is shown in the popup as managed and locked, with the organisation and help desk', async () => {
    const popup = await openPopup(launched);
    await popup.getByRole('button', { name: 'Settings' }).click();
    const interval = popup.locator('#interval');
    await expect.poll(() => interval.inputValue()).toBe('30');
    expect(await interval.isDisabled()).toBe(true);
    expect(await popup.locator('#interval-managed').textContent()).toBe('Set by your organisation');
    // Settings IT did not set stay the user's.
    expect(await popup.locator('#reminders').isDisabled()).toBe(false);
    const org = popup.getByTestId('organisation');
    expect(await org.textContent()).toContain('Managed by \u2068Contoso IT (test)\u2069.');
    expect(await org.textContent()).toContain('Call 0100 1234');
    expect(await org.getByRole('link').getAttribute('href')).toBe(POLICY.helpDeskUrl);

    const refused = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/set', payload: { partial: { reviewIntervalDays: 90 } } }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked-by-policy' } });
    await popup.close();
  });

  it('makes reminders use the policy\'s review interval', async () => {
    const popup = await openPopup(launched);
    // 40 days: stale under the policy's 30, not under the default 90.
    await seedRecords(popup, [
      { name: 'Forty days', days: 40 },
      { name: 'Twenty days', days: 20 },
    ]);
    await expect.poll(() => launched.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    await popup.reload();
    const row = popup.getByRole('listitem').filter({ hasText: 'Forty days' });
    expect(await row.getByTestId('state').textContent()).toBe('Review due');
    await popup.close();
  });

  it('lets IT\'s extra labels guide a language the extension does not ship, every step of the way', async () => {
    await expect.poll(() => launched.worker.evaluate(() => chrome.storage.managed.get())).toEqual(POLICY);
    for (const scenario of SCENARIOS.filter((s) => s.extraLabels)) {
      expect(scenario.extraLabels).toEqual(POLICY.extraLabels);
      await walkScenario(launched, scenario);
    }
  });
});
