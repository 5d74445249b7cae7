// Pointing at cells: a click selects exactly the clicked cell and never moves the page, a refused
// value says why beside its cell, and only the grid with the focus shows an active cell.

import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

test.beforeEach(async ({ page }) => {
  await new EditorPage(page).open();
});

const selectedCells = (editor: EditorPage) =>
  editor.grid(/收到和处理政府信息公开申请情况/).locator('[role="gridcell"][aria-selected="true"]');

test('the first click in 表三, far down the page, selects that cell and does not scroll', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const target = editor.cell('t3.otherHandling.commercial');
  await target.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);

  await target.click();

  await expect(target).toHaveClass(/\bactive\b/);
  await expect(selectedCells(editor)).toHaveCount(1);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await expect(target).toBeInViewport();
});

test('a click after typing in 五 selects the clicked cell where it is, without a jump', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.select('t3.newReceived.natural');
  const section5 = page.locator('[id="field-s5.text"]');
  await section5.scrollIntoViewIfNeeded();
  await section5.click();
  const target = editor.cell('t3.carriedForward.commercial');
  await target.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);

  await target.click();

  await expect(target).toHaveClass(/\bactive\b/);
  await expect(selectedCells(editor)).toHaveCount(1);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await expect(target).toBeInViewport();
});
