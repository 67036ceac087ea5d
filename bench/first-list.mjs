// 3b. The first screen after a loading spinner: Security info loads behind a spinner that changes in
// every frame (the replica's `loading` switch), then its list replaces the spinner. From the list's
// insertion (the replica notes the page's clock and frame right after it replaced its loading state)
// to the guide's write of the new data-step (the page's MutationObserver, bench/page-probe.mjs), on
// the page's own clock; with 40 app password rows (the limit) and with 2.
import { launch, serveReplica } from './browser.mjs';
import { installProbe } from './page-probe.mjs';
import { spread } from './stats.mjs';

const SECURITY_INFO = 'https://mysignins.microsoft.com/security-info';

async function oneLoad(context, { rows, spinnerMs }) {
  const page = await context.newPage();
  try {
    await page.addInitScript((c) => (window.__replicaConfig = c), { loading: String(spinnerMs), loadingShape: 'spinner', count: String(rows) });
    await page.goto(SECURITY_INFO);
    const listStep = rows >= 40 ? 'limit-reached' : 'security-info';
    await page.locator(`#app-password-guide[data-step="${listStep}"]`).waitFor({ state: 'attached', timeout: spinnerMs + 10_000 });
    const { loaded, steps } = await page.evaluate(() => ({ loaded: window.__replicaLoaded, steps: window.__benchProbe.steps }));
    const loadingSeen = steps.some((s) => s.to === 'loading');
    const write = steps.find((s) => s.t >= loaded.t && s.to === listStep);
    if (!loadingSeen || !write) throw new Error(`no loading → ${listStep} change seen`);
    return { ms: write.t - loaded.t, framesLate: write.frame - loaded.frame - 1 };
  } finally {
    await page.close();
  }
}

export async function measureFirstList({ loads = 10, spinnerMs = 1500 } = {}) {
  const { context } = await launch();
  try {
    await serveReplica(context);
    await context.addInitScript(installProbe);
    await oneLoad(context, { rows: 2, spinnerMs: 300 }); // warm-up
    const result = { spinnerMs, loads, sizes: [] };
    for (const rows of [2, 40]) {
      const times = [];
      for (let i = 0; i < loads; i++) times.push(await oneLoad(context, { rows, spinnerMs }));
      const sameFrame = times.filter((t) => t.framesLate <= 0).length;
      result.sizes.push({ rows, ...spread(times.map((t) => t.ms)), paintedWithTheListPercent: Math.round((sameFrame / times.length) * 1000) / 10 });
    }
    return result;
  } finally {
    await context.close();
  }
}

// `node bench/first-list.mjs [loads]` runs this row alone (after `npm run build`).
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureFirstList({ loads: Number(process.argv[2]) || 10 }), null, 2));
}
