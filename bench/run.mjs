// `npm run bench`: measures the built extension in headless Chromium and prints ratios and sizes.
// Figures go to bench/results.json; copy the table into the README when they change.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './browser.mjs';
import { TOUR_LIBRARIES_GZIP_KB, measureInjectedSize } from './size.mjs';
import { measureChurn } from './churn.mjs';

const quick = process.argv.includes('--quick');
execFileSync('bash', ['scripts/ensure-chromium.sh'], { cwd: ROOT, stdio: 'inherit' });
execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });

const results = { measuredAt: new Date().toISOString(), machine: `${(await import('node:os')).cpus().length} cores` };

console.log('1. injected size…');
results.injectedSize = { ...measureInjectedSize(), tourLibrariesGzipKB: TOUR_LIBRARIES_GZIP_KB };
console.log('4. cost under churn…');
results.churn = await measureChurn(quick ? { rounds: 4 } : {});

writeFileSync(resolve(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
const kb = (b) => (b / 1024).toFixed(1);
const s = results.injectedSize;
const c = results.churn;
console.log(`
| measure | result | target |
|---|---|---|
| injected into Microsoft's page | ${kb(s.rawBytes)} KB raw, ${kb(s.gzipBytes)} KB gzip -9 | ≤ 10 KB gzip (driver.js ${TOUR_LIBRARIES_GZIP_KB['driver.js']}, shepherd.js ${TOUR_LIBRARIES_GZIP_KB['shepherd.js']}, intro.js ${TOUR_LIBRARIES_GZIP_KB['intro.js']} KB) |
| main-thread cost under churn (${c.nodesPerFrame} nodes/frame) | ${c.medianExtraPercent} % extra, median of ${c.rounds} paired rounds (spread ${c.spreadPercent[0]} … ${c.spreadPercent[1]} %) | ≤ ${c.targetExtraPercent} % |
`);
console.log('Written to bench/results.json');
