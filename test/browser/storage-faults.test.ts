/**
 * The records database deleted while the worker holds it open (site data cleared, another context
 * deleting it), in Chromium: the deletion is not blocked by our connection, the next capture from
 * Microsoft's page recreates the database and is recorded, and the popup tells the user that the
 * earlier records were lost outside the extension.
 */
import { describe, expect, it } from 'vitest';
import type { AppPasswordRecord } from '../../src/shared/record';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { openPopup, useExtension } from './harness';
import { Inventory } from './inventory-harness';
import { walkScenario } from './walk-scenario';

const launched = useExtension();

describe('storage faults in Chromium', () => {
  it('keeps working after the records database is deleted under a running worker, and says data was lost', async () => {
    const inventory = new Inventory(launched);
    await inventory.call('records/add', { name: 'Before the deletion', account: 'ada@contoso.com' });
    // The worker now holds an open connection to the database.
    expect((await inventory.call<AppPasswordRecord[]>('records/list')).map((r) => r.name)).toEqual(['Before the deletion']);

    const other = await openPopup(launched);
    const outcome = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.deleteDatabase('app-password-guide');
          let blocked = false;
          request.onblocked = () => (blocked = true);
          request.onsuccess = () => resolve(blocked ? 'deleted after being blocked' : 'deleted');
          request.onerror = () => resolve(`error: ${request.error}`);
          setTimeout(() => resolve('still blocked after 5 s'), 5000);
        }),
    );
    // Our connection let go at once ("blocking" closes it), so the deletion went through.
    expect(outcome).toMatch(/^deleted/);

    // A guided creation on Microsoft's page right after is recorded in a fresh database.
    await walkScenario(launched, SCENARIOS.find((s) => s.name === 'create, 2024 picker, en')!);
    await expect.poll(async () => (await inventory.records()).map((r) => r.name).sort()).toEqual(['Outlook on laptop', 'Outlook on phone', 'Scanner in the office']);
    expect((await inventory.records()).find((r) => r.name === 'Outlook on phone')).toMatchObject({ source: 'guided', deletedAt: null });

    // The popup says what happened, until dismissed.
    const popup = await openPopup(launched);
    const notice = popup.getByTestId('storage-problem');
    await expect.poll(() => notice.textContent()).toContain('deleted outside the extension');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await popup.reload();
    await popup.getByTestId('summary').waitFor();
    expect(await popup.getByTestId('storage-problem').count()).toBe(0);
    await other.close();
    await popup.close();
  });
});
