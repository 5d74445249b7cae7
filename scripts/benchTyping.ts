// Typing into a narrative field, with T-TEXT and L-REPEAT live: how long each key waits for its
// character to be on screen, from the key event's time stamp to the frame after its input event.
// The same keys are typed into a bare textarea, in the same Chromium: the floor this browser and
// throttle give any page, so a slow key can be told apart from a slow machine.

import type { Locator, Page } from '@playwright/test';
import { sampleReport } from '../src/sample/mudanjiang2024.ts';
import { launchChromium, spread, throttle, type Spread } from './benchBrowser.ts';

declare global {
  interface Window {
    __keyAt?: number;
    __keyFrames: number[];
  }
}

export interface TypingSpread extends Spread {
  /** Each run's first key after clicking into the field: it pays for what the click left running. */
  readonly firsts: readonly number[];
  /** The slowest key after the first, over all runs. */
  readonly laterMax: number;
}

// Keys a keyboard sends (an IME's committed text arrives without a keydown to time from), typed at
// a brisk 10 keys a second; the rules read the text the same whatever its script.
const keystrokes = 'In 2024 we held 3 training sessions for 200 staff. ';

async function typeAndTime(page: Page, field: Locator, cpuRate: number, keys: number) {
  await field.click();
  await page.keyboard.press('End');
  await throttle(page, cpuRate);
  await field.evaluate((element) => {
    window.__keyFrames = [];
    element.addEventListener('keydown', (event) => {
      window.__keyAt = event.timeStamp;
    });
    element.addEventListener('input', () => {
      const started = window.__keyAt;
      if (started === undefined) return;
      window.__keyAt = undefined;
      requestAnimationFrame(() => window.__keyFrames.push(performance.now() - started));
    });
  });
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(keystrokes[i % keystrokes.length] ?? '.');
    await page.waitForTimeout(100);
  }
  await page.waitForFunction((n) => window.__keyFrames.length >= n, keys);
  return page.evaluate(() => window.__keyFrames);
}

/** Key waits over `runs` fresh browsers, each typing `keys` keys into what `open` returns. */
async function timeRuns(
  runs: number,
  keys: number,
  cpuRate: number,
  open: (page: Page) => Promise<Locator>,
): Promise<TypingSpread> {
  const all: number[] = [];
  const firsts: number[] = [];
  let laterMax = 0;
  for (let run = 0; run < runs; run++) {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
      const [first = NaN, ...later] = await typeAndTime(page, await open(page), cpuRate, keys);
      all.push(first, ...later);
      firsts.push(first);
      laterMax = Math.max(laterMax, ...later);
    } finally {
      await browser.close();
    }
  }
  return { ...spread(all), firsts, laterMax };
}

/** Typing into 一、总体情况's 监督保障 field of a report made from the sample. */
export function benchTyping(url: string, cpuRate: number, runs: number, keys: number) {
  return timeRuns(runs, keys, cpuRate, async (page) => {
    await page.goto(url);
    await page.getByRole('button', { name: '从示例新建' }).click();
    return page.locator('[id="field-s1.supervision"]');
  });
}

/** The same keys into a textarea alone on a page, holding the same text. */
export function benchTypingFloor(cpuRate: number, runs: number, keys: number) {
  return timeRuns(runs, keys, cpuRate, async (page) => {
    await page.setContent('<textarea rows="5" style="width: 60em"></textarea>');
    const field = page.locator('textarea');
    await field.fill(sampleReport.overview.supervision);
    return field;
  });
}
