import { defineConfig } from '@playwright/test';
import { chromiumLaunchArgs, defaultChromiumPath, findChromium } from './src/cli/chromiumPath.mjs';

const isCI = Boolean(process.env.CI);
// Another port lets a second checkout on the same machine run its own build beside this one.
const port = Number(process.env['NIANBAO_E2E_PORT'] ?? 4173);

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
    baseURL: `http://127.0.0.1:${port}`,
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
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !isCI,
    timeout: 120_000,
  },
});
