// Time from the keystroke that commits a cell of table 三 to the updated 总计 on screen, in headless
// Chromium against the production build: the user-visible latency of a live check.

import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from './chromium-path.mjs';

const port = 4181;
const edits = 120;

declare global {
  interface Window {
    __commitStartedAt?: number;
    __latencies: number[];
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
  /** Keystroke to the new 总计 in the DOM, in ms. */
  readonly median: number;
  readonly p95: number;
  /** Keystroke to the next frame after it, in ms: what the eye can see at 60 Hz. */
  readonly frameMedian: number;
  readonly frameP95: number;
  readonly edits: number;
}

export async function benchEditCommit(): Promise<EditLatency> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore',
    },
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
      window.__frames = [];
      const total = document.querySelector(
        '[role="gridcell"][data-cell="t3.resultTotal.total"] .cell-value',
      );
      document.addEventListener(
        'keydown',
        (event) => {
          // The event's own time stamp: when the key was pressed, before any handler ran.
          if (event.key === 'Enter') window.__commitStartedAt = event.timeStamp;
        },
        true,
      );
      new MutationObserver(() => {
        const started = window.__commitStartedAt;
        if (started === undefined) return;
        window.__commitStartedAt = undefined;
        // The DOM holds the new 总计 (and, from the same render, the findings): the page's work is done.
        window.__latencies.push(performance.now() - started);
        // The browser shows it with its next frame.
        requestAnimationFrame(() => window.__frames.push(performance.now() - started));
      }).observe(total as Node, { characterData: true, childList: true, subtree: true });
    });

    const rows = ['disclosed', 'partlyDisclosed', 'withheldStateSecret', 'notProcessedRepeated'];
    for (let i = 0; i < edits; i++) {
      await page
        .locator(`[role="gridcell"][data-cell="t3.${rows[i % rows.length]}.natural"]`)
        .click();
      // Always a new value, so 总计 changes with every commit.
      await page.keyboard.type(String(10 + i));
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => window.__latencies.length > n, i);
    }
    const { latencies, frames } = await page.evaluate(() => ({
      latencies: window.__latencies,
      frames: window.__frames,
    }));
    await browser.close();
    const sorted = [...latencies].sort((a, b) => a - b);
    const sortedFrames = [...frames].sort((a, b) => a - b);
    return {
      median: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      frameMedian: percentile(sortedFrames, 50),
      frameP95: percentile(sortedFrames, 95),
      edits: sorted.length,
    };
  } finally {
    server.kill();
  }
}
