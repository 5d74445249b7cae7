import { defineConfig } from '@playwright/test';
import { chromiumLaunchArgs, defaultChromiumPath, findChromium } from './scripts/chromium-path.mjs';

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  // Artifacts get their own folder: Playwright empties outputDir on start, and the unit results
  // that scripts/run-tests.mjs reads live beside it in test-results/.
  outputDir: 'test-results/e2e-artifacts',
  workers: 2,
  forbidOnly: isCI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        headless: true,
        launchOptions: {
          // scripts/ensure-chromium.mjs installs one when this finds none.
          executablePath: findChromium()?.path ?? defaultChromiumPath,
          args: [...chromiumLaunchArgs],
        },
      },
    },
  ],
  // One production build serves every spec: the tests see what users get.
  webServer: {
    command: 'npm run build && npm run preview',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !isCI,
    timeout: 120_000,
  },
});
