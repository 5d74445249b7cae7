// Findings in the cells and in the panel: marks, descriptions, jumping, and 采用计算值.

import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

test.beforeEach(async ({ page }) => {
  await new EditorPage(page).open();
});

test('a cell with a finding is marked, described and explained on hover', async ({ page }) => {
  const editor = new EditorPage(page);
  const cell = editor.cell('t3.resultTotal.natural');
  await expect(cell).toHaveClass(/has-error/);
  await expect(cell.getByText('✕', { exact: true })).toBeVisible();
  await expect(cell).toHaveAccessibleDescription(
    /申报值 1，计算值 2。.*（七）总计填报为 1，各项办理结果相加为 2/,
  );
  await expect(cell).toHaveAccessibleName('三、本年度办理结果 （七）总计 自然人 2');
  await cell.hover();
  await expect(cell.getByRole('tooltip')).toBeVisible();
  await expect(editor.declared('t3.resultTotal.natural')).toHaveText('申报 1');
});

test('a description on hover covers neither the rows below, the active cell nor 采用计算值', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const box = async (locator: ReturnType<EditorPage['cell']>) => {
    const found = await locator.boundingBox();
    if (!found) throw new Error('not on screen');
    return found;
  };
  // The bottom rows' descriptions open upwards, inside the table, clear of 四、结转下年度 below.
  const total = editor.cell('t3.resultTotal.total');
  await total.hover();
  const about = total.getByRole('tooltip');
  await expect(about).toBeVisible();
  expect((await box(about)).y + (await box(about)).height).toBeLessThanOrEqual(
    (await box(total)).y + 1,
  );

  // The active total says it all under the table: no description over its 采用计算值.
  await total.click();
  const adopt = page.getByRole('button', { name: '采用计算值', exact: true });
  await expect(adopt).toBeVisible();
  await total.hover();
  await expect(about).toBeHidden();
  await adopt.hover();
  await expect(adopt).toBeVisible();

  // Moving by keyboard under a hovered cell hides its description until the mouse moves again.
  const upper = editor.cell('t3.disclosed.natural');
  await upper.click();
  await editor.cell('t3.disclosed.natural').hover();
  await page.keyboard.press('ArrowDown');
  await expect(editor.cell('t3.partlyDisclosed.natural')).toHaveClass(/\bactive\b/);
  await expect(upper.getByRole('tooltip')).toBeHidden();
  await page.mouse.move(0, 0);
  await upper.hover();
  await expect(upper.getByRole('tooltip')).toBeVisible();
});

test('the descriptions of the other cells a finding names follow an edit', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.enter('t3.disclosed.natural', '5');
  // Not the active cell: its description catches up once the browser is idle.
  await expect(editor.cell('t3.partlyDisclosed.natural')).toHaveAccessibleDescription(
    /（七）总计填报为 1，各项办理结果相加为 6/,
  );
  // The 总计 column repeats the 自然人 column's wrong figure: one error, and its cell says so.
  await expect(editor.finding('表三·自然人列：（七）总计填报为 1')).toContainText(
    '总计列的（七）总计（填报 1，计算 6）随之相差 5，不另计错误',
  );
  await expect(editor.cell('t3.resultTotal.total')).toHaveAccessibleDescription(
    /申报值 1，计算值 6/,
  );
});

test('clicking a finding focuses and highlights its cell', async ({ page }) => {
  const editor = new EditorPage(page);
  const cell = editor.cell('t3.resultTotal.natural');
  // The flash lasts 2.5 s, which a loaded machine can miss between two polls: the cell records it.
  await cell.evaluate((element) => {
    new MutationObserver(() => {
      if (element.hasAttribute('data-flash')) element.setAttribute('data-flashed', '');
    }).observe(element, { attributeFilter: ['data-flash'] });
  });
  await editor.finding('表三·自然人列：（七）总计填报为 1').click();
  await expect(cell).toHaveAttribute('data-flashed', '');
  await expect(cell).toHaveClass(/\bactive\b/);
  await expect(editor.activeInput()).toHaveAccessibleName('三、本年度办理结果 （七）总计 自然人');
  await expect(page.getByRole('list', { name: '本格的检查结果' })).toContainText(
    '（七）总计填报为 1',
  );
});

test('采用计算值 for one cell and for all, each one undoable step', async ({ page }) => {
  const editor = new EditorPage(page);
  const summary = editor.findings().getByRole('status');
  await editor.select('t3.resultTotal.natural');
  await expect(page.getByText('这一格的申报值为 1，计算值为 2。')).toBeVisible();
  await page.getByRole('button', { name: '采用计算值', exact: true }).click();
  await expect(editor.declared('t3.resultTotal.natural')).toHaveCount(0);
  // The 总计 column's printed 1 no longer echoes a wrong 自然人 figure: now it is the wrong one.
  await expect(summary).toHaveText('1 个错误，2 个警告，0 个提示');
  await expect(editor.finding('表三·总计列：（七）总计填报为 1')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(editor.finding('表三·自然人列：（七）总计填报为 1')).toBeVisible();
  await expect(editor.finding('表三·总计列：（七）总计填报为 1')).toHaveCount(0);
  await expect(summary).toHaveText('1 个错误，2 个警告，0 个提示');

  await page.getByRole('button', { name: '全部采用计算值' }).click();
  await expect(summary).toHaveText('0 个错误，2 个警告，0 个提示');
  await page.getByRole('button', { name: /^撤销/ }).click();
  await expect(summary).toHaveText('1 个错误，2 个警告，0 个提示');
});

test('the navigation counts each part’s errors and warnings', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: '报告各部分' });
  await expect(
    nav.getByRole('link', { name: /三、收到和处理政府信息公开申请情况/ }),
  ).toHaveAccessibleName(/（1 个错误，1 个警告）/);
  await expect(nav.getByRole('link', { name: /六、其他需要报告的事项/ })).toHaveAccessibleName(
    /（1 个警告）/,
  );
});
