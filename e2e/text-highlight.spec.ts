// The narrative and the tables side by side: a sentence stating a figure the tables contradict is
// marked where it stands, and the finding selects it.

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
