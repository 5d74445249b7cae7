// Time from the keystroke that commits a cell of table 三 to the updated 总计 and finding on screen,
// in headless Chromium against the production build: the user-visible latency of a live check.
//
// Each edit is typed as a person types it: click the cell, type the digits, and press Enter once the
// page has settled (two frames and an idle callback), not in the same millisecond as the digits'
// own frame. The clock starts at the Enter key event's own time stamp and stops when the DOM holds
// both the new 总计 and the updated findings panel (the sample's R3-RESULT message names the new sum).

import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from '../src/cli/chromiumPath.mjs';

const port = 4181;
const edits = 120;

declare global {
  interface Window {
    __commitStartedAt?: number;
    __handledAt?: number;
    __latencies: number[];
    __waits: number[];
    __frames: number[];
  }
}

async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export interface EditLatency {
  /** Keystroke to the new 总计 and the updated findings panel in the DOM, in ms. */
  readonly median: number;
  readonly p95: number;
  /** Of that, the time the key waited before the page's first handler ran. */
  readonly waitMedian: number;
  readonly waitP95: number;
  /** Keystroke to the next frame after it, in ms: what the eye can see at 60 Hz. */
  readonly frameMedian: number;
  readonly frameP95: number;
  readonly edits: number;
}

export async function benchEditCommit(): Promise<EditLatency> {
  // Its own process group: killing npx alone would leave vite serving the port after the bench.
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  try {
    const url = `http://127.0.0.1:${port}/`;
    await waitForServer(url);
    const browser = await chromium.launch({
      executablePath: findChromium()?.path ?? '/usr/bin/chromium',
      args: [...chromiumLaunchArgs],
    });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
    await page.goto(url);
    // A fresh browser profile: the library is empty; the sample is one click away.
    await page.getByRole('button', { name: '从示例新建' }).click();
    await page
      .locator('[role="gridcell"][data-cell="t3.resultTotal.natural"]')
      .scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      window.__latencies = [];
      window.__waits = [];
      window.__frames = [];
      const total = document.querySelector(
        '[role="gridcell"][data-cell="t3.resultTotal.total"] .cell-value',
      );
      const panel = document.querySelector('[aria-labelledby="findings-heading"]');
      let totalBefore = '';
      let panelBefore = '';
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key !== 'Enter') return;
          // The event's own time stamp: when the key was pressed, before any handler ran.
          window.__commitStartedAt = event.timeStamp;
          window.__handledAt = performance.now();
          totalBefore = total?.textContent ?? '';
          panelBefore = panel?.textContent ?? '';
        },
        true,
      );
      // Called after every batch of DOM changes, in whichever task makes them: a panel rendered
      // later than the grid is waited for.
      const observer = new MutationObserver(() => {
        const started = window.__commitStartedAt;
        if (started === undefined) return;
        if (total?.textContent === totalBefore || panel?.textContent === panelBefore) return;
        window.__commitStartedAt = undefined;
        window.__latencies.push(performance.now() - started);
        window.__waits.push((window.__handledAt ?? started) - started);
        // The browser shows it with its next frame.
        requestAnimationFrame(() => window.__frames.push(performance.now() - started));
      });
      // Only the two places measured: observing the whole page would tax every DOM change.
      for (const target of [total, panel]) {
        if (target)
          observer.observe(target, { characterData: true, childList: true, subtree: true });
      }
    });

    const rows = ['disclosed', 'partlyDisclosed', 'withheldStateSecret', 'notProcessedRepeated'];
    for (let i = 0; i < edits; i++) {
      await page
        .locator(`[role="gridcell"][data-cell="t3.${rows[i % rows.length]}.natural"]`)
        .click();
      // Always a new value, so 总计 and the R3-RESULT finding change with every commit.
      await page.keyboard.type(String(10 + i));
      // A person presses Enter after the digits are on screen, not within the same frame.
      await page.evaluate(
        () =>
          new Promise((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(resolve))),
          ),
      );
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => window.__frames.length > n, i);
    }
    const { latencies, waits, frames } = await page.evaluate(() => ({
      latencies: window.__latencies,
      waits: window.__waits,
      frames: window.__frames,
    }));
    await browser.close();
    const sorted = [...latencies].sort((a, b) => a - b);
    const sortedWaits = [...waits].sort((a, b) => a - b);
    const sortedFrames = [...frames].sort((a, b) => a - b);
    return {
      median: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      waitMedian: percentile(sortedWaits, 50),
      waitP95: percentile(sortedWaits, 95),
      frameMedian: percentile(sortedFrames, 50),
      frameP95: percentile(sortedFrames, 95),
      edits: sorted.length,
    };
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid);
  }
}
