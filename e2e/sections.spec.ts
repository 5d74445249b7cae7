// The narrative parts and the header: Chinese text, live counts, structured fields, local items.

import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

test.beforeEach(async ({ page }) => {
  await new EditorPage(page).open();
});

test('Chinese typed through an IME lands in section 一 and its count, and undo takes it back', async ({
  page,
}) => {
  const summary = page.getByLabel('综述', { exact: true });
  await summary.click();
  await page.keyboard.press('Control+End');
  const cdp = await page.context().newCDPSession(page);
  for (const text of ['z', 'zh', 'zhe', 'zheng', 'zhengw', 'zhengwu']) {
    await cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
  }
  await cdp.send('Input.insertText', { text: '政务' });
  await expect(summary).toHaveValue(/强有力的组织保证。政务$/);
  await expect(page.getByText('已写 809 字 / 建议不超过 1000 字')).toBeVisible();

  await page.getByRole('button', { name: /^撤销/ }).click();
  await expect(summary).toHaveValue(/强有力的组织保证。$/);
  await expect(page.getByText('已写 807 字 / 建议不超过 1000 字')).toBeVisible();
});

test('section 一 over 1,000 characters is flagged as the user types', async ({ page }) => {
  const editor = new EditorPage(page);
  await page.getByLabel('（五）监督保障').fill('监'.repeat(300));
  await expect(page.getByText(/超出 \d+ 字/)).toBeVisible();
  await expect(editor.finding('一、总体情况共')).toBeVisible();
});

test('stating the 信息处理费 answers T-FEE; a wrong amount is refused and changes nothing', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const summary = editor.findings().getByRole('status');
  await editor.finding('没有写明信息处理费收取情况').click();
  const fee = page.getByLabel('信息处理费收取情况（单位：元）');
  await expect(fee).toBeFocused();

  await fee.fill('0');
  await expect(summary).toHaveText('1 个错误，1 个警告，0 个提示');
  await fee.fill('十元');
  await expect(page.getByText('应为非负金额（单位：元）')).toBeVisible();
  await expect(fee).toHaveAttribute('aria-invalid', 'true');
  await expect(fee).toHaveValue('十元');
  await expect(summary).toHaveText('1 个错误，1 个警告，0 个提示');
});

test('a wrong year is refused with a message; a right one retitles the report', async ({
  page,
}) => {
  const year = page.getByLabel('报告年度');
  await year.fill('20x4');
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  await expect(year).toHaveValue('20x4');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告');

  await year.fill('2025');
  await expect(title).toHaveText('牡丹江经济技术开发区管理委员会2025年政府信息公开工作年度报告');
  // Published on 2025-01-10, a 2025 report would be out before its year ended.
  await expect(new EditorPage(page).finding('不晚于报告年度的 12 月 31 日')).toBeVisible();
});

test('local items can be added, named, filled and removed, each undoable', async ({ page }) => {
  await page.getByRole('button', { name: '添加事项' }).click();
  await page.getByLabel('第 1 项·标题').fill('人大代表建议和政协提案办理结果公开情况');
  await page.getByLabel('第 1 项·内容').fill('全年办理建议提案 3 件，均已公开答复。');
  const remove = page.getByRole('button', {
    name: '删除此事项：人大代表建议和政协提案办理结果公开情况',
  });
  await expect(remove).toBeVisible();
  await remove.click();
  await expect(page.getByLabel('第 1 项·标题')).toHaveCount(0);
  await page.getByRole('button', { name: /^撤销/ }).click();
  await expect(page.getByLabel('第 1 项·标题')).toHaveValue(
    '人大代表建议和政协提案办理结果公开情况',
  );
});
