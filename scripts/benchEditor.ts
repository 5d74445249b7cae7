// Time from the keystroke that commits a cell of table 三 to the updated 总计 and finding on screen,
// in headless Chromium against the production build: the user-visible latency of a live check.
//
// Each edit is typed as a person types it: click the cell, type the digits, and press Enter once the
// page has settled (two frames and an idle callback), not in the same millisecond as the digits'
// own frame. The clock starts at the Enter key event's own time stamp and stops when the DOM holds
// both the new 总计 and the updated findings panel (the sample's R3-RESULT message names the new sum).

import { launchChromium, settle, spread, throttle, type Spread } from './benchBrowser.ts';

declare global {
  interface Window {
    __commitStartedAt?: number;
    __handledAt?: number;
    __latencies: number[];
    __waits: number[];
    __frames: number[];
  }
}

export interface EditLatency {
  /** Keystroke to the new 总计 and the updated findings panel in the DOM, in ms. */
  readonly commit: Spread;
  /** Of that, the time the key waited before the page's first handler ran. */
  readonly wait: Spread;
  /** Keystroke to the next frame after it, in ms: what the eye can see at 60 Hz. */
  readonly frame: Spread;
}

export async function benchEditCommit(url: string, cpuRate: number, edits: number) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
    await page.goto(url);
    // A fresh browser profile: the library is empty; the sample is one click away.
    await page.getByRole('button', { name: '从示例新建' }).click();
    await page
      .locator('[role="gridcell"][data-cell="t3.resultTotal.natural"]')
      .scrollIntoViewIfNeeded();
    await throttle(page, cpuRate);
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
      await settle(page);
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => window.__frames.length > n, i);
    }
    const { latencies, waits, frames } = await page.evaluate(() => ({
      latencies: window.__latencies,
      waits: window.__waits,
      frames: window.__frames,
    }));
    const result: EditLatency = {
      commit: spread(latencies),
      wait: spread(waits),
      frame: spread(frames),
    };
    return result;
  } finally {
    await browser.close();
  }
}
