#!/usr/bin/env node
// npm run replica -- report.json [--id <report id>] [--name <file name>]
//
// Turns a page report (one report, or an export of all reports from the popup's Page reports) into
// a replica page under test/fixtures/reports/, and prints the line that makes it a detection test in
// test/unit/report-fixtures.test.ts. The page keeps the report's structure; known labels stay as
// they were and masked texts become placeholders of the same shape (test/fixtures/replica/from-report.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { replicaHtml, replicaUrl } from '../test/fixtures/replica/from-report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test/fixtures/reports');

function fail(message) {
  console.error(`replica: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { id: { type: 'string' }, name: { type: 'string' } } });
if (positionals.length !== 1) fail('usage: npm run replica -- report.json [--id <report id>] [--name <file name>]');

let file;
try {
  file = JSON.parse(readFileSync(positionals[0], 'utf8'));
} catch (error) {
  fail(`cannot read ${positionals[0]}: ${error.message}`);
}
// An export of several reports holds them under `reports`; one report is the object itself.
const all = Array.isArray(file?.reports) ? file.reports : [file];
const reports = values.id ? all.filter((r) => r?.id === values.id) : all;
if (!reports.length) fail(values.id ? `no report with id ${values.id}` : 'the file holds no report');
if (reports.length > 1 && values.name) fail('--name needs one report: choose it with --id');

const isReport = (r) => r && typeof r === 'object' && typeof r.url === 'string' && typeof r.step === 'string' && r.outline && typeof r.outline.t === 'string';

mkdirSync(OUT, { recursive: true });
const lines = [];
for (const report of reports) {
  if (!isReport(report)) fail('this is not a page report (it needs url, step and outline)');
  const day = report.at ? new Date(report.at).toISOString().slice(0, 10) : 'undated';
  const base = (values.name ?? `${report.step}-${day}-${String(report.id ?? 'report').slice(0, 8)}`).replace(/[^A-Za-z0-9._-]/g, '-');
  const name = base.endsWith('.html') ? base : `${base}.html`;
  writeFileSync(join(OUT, name), replicaHtml(report));
  console.log(`wrote ${relative(ROOT, join(OUT, name))}`);
  const previous = report.previous ? { step: report.previous.step, names: report.previous.names } : null;
  lines.push(`  ${JSON.stringify({ file: name, url: replicaUrl(report), step: report.step, previous })},`);
}
console.log('\nAdd to FIXTURES in test/unit/report-fixtures.test.ts:\n');
console.log(lines.join('\n'));
