// The guards in fixtures.ts must themselves fail a test: every test here is expected to fail, and
// the run fails if one passes. The app must still load first, or the failure would prove nothing.

import { expect, test } from './fixtures.ts';

test.describe('page guards (each test expected to fail)', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('fails a test whose page logs a console error', async ({ page }) => {
    test.fail();
    await page.evaluate(() => console.error('deliberate error'));
  });

  test('fails a test whose page throws', async ({ page }) => {
    test.fail();
    await page.addScriptTag({ content: "throw new Error('deliberate uncaught error');" });
  });

  test('fails a test whose page requests an outside host', async ({ page }) => {
    test.fail();
    await page.evaluate(() => fetch('https://example.com/').catch(() => undefined));
  });
});
