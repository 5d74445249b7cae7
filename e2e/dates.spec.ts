// The 发布日期 in an English-language browser: shown and read as a Chinese report writes it, never
// as the browser's mm/dd/yyyy.

import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

test.use({ locale: 'en-US' });

test('the 发布日期 reads 2025年1月10日 and takes 2025-01-10 whatever the browser’s language', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const date = page.getByLabel('发布日期');
  await expect(date).toHaveValue('2025年1月10日');

  await date.fill('2025/1/9');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await date.fill('01/10/2025');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('应为日期，如 2025年1月10日 或 2025-01-10')).toBeVisible();

  // The report kept the last valid date: after a reload the field shows it the Chinese way.
  await editor.waitUntilSaved();
  await page.reload();
  await expect(page.getByLabel('发布日期')).toHaveValue('2025年1月9日');
});
