// 新建报告 asks what the checks need from the start: the agency, the year and its 机关类别.

import { expect, test } from './fixtures.ts';

test('新建报告 asks 机关类别, and the new report has it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('机关名称').fill('某县教育局');
  await dialog.getByLabel('年度').fill('2025');
  await dialog.getByLabel(/^机关类别/).selectOption('县级政府部门');
  await dialog.getByRole('button', { name: '创建', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '某县教育局2025年政府信息公开工作年度报告',
  );
  await expect(page.getByLabel('机关类别')).toHaveValue('县级政府部门');
  await expect(page.getByRole('region', { name: '检查结果' })).not.toContainText(
    '尚未填写：机关类别',
  );
});
