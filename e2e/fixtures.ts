// Every spec imports `test` from here. It fails a test whose page threw, logged a console error, or
// tried to reach any host but the local preview server: the app must work offline.

import { test as base, expect, type BrowserContext } from '@playwright/test';

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isOutsideRequest(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  const isNetwork = ['http:', 'https:', 'ws:', 'wss:'].includes(protocol);
  return isNetwork && !localHosts.has(hostname);
}

/**
 * Watches a browser context as the fixture below does; the returned check fails the test if a page
 * threw, logged an error or reached outside. For contexts a spec launches itself (a persistent
 * profile), which the fixture does not see.
 */
export async function guardContext(context: BrowserContext): Promise<() => void> {
  const pageProblems: string[] = [];
  const outsideRequests: string[] = [];

  context.on('weberror', (error) => pageProblems.push(`page error: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    const where = url ? ` (at ${url}:${lineNumber})` : '';
    pageProblems.push(`console error: ${message.text()}${where}`);
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!isOutsideRequest(url)) return route.continue();
    outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });

  return () => {
    // Soft, so a failing test reports both lists: a blocked request also logs a console error.
    expect.soft(pageProblems, 'the page threw or logged console errors').toEqual([]);
    expect.soft(outsideRequests, 'the app requested hosts other than the local server').toEqual([]);
  };
}

export const test = base.extend<{ pageGuards: undefined }>({
  pageGuards: [
    async ({ context }, use) => {
      const check = await guardContext(context);
      await use(undefined);
      check();
    },
    { auto: true },
  ],
});

export { expect };
