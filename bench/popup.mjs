// 5. Popup: from opening the popup page to the first frame that shows the inventory's rows, with
// inventories of several sizes. The time is the page's own performance.now() (its zero is the
// navigation start), taken in the first animation frame after the rows are in the DOM.
import { launch } from './browser.mjs';
import { seedInventory } from './records.mjs';
import { spread } from './stats.mjs';

function watchRows() {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('ul.records > li')) return;
    observer.disconnect();
    const inDom = performance.now();
    requestAnimationFrame(() => {
      window.__benchPopup = {
        inDom,
        frame: performance.now(),
        rows: document.querySelectorAll('ul.records > li').length,
        domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
      };
    });
  }).observe(document, { subtree: true, childList: true });
}

export async function measurePopup({ sizes = [40, 1000, 10000], opens = 7, onSeeded } = {}) {
  const results = [];
  for (const size of sizes) {
    const launched = await launch();
    const { context, extensionId } = launched;
    try {
      const url = `chrome-extension://${extensionId}/src/popup/index.html`;
      const seeder = await context.newPage();
      await seeder.goto(url);
      await seedInventory(seeder, size);
      await seeder.close();
      // The background bench runs here, before any popup opens: after many opens Chromium has let a
      // one-off alarm wait minutes to fire, which costs time and measures nothing of ours.
      if (onSeeded) await onSeeded(launched, size);
      await context.addInitScript(watchRows);
      const runs = [];
      for (let i = 0; i < opens + 1; i++) {
        const page = await context.newPage();
        await page.goto(url);
        await page.waitForFunction(() => window.__benchPopup, null, { timeout: 30_000 });
        runs.push(await page.evaluate(() => window.__benchPopup));
        await page.close();
      }
      runs.shift(); // the first open also warms the worker's database connection
      results.push({
        records: size,
        rowsRendered: runs[0].rows,
        ...spread(runs.map((r) => r.frame), 1),
        // How much of it is the browser opening the page and running our script, before any data.
        domContentLoadedP50: spread(runs.map((r) => r.domContentLoaded), 1).p50,
      });
    } finally {
      await context.close();
    }
  }
  return { opens, sizes: results, targetMs: { 40: 50, 10000: 150 } };
}
