// 3. Reaction: from the page's screen change to the guide's new data-step, over the create and delete
// flows on the replica of Security info, clicked through as a user would (Microsoft's controls only).
import { launch, serveReplica } from './browser.mjs';
import { installProbe } from './page-probe.mjs';
import { reactionTimes, spread } from './stats.mjs';

const SECURITY_INFO = 'https://mysignins.microsoft.com/security-info';

async function step(page, id) {
  await page.locator(`#app-password-guide[data-step="${id}"]`).waitFor({ state: 'attached', timeout: 10_000 });
}

async function createAndDelete(page, name) {
  const click = (r) => page.locator(`[data-r="${r}"]`).click();
  await click('add');
  await step(page, 'choose-method');
  await click('show-more');
  await click('option-app-password');
  await step(page, 'name');
  await page.locator('[data-r="name"]').fill(name);
  await click('next');
  await step(page, 'copy-password');
  await click('done');
  await step(page, 'created');
  await click(`delete-${name}`);
  await step(page, 'confirm-delete');
  await click('confirm-yes');
  await step(page, 'deleted');
}

export async function measureReaction({ transitions = 200 } = {}) {
  const { context } = await launch();
  try {
    await serveReplica(context);
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    await page.goto(SECURITY_INFO);
    await step(page, 'security-info');
    let cycles = 0;
    let times = [];
    while (times.length < transitions) {
      await createAndDelete(page, `Bench ${++cycles}`);
      const { steps, pageChanges } = await page.evaluate(() => window.__benchProbe);
      times = reactionTimes(steps, pageChanges);
    }
    const visited = new Set((await page.evaluate(() => window.__benchProbe.steps)).map((s) => s.to));
    const sameFrame = times.filter((r) => r.framesLate <= 0).length;
    return {
      cycles,
      steps: [...visited],
      ...spread(times.map((r) => r.ms)),
      paintedWithTheChangePercent: Math.round((sameFrame / times.length) * 1000) / 10,
      framesLate: spread(times.map((r) => r.framesLate), 0),
      targetP95Ms: 16.7,
    };
  } finally {
    await context.close();
  }
}
