// What the browser benches share: a preview server of the production build, a Chromium like the
// e2e tests', a CPU throttle standing in for an office PC, and median / p95 of a run.

import { spawn } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from '../src/cli/chromiumPath.mjs';

export interface Spread {
  readonly median: number;
  readonly p95: number;
  readonly count: number;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), count: sorted.length };
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

export function formatSpread({ median, p95 }: Spread): string {
  return `median ${ms(median)}, p95 ${ms(p95)}`;
}

async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`preview server did not start at ${url} within a minute`);
}

/** Serves dist/ (built beforehand) until the callback ends. */
export async function withPreview<T>(port: number, run: (url: string) => Promise<T>): Promise<T> {
  // Its own process group: killing npx alone would leave vite serving the port after the bench.
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  try {
    const url = `http://127.0.0.1:${port}/`;
    await waitForServer(url);
    return await run(url);
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid);
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium()?.path ?? '/usr/bin/chromium',
    args: [...chromiumLaunchArgs],
  });
}

/**
 * Slows the page's CPU by `rate` (1 = as this machine is), the DevTools way: the stand-in for the
 * dual-core office PC the issue measured against.
 */
export async function throttle(page: Page, rate: number) {
  if (rate === 1) return;
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Lets the page settle as a person's pause would: two frames, then an idle moment. */
export function settle(page: Page) {
  return page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(resolve))),
      ),
  );
}

declare global {
  interface Window {
    __changedAt?: number;
    __longestTask?: number;
  }
}

/**
 * Page script for the in-app benches: when a file input last changed, and the longest task the
 * page's thread ran since (PerformanceObserver 'longtask': every task over 50 ms). The task in
 * which Playwright hands the files over starts before the change event and is left out. Arrows
 * only inside: tsx would give a named inner function a __name() call the page does not have.
 */
export function watchAfterFileChange() {
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
        window.__changedAt = performance.now();
        window.__longestTask = 0;
      }
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const changedAt = window.__changedAt;
      if (changedAt === undefined || entry.startTime < changedAt) continue;
      window.__longestTask = Math.max(window.__longestTask ?? 0, entry.duration);
    }
  }).observe({ type: 'longtask' });
}
