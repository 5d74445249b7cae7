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
  // Measured with a second npm test running beside this one (load ~8 on 2 cores): a report took
  // over 5 s to open in a second tab and a two-tab journey over 30 s, three times their quiet
  // times. The defaults (5 s, 30 s) are tripled; a spec that needs more sets its own.
  timeout: 90_000,
  expect: { timeout: 15_000 },
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
