// `npm test`: every tier, in order, stopping at the first that fails; ends with the static checks'
// results, each browser's counts and then one summary line, `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.test-reports';
mkdirSync(reports, { recursive: true });
let passed = 0;
let failed = 0;
/** Counts per browser tier, printed before the summary line; a tier never reached says so. */
const browsers = { 'Chromium': null, 'Firefox ESR': null };
/** Static checks without a test count: clean or failed, printed before the browsers. */
const checks = { 'Lint (oxlint)': null, 'Dead code (knip)': null };

function run(label, command, args, { json, browser, check } = {}) {
  console.log(`\n▶ ${label}`);
  if (json) rmSync(json, { force: true });
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (json && existsSync(json)) {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (browser) browsers[browser] = { passed: report.numPassedTests, failed: report.numFailedTests };
  }
  if (check) checks[check] = result.status === 0 ? 'clean' : 'failed';
  if (result.status !== 0) {
    if (!json) failed += 1;
    console.log(`\n✖ ${label} failed`);
    finish(1);
  }
}

function finish(code) {
  console.log('');
  for (const [check, outcome] of Object.entries(checks)) console.log(`${check}: ${outcome ?? 'not run'}`);
  for (const [browser, counts] of Object.entries(browsers)) {
    console.log(counts ? `${browser}: ${counts.passed} passed, ${counts.failed} failed` : `${browser}: not run`);
  }
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(code);
}

const vitest = (config, name, browser) => {
  const json = `${reports}/${name}.json`;
  return ['npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], { json, browser }];
};

run('Type check (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
run('Lint (oxlint, type-aware)', 'npx', ['oxlint'], { check: 'Lint (oxlint)' });
run('Dead code (knip)', 'npx', ['knip'], { check: 'Dead code (knip)' });
run('Unit tests', ...vitest('vitest.config.ts', 'unit'));
run('Build (Chrome/Edge and Firefox)', 'npm', ['run', '--silent', 'build']);
run('Firefox lint (web-ext lint)', 'node', ['scripts/lint-firefox.mjs']);
run('Chromium present', 'bash', ['scripts/ensure-chromium.sh']);
run('Browser tests (Chromium, dist/chrome)', ...vitest('vitest.browser.config.ts', 'browser', 'Chromium'));
run('Firefox ESR present', 'bash', ['scripts/ensure-firefox.sh']);
run('Browser tests (Firefox ESR, dist/firefox)', ...vitest('vitest.firefox.config.ts', 'firefox', 'Firefox ESR'));
finish(0);
