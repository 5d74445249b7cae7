// The narrative and the tables side by side: a sentence stating a figure the tables contradict is
// marked where it stands, the finding selects it, and the fields turn read-only when the report
// is locked.

import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

// The sample's table 三 has 2 new applications (一、本年新收政府信息公开申请数量·总计).
const wrongSentence = '本年共收到政府信息公开申请5件。';

test('a sentence the tables contradict is marked in place, follows edits, and goes once it agrees', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const field = page.getByLabel('（二）依申请公开');
  const marks = editor.passages('s1.requestDisclosure');
  await expect(marks).toHaveCount(0);

  await field.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(wrongSentence);
  await expect(marks).toHaveText([wrongSentence]);
  await expect(editor.finding(`写“${wrongSentence}”`)).toBeVisible();

  // Text typed before the sentence moves it; the mark moves with it.
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('据统计，');
  await expect(field).toHaveValue(/^据统计，开发区按照/);
  await expect(marks).toHaveText([wrongSentence]);

  // 5 → 2, as table 三 says.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('2');
  await expect(field).toHaveValue(/本年共收到政府信息公开申请2件。$/);
  await expect(marks).toHaveCount(0);
  await expect(editor.finding('本年共收到政府信息公开申请')).toHaveCount(0);
});

test('clicking the finding selects the sentence in its field', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const field = page.getByLabel('（二）依申请公开');
  await field.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`${wrongSentence}申请均已按时答复。`);
  // Somewhere else entirely, so the jump has to bring the field back.
  await page.getByLabel('机关名称').focus();

  await editor.finding(`写“${wrongSentence}”`).click();
  await expect(field).toBeFocused();
  expect(await editor.selectedText(field)).toBe(wrongSentence);
  await expect(editor.passages('s1.requestDisclosure')).toBeInViewport();

  // The selection is the user's: typing replaces the sentence.
  await page.keyboard.type('本年共收到政府信息公开申请2件。');
  await expect(field).toHaveValue(/本年共收到政府信息公开申请2件。申请均已按时答复。$/);
  await expect(editor.passages('s1.requestDisclosure')).toHaveCount(0);
});

test('while another tab edits the report, its text and header can be read and copied but not changed', async ({
  page,
  context,
}) => {
  await new EditorPage(page).open();
  const reader = await context.newPage();
  await reader.goto(page.url());
  await expect(reader.getByText('此报告已在另一个标签页中打开，本页只读')).toBeVisible();

  const problems = reader.getByLabel('五、存在的主要问题及改进情况');
  for (const label of ['机关名称', '报告年度', '发布日期', '导语', '综述', '（五）监督保障']) {
    await expect(reader.getByLabel(label, { exact: true })).not.toBeEditable();
  }
  await expect(problems).not.toBeEditable();
  await expect(reader.getByLabel('信息处理费收取情况（单位：元）')).not.toBeEditable();
  await expect(reader.getByLabel('机关类别')).toBeDisabled();
  await expect(reader.getByRole('button', { name: '添加事项' })).toBeDisabled();

  // Still there to read: the text takes focus and a selection.
  await problems.click();
  await expect(problems).toBeFocused();
  await reader.keyboard.press('Control+A');
  expect(await new EditorPage(reader).selectedText(problems)).toMatch(/^2024 年我区/);

  await page.close({ runBeforeUnload: true });
  await expect(problems).toBeEditable();
  await expect(reader.getByRole('button', { name: '添加事项' })).toBeEnabled();
});
