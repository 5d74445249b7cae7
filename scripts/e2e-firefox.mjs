// Smoke journeys in real Firefox ESR (offices run it beside older Chromium browsers): open the
// sample, type into 表三 and see 总计 and a finding change, open 打印预览. Driven by puppeteer-core
// over WebDriver BiDi; fails a journey whose page threw or logged a console error.
// Usage: node scripts/e2e-firefox.mjs   (serves dist/, building it first when missing)
// Writes test-results/firefox-results.json ({ passed, failed, failures }) for scripts/run-tests.mjs.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import puppeteer from 'puppeteer-core';
import { findFirefox } from './firefox-path.mjs';

const port = Number(process.env['NIANBAO_FIREFOX_PORT'] ?? 4174);
const origin = `http://127.0.0.1:${port}`;
const reportPath = 'test-results/firefox-results.json';
// Measured: a journey takes 2–4 s here with six other builds running; waits allow ten times that.
const waitMs = 30_000;

const firefox = findFirefox();
if (!firefox) {
  console.error('No Firefox ESR: run node scripts/ensure-firefox.mjs');
  process.exit(1);
}
if (
  !existsSync('dist/index.html') &&
  spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0
) {
  process.exit(1);
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  },
);
// Ready when it answers: its banner is no signal (with CI set, Vite colours the port in it).
await waitUntilServing(origin, server);

async function waitUntilServing(url, child) {
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error('vite preview exited before serving');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-child.pid, 'SIGTERM');
  throw new Error(`vite preview did not answer at ${url} within 60 s`);
}

const check = (condition, what) => {
  if (!condition) throw new Error(what);
};
const textOf = (page, selector) => page.$eval(selector, (element) => element.textContent ?? '');
const waitForText = (page, selector, text) =>
  page.waitForFunction(
    (sel, expected) =>
      globalThis.document.querySelector(sel)?.textContent?.includes(expected) ?? false,
    { timeout: waitMs },
    selector,
    text,
  );

async function openSample(page) {
  await page.goto(`${origin}/`);
  await page.locator('button::-p-text(从示例新建)').setTimeout(waitMs).click();
  await waitForText(page, 'h1', '政府信息公开工作年度报告');
}

const cell = (address) => `[role="gridcell"][data-cell="${address}"]`;

const journeys = {
  'the sample opens with its tables filled in': async (page) => {
    await openSample(page);
    check(
      (await textOf(page, `${cell('t3.newReceived.total')} .cell-value`)) === '2',
      '表三 总计 is 2',
    );
  },
  'typing into 表三 updates 总计 and the findings, the input over the cell': async (page) => {
    await openSample(page);
    await page.click(cell('t3.newReceived.commercial'));
    await page.keyboard.type('3');
    // The input is laid over the active cell (by CSS anchors, or anchorFallback.ts where missing).
    await page.waitForFunction(
      (selector) => {
        const input = globalThis.document
          .querySelector('input.cell-input:focus')
          ?.getBoundingClientRect();
        const target = globalThis.document.querySelector(selector)?.getBoundingClientRect();
        return (
          input !== undefined &&
          target !== undefined &&
          Math.abs(input.top - target.top) < 2 &&
          Math.abs(input.left - target.left) < 2
        );
      },
      { timeout: waitMs },
      cell('t3.newReceived.commercial'),
    );
    await page.keyboard.press('Enter');
    await waitForText(page, `${cell('t3.newReceived.total')} .cell-value`, '5');
    await waitForText(page, '.findings-panel', '一、本年新收（3）加二、上年结转（0）为 3');
  },
  '打印预览 shows the report': async (page) => {
    await openSample(page);
    await page.locator('button::-p-text(打印预览)').setTimeout(waitMs).click();
    await waitForText(page, 'dialog[open]', '三、收到和处理政府信息公开申请情况');
  },
};

const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: firefox,
  headless: true,
});
const failures = [];
let passed = 0;
try {
  for (const [name, journey] of Object.entries(journeys)) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    page.setDefaultTimeout(waitMs);
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    try {
      await journey(page);
      check(problems.length === 0, `the page logged errors:\n    ${problems.join('\n    ')}`);
      passed += 1;
      console.log(`  ✓ [firefox] ${name}`);
    } catch (error) {
      failures.push({ name, error: String(error instanceof Error ? error.message : error) });
      console.log(`  ✘ [firefox] ${name}\n    ${failures.at(-1).error}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  process.kill(-server.pid, 'SIGTERM');
}

mkdirSync('test-results', { recursive: true });
writeFileSync(reportPath, JSON.stringify({ passed, failed: failures.length, failures }, null, 2));
console.log(`firefox: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
