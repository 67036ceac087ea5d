// 4. Cost under churn: a page that rewrites thousands of nodes every frame, like a heavy React
// re-render, with the extension loaded vs without it, alternating in the same run.
import { launch, serve } from './browser.mjs';
import { percentile, round } from './stats.mjs';

export const CHURN_PAGE = (nodes) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Security info</title></head>
<body><div id="root"><main role="main"><h1>Security info</h1><div id="churn"></div></main></div>
<script>
  const box = document.getElementById('churn');
  let frame = 0;
  window.__churn = (ms) => new Promise((done) => {
    const end = performance.now() + ms;
    const tick = () => {
      frame++;
      const list = document.createElement('div');
      list.setAttribute('role', 'list');
      for (let i = 0; i < ${nodes}; i++) {
        const row = document.createElement('div');
        row.className = 'row-' + ((i + frame) % 97);
        row.setAttribute('role', 'listitem');
        row.textContent = 'Method ' + i + ' · ' + frame;
        list.append(row);
      }
      box.replaceChildren(list);
      void box.offsetHeight;
      if (performance.now() < end) requestAnimationFrame(tick); else done(frame);
    };
    requestAnimationFrame(tick);
  });
</script></body></html>`;

// The same browser serves the same page on a host where the content script runs and on one where it
// does not (the sign-in host is outside our match patterns), so the only difference is our script.
const WITH_URL = 'https://mysignins.microsoft.com/security-info';
const WITHOUT_URL = 'https://login.microsoftonline.com/security-info';

async function oneRun(context, url, { ms }) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    if (url === WITH_URL) await page.waitForSelector('#app-password-guide[data-step]', { state: 'attached' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metric();
    const frames = await page.evaluate((t) => window.__churn(t), ms);
    const after = await metric();
    const d = (k) => (after[k] - before[k]) * 1000;
    return { frames, scriptMs: d('ScriptDuration'), layoutMs: d('LayoutDuration') + d('RecalcStyleDuration'), taskMs: d('TaskDuration') };
  } finally {
    await page.close();
  }
}

/**
 * The guide's own share, attributed rather than subtracted: one more run with the extension under
 * V8's sampling profiler, counting the samples whose stack is in our content script. It does not
 * depend on two noisy runs agreeing, so it says how much of the paired difference is really ours.
 */
async function profiledRun(context, { ms }) {
  const page = await context.newPage();
  try {
    await page.goto(WITH_URL);
    await page.waitForSelector('#app-password-guide[data-step]', { state: 'attached' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const frames = await page.evaluate((t) => window.__churn(t), ms);
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));
    const ours = (id) => {
      for (let at = id; at !== undefined; at = parent.get(at)) if (nodes.get(at).callFrame.url.startsWith('chrome-extension://')) return true;
      return false;
    };
    let guideMs = 0;
    let busyMs = 0;
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (nodes.get(id).callFrame.functionName !== '(idle)') busyMs += ms;
      if (ours(id)) guideMs += ms;
    });
    return { frames, guideMsPerFrame: round(guideMs / frames, 2), busyMsPerFrame: round(busyMs / frames, 2), guideSharePercent: round((guideMs / busyMs) * 100, 1) };
  } finally {
    await page.close();
  }
}

export async function measureChurn({ rounds = 12, nodes = 1500, ms = 1500 } = {}) {
  const { context } = await launch({ extension: true });
  const runs = { with: [], without: [] };
  let profiled;
  try {
    await serve(context, CHURN_PAGE(nodes));
    await oneRun(context, WITHOUT_URL, { ms: 300 }); // warm-up: first page load pays for process start
    for (let i = 0; i < rounds; i++) {
      // Alternate the order so drift on a noisy machine falls on both sides equally.
      const order = i % 2 ? [WITHOUT_URL, WITH_URL] : [WITH_URL, WITHOUT_URL];
      for (const url of order) runs[url === WITH_URL ? 'with' : 'without'].push(await oneRun(context, url, { ms }));
    }
    profiled = await profiledRun(context, { ms });
  } finally {
    await context.close();
  }
  const perFrame = (list, key) => list.reduce((s, r) => s + r[key], 0) / list.reduce((s, r) => s + r.frames, 0);
  const summary = (list) => ({
    frames: list.reduce((s, r) => s + r.frames, 0),
    workMsPerFrame: round(perFrame(list, 'workMs'), 3),
    taskMsPerFrame: round(perFrame(list, 'taskMs'), 3),
    scriptMsPerFrame: round(perFrame(list, 'scriptMs'), 3),
    layoutMsPerFrame: round(perFrame(list, 'layoutMs'), 3),
  });
  // Each round's with/without pair ran back to back, so its ratio cancels most of the machine's drift;
  // the median of those ratios is the figure, the quartiles and extremes say how much to trust it.
  // "Work" is what the issue asks about: main-thread script plus style and layout, per frame drawn.
  const extra = (key) => {
    const ratios = runs.with.map((w, i) => w[key] / w.frames / (runs.without[i][key] / runs.without[i].frames));
    const pct = (p) => round((percentile(ratios, p) - 1) * 100, 1);
    return { median: pct(50), quartiles: [pct(25), pct(75)], range: [pct(0), pct(100)] };
  };
  for (const r of [...runs.with, ...runs.without]) r.workMs = r.scriptMs + r.layoutMs;
  return {
    nodesPerFrame: nodes,
    secondsPerRun: ms / 1000,
    rounds,
    extraPercent: { work: extra('workMs'), script: extra('scriptMs'), layout: extra('layoutMs'), task: extra('taskMs') },
    profiled,
    with: summary(runs.with),
    without: summary(runs.without),
    targetExtraPercent: 2,
  };
}
