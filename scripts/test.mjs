// `npm test`: every tier, in order, stopping at the first that fails; ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const reports = '.test-reports';
mkdirSync(reports, { recursive: true });
let passed = 0;
let failed = 0;

function run(label, command, args, { json } = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (json && existsSync(json)) {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (result.status !== 0) {
    if (!json) failed += 1;
    console.log(`\n✖ ${label} failed`);
    finish(1);
  }
}

function finish(code) {
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(code);
}

const vitest = (config, name) => {
  const json = `${reports}/${name}.json`;
  return ['npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], { json }];
};

run('Type check (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
run('Unit tests', ...vitest('vitest.config.ts', 'unit'));
run('Build (Chrome/Edge and Firefox)', 'npm', ['run', '--silent', 'build']);
run('Firefox lint (web-ext lint)', 'node', ['scripts/lint-firefox.mjs']);
run('Chromium present', 'bash', ['scripts/ensure-chromium.sh']);
run('Browser tests (Chromium)', ...vitest('vitest.browser.config.ts', 'browser'));
finish(0);
