// 2. Startup: from the moment the browser starts running the content script on a loaded Security info
// page to the first data-step on our host. The start is the content script's EvaluateScript event in
// a performance trace (compile included); the end is a user-timing mark the page itself sets when its
// MutationObserver sees data-step appear (bench/page-probe.mjs). Both are on the trace's one clock.
import { launch, serveReplica } from './browser.mjs';
import { installProbe } from './page-probe.mjs';
import { round, spread } from './stats.mjs';

const SECURITY_INFO = 'https://mysignins.microsoft.com/security-info';
const CONTENT_SCRIPT = 'src/content/index.js';

async function traced(context, page, run) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  await run();
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

async function oneLoad(context, extensionId) {
  const page = await context.newPage();
  try {
    const events = await traced(context, page, async () => {
      await page.goto(SECURITY_INFO);
      await page.locator('#app-password-guide[data-step]').waitFor({ state: 'attached' });
    });
    const script = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url === `chrome-extension://${extensionId}/${CONTENT_SCRIPT}`);
    const mark = events.find((e) => e.name === 'bench:first-data-step');
    if (!script || !mark) throw new Error('the trace lacks the content script or the first data-step');
    const probe = await page.evaluate(() => ({
      step: document.getElementById('app-password-guide').dataset.step,
      firstStepAt: window.__benchProbe.firstStepAt,
      domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
    }));
    if (probe.step !== 'security-info') throw new Error(`the guide started at "${probe.step}"`);
    return {
      startMs: (mark.ts - script.ts) / 1000,
      evaluateMs: script.dur / 1000,
      fromDomContentLoadedMs: probe.firstStepAt - probe.domContentLoaded,
    };
  } finally {
    await page.close();
  }
}

export async function measureStartup({ loads = 20 } = {}) {
  const { context, extensionId } = await launch();
  try {
    await serveReplica(context);
    await context.addInitScript(installProbe);
    const runs = [];
    for (let i = 0; i < loads + 1; i++) runs.push(await oneLoad(context, extensionId));
    const first = runs.shift(); // the first load compiles everything cold; reported on its own
    return {
      loads,
      startToFirstStep: spread(runs.map((r) => r.startMs)),
      contentScriptEvaluate: spread(runs.map((r) => r.evaluateMs)),
      domContentLoadedToFirstStep: spread(runs.map((r) => r.fromDomContentLoadedMs)),
      firstLoadMs: round(first.startMs),
    };
  } finally {
    await context.close();
  }
}
