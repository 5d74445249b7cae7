// A reviewer's whole round on the sample: attach last year's report from a file, work every finding
// to a status (the name asked once), try 定稿 while something is open, finalise, find the report
// read-only and still finalised after a reload, reopen with a reason, and print the review copy.

import { readFile, writeFile } from 'node:fs/promises';
import { serializeReport } from '../src/export/json.ts';
import { createBlankReport } from '../src/model/blank.ts';
import { parseReportText } from '../src/model/parse.ts';
import { sampleReport } from '../src/sample/mudanjiang2024.ts';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';
import { LibraryPage } from './pages/library.ts';
import { printToPdf } from './pages/pdf.ts';
import { ReviewPage } from './pages/review.ts';

/** Last year's report: it carried one request of a 自然人 forward, and said the same in section 五. */
function priorYearFile(): string {
  const blank = createBlankReport(2023, sampleReport.header.agencyName);
  return serializeReport({
    ...blank,
    cells: { 't3.carriedForward.natural': 1 },
    problems: sampleReport.problems,
  });
}

const carryOver = /表三·自然人列：二、上年结转/;

test('a reviewer attaches last year, works every finding, finalises, reopens and prints the marks', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const editor = new EditorPage(page);
  const review = new ReviewPage(page);
  await editor.open();

  // Last year's report, from a JSON file: the cross-year rules run at once.
  const priorPath = testInfo.outputPath('2023.json');
  await writeFile(priorPath, priorYearFile());
  await review.bar().getByRole('button', { name: '对比上年报告…' }).click();
  await review
    .dialog('对比上年报告')
    .getByLabel('选择上一年度报告的 JSON 文件')
    .setInputFiles(priorPath);
  await expect(review.bar()).toContainText('上一年度报告：牡丹江经济技术开发区管理委员会2023年');
  // Once, in the 自然人 column: the 总计 column only repeats it.
  await expect(
    review.item(/二、上年结转为 0，但 2023 年度报告的四、结转下年度继续办理为 1/),
  ).toHaveCount(1);
  await expect(review.item(carryOver)).toContainText('总计列随之相差 1，不另计');
  await expect(review.item(/与 2023 年度报告的重复率为/)).toHaveCount(1);

  // 定稿 is refused while findings are open, and says which.
  await review.bar().getByRole('button', { name: '定稿…' }).click();
  const finalise = review.dialog('定稿');
  await expect(finalise).toContainText('暂不能定稿');
  await expect(finalise.getByRole('listitem')).toHaveCount(5);
  await finalise.getByRole('button', { name: '关闭' }).click();

  // The filler explains one wrong （七）总计; the name is asked this once.
  const naturalTotal = /表三·自然人列：（七）总计填报为 1/;
  await review.act(naturalTotal, '提交说明', '原发布报告合计有误，按计算值改正');
  await review.giveName('张三');
  await expect(review.status(naturalTotal)).toHaveText('已说明');
  await expect(review.thread(naturalTotal)).toContainText('张三');

  // Fixing the figures makes it 已修正, thread and all.
  await page.getByRole('button', { name: '全部采用计算值' }).click();
  const fixed = page
    .getByRole('region', { name: '检查结果' })
    .getByRole('region', { name: '已修正' });
  await expect(fixed).toContainText('原发布报告合计有误');
  // What error remains is the cross-year one.
  await expect(
    page.getByRole('region', { name: '检查结果' }).getByRole('heading', { name: /^错误（\d+）$/ }),
  ).toHaveText('错误（1）');

  // The warnings and the cross-year error get their explanations, with no second name question.
  await review.act(/沿用 2019 年试行格式/, '提交说明', '照录原发布报告');
  // The cell says so too, under the table.
  await editor.select('t3.otherHandling.total');
  await expect(
    editor
      .gridFrame('三、收到和处理政府信息公开申请情况')
      .getByRole('list', { name: '本格的检查结果' }),
  ).toContainText('已说明');
  await expect(editor.cell('t3.otherHandling.total')).toContainText('▲✓');
  // What a screen reader says of the cell: the finding with its status.
  await expect(editor.cell('t3.otherHandling.total')).toHaveAccessibleDescription(
    /［已说明］表三沿用 2019 年试行格式/,
  );
  await review.act(/没有写明信息处理费/, '提交说明', '本年未收取信息处理费');
  await review.act(/与 2023 年度报告的重复率为/, '提交说明', '问题尚未解决，改进措施延续');
  await review.act(carryOver, '提交说明', '2024 年机构调整，申请已移交');
  await expect(review.dialog('您的姓名')).toHaveCount(0);

  // An explained error still needs the reviewer.
  await review.bar().getByRole('button', { name: '定稿…' }).click();
  await expect(finalise.getByRole('listitem')).toHaveCount(1);
  await expect(finalise).toContainText('错误的说明须经审核确认');
  await finalise.getByRole('button', { name: '关闭' }).click();

  // Reviewer mode: the report is read-only; the reviewer rejects one and accepts the other.
  await review.toggleReviewerMode();
  await editor.select('t3.newReceived.natural');
  await page.keyboard.type('7');
  await expect(editor.gridFrame('三、收到和处理政府信息公开申请情况')).toContainText(
    '审核模式下报告只读',
  );
  await editor.expectValue('t3.newReceived.natural', '2');
  await review.act(/沿用 2019 年试行格式/, '驳回', '');
  await expect(review.item(/沿用 2019 年试行格式/).getByRole('alert')).toHaveText('请写明驳回理由');
  await review.act(/沿用 2019 年试行格式/, '驳回', '请说明为何不按 2021 年格式拆分');
  await expect(review.status(/沿用 2019 年试行格式/)).toHaveText('已驳回');
  await review.act(carryOver, '确认');
  await expect(review.status(carryOver)).toHaveText('已确认');
  await review.toggleReviewerMode();

  // The filler answers the rejection; now nothing stands in the way.
  await review.act(/沿用 2019 年试行格式/, '提交说明', '原发布报告即为旧格式，不改动数据');
  await review.bar().getByRole('button', { name: '定稿…' }).click();
  await finalise.getByRole('button', { name: '确认定稿' }).click();
  await expect(review.bar().getByRole('status')).toContainText(
    /已定稿 张三 · \d{4}-\d\d-\d\d \d\d:\d\d/,
  );

  // 定稿 is read-only, survives a reload, and travels in the JSON file.
  await editor.select('t3.newReceived.natural');
  await page.keyboard.type('7');
  await expect(editor.gridFrame('三、收到和处理政府信息公开申请情况')).toContainText(
    '报告已定稿，不能修改',
  );
  await expect(page.getByRole('banner').getByRole('button', { name: /^撤销/ })).toBeDisabled();
  await editor.waitUntilSaved();
  await page.reload();
  await expect(review.bar().getByRole('status')).toContainText('已定稿 张三');
  await expect(review.status(carryOver)).toHaveText('已确认');
  await expect(review.bar()).toContainText('上一年度报告：牡丹江经济技术开发区管理委员会2023年');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('banner').getByRole('button', { name: '导出 JSON' }).click(),
  ]);
  const file = parseReportText(await readFile(await download.path(), 'utf8'));
  if (!file.ok) throw new Error(file.problems[0]?.message);
  expect(file.document.report.review.finalised?.by).toBe('张三');
  expect(file.document.report.review.annotations.map((a) => [a.rule, a.status])).toEqual([
    ['R3-RESULT', 'explained'],
    ['F-LEGACY', 'explained'],
    ['T-FEE', 'explained'],
    ['L-REPEAT', 'explained'],
    ['X-CARRY', 'accepted'],
  ]);

  // The library says so, and a 定稿 report cannot be renamed there.
  const library = new LibraryPage(page);
  await library.backFromEditor();
  const row = library.row('2024');
  await expect(row).toContainText(/已定稿（张三，\d{4}-\d\d-\d\d \d\d:\d\d）/);
  await expect(row.getByRole('button', { name: '重命名' })).toBeDisabled();
  await row.getByRole('link', { name: sampleReport.header.agencyName }).click();

  // 重新打开 needs a reason, which the history keeps.
  await review.bar().getByRole('button', { name: '重新打开…' }).click();
  const reopen = review.dialog('重新打开');
  await reopen.getByRole('button', { name: '重新打开' }).click();
  await expect(reopen.getByRole('alert')).toHaveText('请写明重新打开的原因');
  await reopen.getByLabel(/重新打开的原因/).fill('上级要求补充说明信息处理费');
  await reopen.getByRole('button', { name: '重新打开' }).click();
  await expect(review.bar().getByRole('button', { name: '定稿…' })).toBeVisible();
  await review.bar().getByText('定稿记录（2）').click();
  await expect(review.bar()).toContainText('重新打开 · 张三');
  await expect(review.bar()).toContainText('上级要求补充说明信息处理费');
  await editor.enter('t3.newReceived.natural', '2');

  // The review copy, previewed and printed, carries the statuses, the threads and the history.
  await page.getByRole('banner').getByRole('button', { name: '打印预览' }).click();
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await preview.getByRole('radio', { name: /审核版/ }).check();
  await expect(preview.getByRole('heading', { name: '审核意见' })).toBeVisible();
  await expect(preview).toContainText('［已确认］');
  await expect(preview).toContainText('2024 年机构调整，申请已移交');
  await expect(preview).toContainText('原发布报告合计有误');
  await preview.getByRole('button', { name: '关闭' }).click();
  const printed = (await printToPdf(page, testInfo.outputPath('review.pdf'))).join('\n');
  expect(printed).toContain('审核意见');
  expect(printed).toMatch(/张三（\d{4}-\d\d-\d\d \d\d:\d\d）/);
  expect(printed).toContain('上级要求补充说明信息处理费');
  expect(printed).toContain('已修正');
});

test('last year’s report is attached from the library, kept across a reload, and detached', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await new EditorPage(page).open(); // the 2024 sample
  await library.backFromEditor();
  await library.createBlank(sampleReport.header.agencyName, 2025);

  await review.bar().getByRole('button', { name: '对比上年报告…' }).click();
  const dialog = review.dialog('对比上年报告');
  const sample = dialog.getByRole('listitem').filter({ hasText: '2024年' });
  await sample.getByRole('button', { name: '关联' }).click();
  await expect(review.bar()).toContainText('上一年度报告：牡丹江经济技术开发区管理委员会2024年');
  await new EditorPage(page).waitUntilSaved();

  await page.reload();
  await expect(review.bar()).toContainText('上一年度报告：牡丹江经济技术开发区管理委员会2024年');
  await review.bar().getByRole('button', { name: '更改…' }).click();
  await expect(sample.getByRole('button', { name: '已关联' })).toBeDisabled();
  await dialog.getByRole('button', { name: '取消关联' }).click();
  await expect(review.bar()).toContainText('未关联上一年度报告');
});
