// `npm test`: unit tests, then e2e tests (Chromium), then smoke journeys in Firefox ESR, then one
// closing line CI can read: "N passed, N failed".
// Each runner writes a JSON report; a runner that leaves none (it crashed) counts as a failure.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import process from 'node:process';

const unitReport = 'test-results/unit-results.json';
const e2eReport = 'test-results/e2e-results.json';
const firefoxReport = 'test-results/firefox-results.json';

// Every step has a ceiling well above its measured time, so a hang fails the run with a reason
// instead of holding CI until its own limit. The whole process group goes: browsers and servers too.
const minutes = 60_000;

function run(command, args, limitMs = 10 * minutes) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', detached: true });
    const forward = () => process.kill(-child.pid, 'SIGTERM');
    process.once('SIGINT', forward);
    process.once('SIGTERM', forward);
    const timer = setTimeout(() => {
      console.error(`\n${command} ${args[0] ?? ''} ran past ${limitMs / minutes} min; stopped.`);
      process.kill(-child.pid, 'SIGKILL');
    }, limitMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? 1);
    });
  });
}

function readReport(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

/** Turns a runner's report and exit code into counts; problems without a failed test still fail. */
function tally(name, report, exitCode, toCounts) {
  if (!report) {
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      note: `${name} crashed: it wrote no ${name} report`,
    };
  }
  const counts = toCounts(report);
  if (exitCode !== 0 && counts.failed === 0) {
    return {
      ...counts,
      failed: 1,
      note: `${name} exited with code ${exitCode} (see output above)`,
    };
  }
  return counts;
}

/** A port nothing listens on now: a second checkout's `npm test` beside this one takes another. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

process.env['NIANBAO_E2E_PORT'] ??= String(await freePort());
while (
  !process.env['NIANBAO_FIREFOX_PORT'] ||
  process.env['NIANBAO_FIREFOX_PORT'] === process.env['NIANBAO_E2E_PORT']
) {
  process.env['NIANBAO_FIREFOX_PORT'] = String(await freePort());
}

// Stale reports from an earlier run must not stand in for a runner that crashed this time.
rmSync(unitReport, { force: true });
rmSync(e2eReport, { force: true });
rmSync(firefoxReport, { force: true });

// The unit tests include printing a PDF (src/cli/export.test.ts), so Chromium, a Chinese font and
// poppler's pdftotext come first; without them those tests fail and say what is missing.
const hasChromium = (await run('node', ['scripts/ensure-chromium.mjs'], 20 * minutes)) === 0;
await run('node', ['scripts/ensure-print-tools.mjs'], 20 * minutes);

const unitExit = await run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${unitReport}`],
  8 * minutes,
);
// Read now: nothing later may touch test-results/ before we count.
const unit = tally('vitest', readReport(unitReport), unitExit, (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests,
  skipped: report.numPendingTests + report.numTodoTests,
}));

let e2e;
if (!hasChromium) {
  e2e = { passed: 0, failed: 1, skipped: 0, note: 'e2e tests not run: no Chromium (see above)' };
} else {
  // 8 min alone; 19.7 min measured with a second `npm test` and a unit run beside it.
  const e2eExit = await run('npx', ['playwright', 'test'], 30 * minutes);
  e2e = tally('playwright', readReport(e2eReport), e2eExit, ({ stats }) => ({
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    skipped: stats.skipped,
  }));
}

// Firefox ESR serves the build the e2e run just made (scripts/e2e-firefox.mjs builds when missing).
let firefox;
if ((await run('node', ['scripts/ensure-firefox.mjs'], 20 * minutes)) !== 0) {
  firefox = { passed: 0, failed: 1, skipped: 0, note: 'Firefox smoke not run: no Firefox ESR' };
} else {
  const firefoxExit = await run('node', ['scripts/e2e-firefox.mjs'], 5 * minutes);
  firefox = tally('firefox', readReport(firefoxReport), firefoxExit, (report) => ({
    passed: report.passed,
    failed: report.failed,
    skipped: 0,
  }));
}

const results = [unit, e2e, firefox];
const total = (key) => results.reduce((sum, result) => sum + result[key], 0);
const [passed, failed, skipped] = [total('passed'), total('failed'), total('skipped')];

console.log('');
for (const { note } of results) if (note) console.log(note);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
