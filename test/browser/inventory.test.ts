import { beforeEach, describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import { contentWorld } from './content-world';
import { Inventory, changeElsewhere, createThroughGuide, deleteThroughGuide, openSecurityInfo, stopServiceWorker } from './inventory-harness';

const launched = useExtension({ serve: { 'https://mysignins.microsoft.com/security-info': 'inventory-security-info.html' } });
const inventory = new Inventory(launched);

beforeEach(async () => {
  await inventory.clear();
});

const live = async () => (await inventory.records()).filter((r) => r.deletedAt === null).map((r) => r.name).sort();

describe('the inventory in Chromium, on the Security info replica', () => {
  it('records a guided creation with name, account and time', async () => {
    const page = await openSecurityInfo(launched.context, ['Teams on phone']);
    await expect.poll(live).toEqual(['Teams on phone']);
    const before = Date.now();
    await createThroughGuide(page, 'Outlook on laptop');
    await expect.poll(live).toEqual(['Outlook on laptop', 'Teams on phone']);
    const created = (await inventory.records()).find((r) => r.name === 'Outlook on laptop')!;
    expect(created).toMatchObject({ account: 'ada@contoso.com', source: 'guided', deletedAt: null });
    expect(created.createdAt).toBeGreaterThanOrEqual(before - 1000);
    expect(created.createdAt).toBeLessThanOrEqual(Date.now());
    await page.close();
  });

  it('records the name typed into a field the guide has not looked at yet (its looks held back, as on a busy machine)', async () => {
    const page = await openSecurityInfo(launched.context, ['Teams on phone']);
    await expect.poll(live).toEqual(['Teams on phone']);
    // While Microsoft's dialog animates, the guide's looks wait up to a quarter second (watch.ts);
    // on a loaded machine a quick typist starts before. Here every scheduled look is held back.
    const world = await contentWorld(page, launched.extensionId);
    await world.evaluate(`(() => {
      const held = [];
      const queueMicrotask = globalThis.queueMicrotask, requestAnimationFrame = globalThis.requestAnimationFrame;
      globalThis.queueMicrotask = globalThis.requestAnimationFrame = (callback) => { held.push(callback); return 0; };
      globalThis.__resume = () => {
        Object.assign(globalThis, { queueMicrotask, requestAnimationFrame });
        held.splice(0).forEach((callback) => callback(performance.now()));
      };
    })()`);
    await page.getByRole('button', { name: '+ Add sign-in method', exact: true }).click();
    await page.getByRole('option', { name: 'App password', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).pressSequentially('New phone');
    await world.evaluate('globalThis.__resume()');
    await world.detach();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForSelector('.password-text');
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await expect.poll(live).toEqual(['New phone', 'Teams on phone']);
    expect((await inventory.records()).find((r) => r.name === 'New phone')).toMatchObject({ source: 'guided', createdAt: expect.any(Number) });
    await page.close();
  });

  it('records a creation on a slow machine, whose password screen is closed before the guide\'s churn pace comes round', async () => {
    const page = await openSecurityInfo(launched.context, ['Teams on phone']);
    await expect.poll(live).toEqual(['Teams on phone']);
    // A four times slower page: typing fast makes a run of changes, and the guide spaces its looks
    // (watch.ts); "Done" follows "Next" before the next paced look. The look after the user's click may
    // not wait, or the password screen, and with it the creation, is never seen.
    const cdp = await launched.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await createThroughGuide(page, 'Slow laptop');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
    await expect.poll(live).toEqual(['Slow laptop', 'Teams on phone']);
    await expect.poll(async () => (await inventory.records()).find((r) => r.name === 'Slow laptop')?.source).toBe('guided');
    await page.close();
  });

  it('marks a guided deletion deleted, through the guide', async () => {
    const page = await openSecurityInfo(launched.context, ['Scanner', 'Printer']);
    await expect.poll(live).toEqual(['Printer', 'Scanner']);
    await deleteThroughGuide(page, 'Scanner');
    await expect.poll(live).toEqual(['Printer']);
    const deleted = (await inventory.records()).find((r) => r.name === 'Scanner')!;
    expect(deleted.deletedHow).toBe('guided');
    expect(deleted.deletedAt).toBeTypeOf('number');
    await page.close();
  });

  it('notices on the next visit a row deleted elsewhere and picks up a row made elsewhere', async () => {
    let page = await openSecurityInfo(launched.context, ['Old phone', 'Scanner']);
    await expect.poll(live).toEqual(['Old phone', 'Scanner']);
    await page.close();
    await changeElsewhere(launched.context, ['Scanner', 'Made on another PC']);
    page = await launched.context.newPage();
    await page.goto('https://mysignins.microsoft.com/security-info');
    await expect.poll(live).toEqual(['Made on another PC', 'Scanner']);
    const records = await inventory.records();
    expect(records.find((r) => r.name === 'Old phone')).toMatchObject({ deletedHow: 'elsewhere', deletedAt: expect.any(Number) });
    expect(records.find((r) => r.name === 'Made on another PC')).toMatchObject({ source: 'list', createdAt: null, firstSeenAt: expect.any(Number) });
    expect(records).toHaveLength(3);
    await page.close();
  });

  it('keeps shared names apart by count', async () => {
    const page = await openSecurityInfo(launched.context, ['Outlook', 'Outlook']);
    await expect.poll(live).toEqual(['Outlook', 'Outlook']);
    await createThroughGuide(page, 'Outlook');
    await expect.poll(live).toEqual(['Outlook', 'Outlook', 'Outlook']);
    await deleteThroughGuide(page, 'Outlook');
    await expect.poll(live).toEqual(['Outlook', 'Outlook']);
    expect(await inventory.records()).toHaveLength(3);
    await page.close();
  });

  it('loses nothing and doubles nothing when the service worker is stopped between every step', async () => {
    const page = await openSecurityInfo(launched.context, ['Printer']);
    await expect.poll(live).toEqual(['Printer']);
    let stops = 0;
    const stop = async () => {
      await stopServiceWorker(page);
      stops++;
    };
    await createThroughGuide(page, 'Mail on tablet', stop);
    await expect.poll(live).toEqual(['Mail on tablet', 'Printer']);
    await deleteThroughGuide(page, 'Printer', stop);
    await expect.poll(live).toEqual(['Mail on tablet']);
    // And once more after a last stop: a reload re-reads the same list and changes nothing.
    await stop();
    await page.reload();
    await page.waitForSelector('#app-password-guide', { state: 'attached' });
    await page.waitForTimeout(500);
    const records = await inventory.records();
    expect(records).toHaveLength(2);
    expect(records.find((r) => r.name === 'Mail on tablet')).toMatchObject({ source: 'guided', createdAt: expect.any(Number), deletedAt: null });
    expect(records.find((r) => r.name === 'Printer')).toMatchObject({ deletedHow: 'guided' });
    expect(stops).toBe(7);
    await page.close();
  });
});
