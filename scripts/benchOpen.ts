// Opening a report from the library: from navigation to `#/report/<id>` until the DOM shows table
// 三's 总计 and the findings panel's findings, with the HTTP cache off (a cold start of the app,
// the report already in IndexedDB). Each open is a new tab of the same profile, the first closed.

import { launchChromium, spread, throttle } from './benchBrowser.ts';

const openedMessage = 'nianbao-bench: opened at';

const tabSettleMs = 3000;

export async function benchOpen(url: string, cpuRate: number, runs: number) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1200 } });
    const first = await context.newPage();
    await first.goto(url);
    await first.getByRole('button', { name: '从示例新建' }).click();
    await first.locator('[role="gridcell"][data-cell="t3.resultTotal.total"]').waitFor();
    const address = first.url();
    // One tab at a time: a second tab on the report would open it read-only.
    await first.close();

    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      await session.send('Network.setCacheDisabled', { cacheDisabled: true });
      await throttle(page, cpuRate);
      await page.addInitScript((message) => {
        // performance.now() counts from the navigation's start. (No named helper in here: tsx
        // would wrap it in a __name() call that does not exist in the page.)
        const observer = new MutationObserver(() => {
          const total = document.querySelector('[data-cell="t3.resultTotal.total"] .cell-value');
          if (!total?.textContent || !document.querySelector('.findings-panel .finding-item')) {
            return;
          }
          observer.disconnect();
          console.log(`${message} ${performance.now()}`);
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true });
      }, openedMessage);
      // A new tab of this headless Chromium loads the browser's own omnibox pages in a process
      // of their own (about a second of CPU, on one of this machine's two cores). A person opens
      // a report in a browser that has long finished doing so, so the clock starts after it.
      await page.waitForTimeout(tabSettleMs);
      // The page says when it is open on its console: polling it from here (waitForFunction)
      // would compile Playwright's injected script and run a check every frame on the page's
      // thread while the report opens — 50 ms of the measured time at 1×.
      const opened = page.waitForEvent('console', {
        predicate: (message) => message.text().startsWith(openedMessage),
        timeout: 60_000,
      });
      await page.goto(address);
      times.push(Number((await opened).text().slice(openedMessage.length)));
      await page.close();
    }
    return spread(times);
  } finally {
    await browser.close();
  }
}
