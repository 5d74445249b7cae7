// Typing into a narrative field, with T-TEXT and L-REPEAT live: how long each key waits for its
// character to be on screen, from the key event's time stamp to the frame after its input event.

import { launchChromium, spread, throttle } from './benchBrowser.ts';

declare global {
  interface Window {
    __keyAt?: number;
    __keyFrames: number[];
  }
}

export async function benchTyping(url: string, cpuRate: number, keys: number) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
    await page.goto(url);
    await page.getByRole('button', { name: '从示例新建' }).click();
    const field = page.locator('[id="field-s1.supervision"]');
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
    // Keys a keyboard sends (an IME's committed text arrives without a keydown to time from),
    // typed at a brisk 10 keys a second; the rules read the text the same whatever its script.
    const keystrokes = 'In 2024 we held 3 training sessions for 200 staff. ';
    for (let i = 0; i < keys; i++) {
      await page.keyboard.press(keystrokes[i % keystrokes.length] ?? '.');
      await page.waitForTimeout(100);
    }
    await page.waitForFunction((n) => window.__keyFrames.length >= n, keys);
    const frames = await page.evaluate(() => window.__keyFrames);
    return { ...spread(frames), max: Math.max(...frames) };
  } finally {
    await browser.close();
  }
}
