import { expect, test } from './fixtures.ts';

test('shows the sample report and its inconsistent （七）总计', async ({ page }) => {
  await page.goto('/');

  await expect(
    page.getByRole('heading', {
      level: 1,
      name: '牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告',
      exact: true,
    }),
  ).toBeVisible();
  await expect(page.getByText('发布日期：2025年1月10日')).toBeVisible();

  const findings = page.getByRole('list', { name: '检查结果' });
  const totalColumnError = findings
    .getByRole('listitem')
    .filter({ hasText: '错误' })
    .filter({ hasText: '表三·总计列：（七）总计填报为 1' });
  await expect(totalColumnError).toBeVisible();
});
