import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

test('opens with the sample report and its inconsistent （七）总计 listed', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();

  await expect(
    page.getByRole('heading', {
      level: 1,
      name: '牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告',
      exact: true,
    }),
  ).toBeVisible();
  await expect(editor.findings().getByRole('status')).toHaveText('1 个错误，2 个警告，0 个提示');
  await expect(
    editor.finding('表三·自然人列：（七）总计填报为 1，各项办理结果相加为 2'),
  ).toBeVisible();
  for (const name of [
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
  ]) {
    await expect(editor.grid(name)).toBeVisible();
  }
});
