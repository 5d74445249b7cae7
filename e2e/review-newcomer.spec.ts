// What a newcomer meets in the review tools: findings lead with a Chinese name, a reviewer is
// offered 确认 only where 定稿 would accept it, and a 提示 carries no status to chase.

import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';
import { LibraryPage } from './pages/library.ts';
import { ReviewPage } from './pages/review.ts';

test('findings lead with a Chinese name; 确认 only where 定稿 accepts it', async ({ page }) => {
  const editor = new EditorPage(page);
  const review = new ReviewPage(page);
  await editor.open();

  const naturalTotal = /表三·自然人列：（七）总计填报为 1/;
  await expect(review.item(naturalTotal).getByRole('button', { name: naturalTotal })).toHaveText(
    /^表三（七）总计 R3-RESULT表三·自然人列：/,
  );
  await review.toggleReviewerMode();
  const item = review.item(naturalTotal);
  await review.toggle(naturalTotal);
  await expect(item.getByRole('button', { name: '驳回', exact: true })).toBeVisible();
  await expect(item.getByRole('button', { name: '确认', exact: true })).toHaveCount(0);
  await expect(item).toContainText('这个错误必须修正，不能经审核确认');

  // A warning may still be confirmed.
  const legacy = review.item(/沿用 2019 年试行格式/);
  await review.toggle(/沿用 2019 年试行格式/);
  await expect(legacy.getByRole('button', { name: '确认', exact: true })).toBeVisible();
});

test('a new report’s 提示 carry no 待处理 badge', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('机关名称').fill('某区测试局');
  await dialog.getByRole('button', { name: '创建', exact: true }).click();
  const hints = page
    .getByRole('region', { name: '检查结果' })
    .getByRole('region', { name: '提示' });
  // A blank report's blanks are 提示: listed, but none asks to be worked through.
  await expect(hints.getByRole('listitem').first()).toBeVisible();
  await expect(new ReviewPage(page).statuses(hints)).toHaveCount(0);
  await expect(hints).not.toContainText('待处理');
});

test('审核模式 stays on across a reload, and off once turned off', async ({ page }) => {
  const editor = new EditorPage(page);
  const review = new ReviewPage(page);
  await editor.open();
  const mode = page.getByRole('button', { name: '审核模式' });
  await expect(mode).toHaveAttribute('aria-pressed', 'false');
  await review.toggleReviewerMode();
  await expect(mode).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(mode).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/^审核模式：报告只读/)).toBeVisible();

  await review.toggleReviewerMode();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(mode).toHaveAttribute('aria-pressed', 'false');
});

test('查看 in the 定稿 dialog puts the focus on the problem', async ({ page }) => {
  const editor = new EditorPage(page);
  const review = new ReviewPage(page);
  await editor.open();
  await review.bar().getByRole('button', { name: '定稿…' }).click();
  const finalise = review.dialog('定稿');
  const blocker = finalise
    .getByRole('listitem')
    .filter({ hasText: '表三·自然人列：（七）总计填报为 1' });
  await blocker.getByRole('button', { name: '查看' }).click();

  await expect(finalise).toHaveCount(0);
  await expect(editor.cell('t3.resultTotal.natural')).toHaveClass(/\bactive\b/);
  await expect(editor.activeInput()).toHaveAccessibleName(/（七）总计 自然人/);
});

test('对比上年 lists the agency’s report of the year before first and says why others cannot be', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await new EditorPage(page).open(); // 牡丹江…管理委员会, 2024
  for (const [name, year] of [
    ['某区测试局', 2024],
    ['牡丹江经济技术开发区管理委员会', 2023],
    ['牡丹江经济技术开发区管理委员会', 2025],
  ] as const) {
    await library.backFromEditor();
    await library.createBlank(name, year);
  }

  await review.bar().getByRole('button', { name: '对比上年报告…' }).click();
  const items = review.dialog('对比上年报告').getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('牡丹江经济技术开发区管理委员会2024年');
  await expect(items.nth(0).getByRole('button', { name: '关联' })).toBeEnabled();
  await expect(items.nth(1)).toContainText('某区测试局2024年');
  await expect(items.nth(1)).toContainText('机关名称与本报告不同');
  await expect(items.nth(2)).toContainText('这是 2023 年度的报告，上一年度应为 2024 年度');
  const unfit = items.nth(2).getByRole('button', { name: '关联' });
  await expect(unfit).toBeDisabled();
  await expect(unfit).toHaveCSS('border-top-color', 'rgba(0, 0, 0, 0)');
  // 关联 stays on one line beside a long title at 1280 px.
  const button = await items.nth(0).getByRole('button', { name: '关联' }).boundingBox();
  expect(button?.height ?? 0).toBeLessThan(40);
});
