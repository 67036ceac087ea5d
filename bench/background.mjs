// 6. Background: the daily reminder pass over a large inventory, timed inside the service worker, and
// proof that nothing stays running afterwards. The pass is started the way the browser starts it
// (the `review-daily` alarm firing); its start is our own onAlarm listener and its end is the write
// of the notified day, the pass's last step (storage.onChanged), both on the worker's clock.
import { spread } from './stats.mjs';

/** Installed in the worker once: counts timers still pending and stamps each daily pass. */
function instrument() {
  if (globalThis.__benchBg) return;
  const pending = new Set();
  const realSet = { timeout: setTimeout.bind(globalThis), interval: setInterval.bind(globalThis) };
  const realClear = { timeout: clearTimeout.bind(globalThis), interval: clearInterval.bind(globalThis) };
  globalThis.setTimeout = (fn, ms, ...args) => {
    const id = realSet.timeout((...a) => { pending.delete(id); if (typeof fn === 'function') fn(...a); }, ms, ...args);
    pending.add(id);
    return id;
  };
  globalThis.setInterval = (...a) => { const id = realSet.interval(...a); pending.add(id); return id; };
  globalThis.clearTimeout = (id) => { pending.delete(id); realClear.timeout(id); };
  globalThis.clearInterval = (id) => { pending.delete(id); realClear.interval(id); };
  const bg = { passes: [], startedAt: null, pending, alarmsSeen: 0 };
  globalThis.__benchBg = bg;
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== 'review-daily') return;
    bg.alarmsSeen++;
    bg.startedAt = performance.now();
  });
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'reminderLastNotifiedDay' in changes && bg.startedAt !== null) {
      bg.passes.push(performance.now() - bg.startedAt);
      bg.startedAt = null;
    }
  });
}

/**
 * Fires the daily alarm and waits for the pass to finish. Returns false when no pass finished within
 * 20 s. Rarely, under heavy load, headless Chromium has let a one-off alarm wait minutes, or the
 * alarm fired and the pass never wrote its day (and later alarms did not fire either): such a try is
 * counted, retried, and its state logged.
 */
async function oneDailyPass(worker) {
  const started = Date.now();
  const finished = await worker.evaluate(async () => {
    // The pass's listener puts the daily alarm back after each firing; creating ours before that has
    // happened would let it overwrite ours, and the pass would never come.
    while ((await chrome.alarms.get('review-daily'))?.periodInMinutes !== 1440) await new Promise((r) => setTimeout(r, 20));
    // Re-arm today's notification so every pass does all of its work, notification included.
    await chrome.storage.local.remove('reminderLastNotifiedDay');
    await chrome.notifications.clear('stale-app-passwords');
    const done = globalThis.__benchBg.passes.length + 1;
    globalThis.__benchBg.startedAt = null;
    await chrome.alarms.create('review-daily', { when: Date.now() });
    const giveUp = Date.now() + 20_000;
    const seen = globalThis.__benchBg.alarmsSeen;
    while (globalThis.__benchBg.passes.length < done) {
      if (Date.now() > giveUp) {
        const state = JSON.stringify({ alarms: await chrome.alarms.getAll(), notifications: await chrome.notifications.getAll(), local: Object.keys(await chrome.storage.local.get(null)) });
        return `${globalThis.__benchBg.alarmsSeen > seen ? 'pass did not finish' : 'alarm did not fire'} ${state}`;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    return true;
  });
  if (process.env.BENCH_DEBUG || finished !== true) console.log(`  daily pass round trip ${Date.now() - started} ms${finished === true ? '' : ` (${finished})`}`);
  return finished === true;
}

/** Runs `count` passes, retrying those whose alarm never came (at most 2 retries in all). */
async function dailyPasses(worker, count, late) {
  for (let done = 0; done < count; ) {
    if (await oneDailyPass(worker)) done++;
    else if (++late.count > 2) throw new Error('the review-daily alarm kept not firing or its pass not finishing');
  }
}

/** What could keep the worker busy once the pass is over. */
async function leftRunning(worker) {
  // Let the last pass's own awaits settle; our polling timer above is gone by then.
  await new Promise((r) => setTimeout(r, 300));
  return worker.evaluate(async () => ({
    pendingTimers: globalThis.__benchBg.pending.size,
    alarms: (await chrome.alarms.getAll()).map((a) => ({ name: a.name, periodInMinutes: a.periodInMinutes })),
    badge: await chrome.action.getBadgeText({}),
  }));
}

/** Runs after the popup bench seeded `records` into this browser (see run.mjs). */
export async function measureBackground({ context, worker }, records, { passes = 5 } = {}) {
  worker.on('console', (m) => m.type() === 'error' && console.log(`  worker: ${m.text()}`));
  await worker.evaluate(instrument);
  const late = { count: 0 };
  await dailyPasses(worker, 1, late); // warm-up: the first pass opens the database
  const before = await worker.evaluate(() => globalThis.__benchBg.passes.length);
  await dailyPasses(worker, passes, late);
  const times = (await worker.evaluate(() => globalThis.__benchBg.passes)).slice(before);
  const after = await leftRunning(worker);

  // Stop the worker as the browser does when it is idle, then wake it with a message and run a pass.
  // Playwright keeps one handle for the extension's worker and re-attaches it to the restarted one.
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const states = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => states.push(...e.versions.map((v) => v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/src/popup/index.html`);
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'status/get' }));
  const freshGlobal = await worker.evaluate(() => globalThis.__benchBg === undefined);
  await worker.evaluate(instrument);
  await dailyPasses(worker, 1, late);
  const afterRestart = await leftRunning(worker);
  await page.close();
  const stoppedAt = states.indexOf('stopped');
  return {
    records,
    dailyPassMs: spread(times, 1),
    alarmsRetried: late.count,
    afterPass: after,
    stopped: stoppedAt >= 0,
    restarted: stoppedAt >= 0 && states.indexOf('running', stoppedAt) > stoppedAt && freshGlobal,
    afterRestart: { recordCount: reply.ok ? reply.value.recordCount : null, sameBadge: afterRestart.badge === after.badge, ...afterRestart },
  };
}
