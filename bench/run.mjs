// `npm run bench` (`-- --quick` for a short run): measures the built extension in headless Chromium
// against the replicas and prints the README's table. Figures go to bench/results.json; commit it
// with the README's Performance table when they change. Every figure is a size, a ratio or a time
// taken inside the browser (the page's, the popup's or the worker's own clock), never Playwright's.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './browser.mjs';
import { TOUR_LIBRARIES_GZIP_KB, measureInjectedSize } from './size.mjs';
import { measureStartup } from './startup.mjs';
import { measureReaction } from './reaction.mjs';
import { measureChurn } from './churn.mjs';
import { measureFirstList } from './first-list.mjs';
import { measurePopup } from './popup.mjs';
import { measureBackground } from './background.mjs';
import { table } from './table.mjs';

const quick = process.argv.includes('--quick');
// `--popup`: only the popup rows (5), for working on the popup; the other figures are left out.
const popupOnly = process.argv.includes('--popup');
execFileSync('bash', ['scripts/ensure-chromium.sh'], { cwd: ROOT, stdio: 'inherit' });
execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });

const began = Date.now();
const results = {
  measuredAt: new Date().toISOString(),
  quick,
  machine: { cores: cpus().length, cpu: cpus()[0]?.model, loadAverageAtStart: loadavg().map((l) => Math.round(l * 10) / 10) },
  chromium: execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
};
const step = (label) => console.log(`${label}… (${Math.round((Date.now() - began) / 1000)} s)`);

if (!popupOnly) {
  step('1. injected size');
  results.injectedSize = { ...measureInjectedSize(), tourLibrariesGzipKB: TOUR_LIBRARIES_GZIP_KB };
  step('2. startup');
  results.startup = await measureStartup(quick ? { loads: 5 } : {});
  step('3. reaction');
  results.reaction = await measureReaction(quick ? { transitions: 40 } : {});
  step('3b. the first list after a loading spinner');
  results.firstList = await measureFirstList(quick ? { loads: 3 } : {});
  step('4. cost under churn');
  results.churn = await measureChurn(quick ? { rounds: 4 } : {});
}
step('5. popup, and 6. background on the largest inventory');
results.popup = await measurePopup({
  opens: quick ? 3 : 11,
  ...(quick && { sizes: [40, 10_000] }),
  onSeeded: async (launched, records) => {
    if (records !== 10_000 || popupOnly) return;
    try {
      results.background = await measureBackground(launched, records, { passes: quick ? 3 : 7 });
    } catch (error) {
      // Reported, not fatal: the other figures of this run still stand.
      results.background = { records, error: String(error.message ?? error) };
    }
  },
});
results.seconds = Math.round((Date.now() - began) / 1000);
results.machine.loadAverageAtEnd = loadavg().map((l) => Math.round(l * 10) / 10);

// A popup-only run is for iterating: printed, not written over the full run's figures.
if (!popupOnly) writeFileSync(resolve(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
if (popupOnly) {
  for (const size of results.popup.sizes)
    for (const mode of ['cold', 'warm']) console.log(size.records, mode, JSON.stringify({ gap: size[mode].gap.p50, empty: size[mode].emptyPage.p50, popup: size[mode].popup.p50, appGap: size[mode].appGap?.p50, floorGap: size[mode].floorGap?.p50, popupFirstFrame: size[mode].firstFrameP50, marks: size[mode].marksP50, dcl: size[mode].domContentLoadedP50 }));
}
console.log(`\n${table(results)}\n\n${results.seconds} s${popupOnly ? '' : '; written to bench/results.json'}`);
