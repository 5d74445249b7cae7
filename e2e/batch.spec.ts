// 批量审核 as a 政务公开办 uses it: many files at once in several forms, one bad file listed and
// never stopping the others, the rows sorted and opened, a roster, the workbook, and 取消.

import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/node';
import { serializeReport } from '../src/export/json.ts';
import { renderReportXlsx } from '../src/export/xlsx/workbook.ts';
import { checkReport } from '../src/model/check.ts';
import { createBlankReport } from '../src/model/blank.ts';
import { withCells, zeroReport } from '../src/testing/reports.ts';
import { sampleReport } from '../src/sample/mudanjiang2024.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const json = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

/** A street office's complete, consistent report: 3 new and 1 carried over, all 4 granted. */
const street = (year: number, cells: Parameters<typeof withCells>[1]) =>
  withCells(
    {
      ...zeroReport(),
      header: { ...zeroReport().header, agencyName: '东城街道办事处', year },
    },
    cells,
  );
const dongcheng = street(2024, {
  't3.newReceived.natural': 3,
  't3.carriedOver.natural': 1,
  't3.disclosed.natural': 4,
});
// Last year it said 2 went on into this year; this year's report carries over only 1.
const dongcheng2023 = street(2023, { 't3.carriedForward.natural': 2, 't3.newReceived.natural': 2 });

/** The table of reports (one row a report), told from the 汇总's tables by its first column. */
const reportTable = (page: Page) =>
  page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '计入汇总' }) });
const reportRows = (page: Page) =>
  reportTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });

const files = async () => [
  json('mudanjiang.json', serializeReport(sampleReport)),
  json('dongcheng.json', serializeReport(dongcheng)),
  {
    name: 'published.txt',
    mimeType: 'text/plain',
    buffer: await readFile('src/model/import/fixtures/mudanjiang-edz-2024.txt'),
  },
  json('broken.json', '{"format": "nianbao-report", '),
];

test('the January round: many files, a roster, last year’s set, the 汇总 drilled into, the workbook', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByRole('link', { name: '批量审核' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '批量审核' })).toBeVisible();
  await page.getByLabel('选择要批量审核的文件').setInputFiles(await files());

  await expect(page.getByText('共读入 3 份报告，1 个文件无法读取')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^broken\.json：/ })).toBeVisible();
  const table = reportTable(page);
  const rows = reportRows(page);
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: '文本（导入时判断' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '报告文件' })).toHaveCount(2);

  await table.getByRole('button', { name: '机关名称' }).click();
  await expect(rows.first().getByRole('rowheader')).toHaveText('东城街道办事处');
  await rows.first().getByRole('button', { name: '东城街道办事处' }).click();
  const opened = page.getByRole('region', { name: '东城街道办事处的检查结果' });
  await expect(opened).toContainText('dongcheng.json');
  await expect(opened).toContainText('没有对照上年报告');
  await expect(opened).not.toContainText('【错误】');

  await page.getByRole('combobox', { name: '显示' }).selectOption({ label: '有错误的' });
  await expect(rows).toHaveCount(2);
  await page.getByRole('combobox', { name: '显示' }).selectOption({ label: '全部报告' });

  // The roster: one agency missing, one that reported twice.
  await page
    .getByLabel('应报送的机关（每行一个，可粘贴或打开文本文件）')
    .fill('东城街道办事处\n西城街道办事处\n牡丹江经济技术开发区管理委员会');
  const roster = page.getByRole('region', { name: '名单核对' });
  await expect(roster).toContainText('未报送：西城街道办事处');
  await expect(roster).toContainText('重复报送：牡丹江经济技术开发区管理委员会（2 份）');

  // The 汇总, one figure drilled into: two copies of the sample (2 each, with errors) and 3.
  const rollup = page.getByRole('region', { name: '汇总' });
  await rollup.getByRole('button', { name: '汇总表三' }).click();
  const newNatural = rollup.getByRole('button', {
    name: /^表三·一、本年新收政府信息公开申请数量·自然人：/,
  });
  await expect(newNatural).toHaveText('7');
  await newNatural.click();
  const drill = rollup.getByRole('region', { name: '各机关的数字' });
  await expect(drill.getByRole('row', { name: /东城街道办事处 3/ })).toBeVisible();
  await expect(
    drill.getByRole('row', { name: /牡丹江经济技术开发区管理委员会 2 有错误/ }),
  ).toHaveCount(2);
  await rollup.getByRole('button', { name: '不计入有错误的报告（2 份）' }).click();
  await expect(newNatural).toHaveText('3');
  await expect(rollup).toContainText('计入 1 份报告，2 份未计入');
  await expect(table.getByRole('checkbox', { name: '计入汇总：东城街道办事处' })).toBeChecked();

  // Last year's set: 东城 is paired with its 2023 report, and the carry-over that does not match is an error.
  await page
    .getByLabel('选择上年的报告')
    .setInputFiles([json('dongcheng-2023.json', serializeReport(dongcheng2023))]);
  await expect(page.getByText('上年报告 1 份，1 份本年报告已与上年报告配对')).toBeVisible();
  await expect(rows.filter({ hasText: '东城街道办事处' })).toContainText('dongcheng-2023.json');
  await expect(opened).toContainText('已对照上年报告 dongcheng-2023.json');
  await expect(opened).toContainText(
    '【错误】表三·自然人列：二、上年结转为 1，但 2023 年度报告的四、结转下年度继续办理为 2，相差 1。',
  );

  await rollup.getByLabel('汇总报告的机关名称').fill('某区');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('批量审核（3 份报告）.xlsx');
  const path = testInfo.outputPath('batch.xlsx');
  await download.saveAs(path);
  const sheets = await readXlsxFile(path);
  expect(sheets.map((sheet) => sheet.sheet)).toEqual([
    '汇总表二',
    '汇总表三',
    '汇总表四',
    '明细',
    '问题清单',
    '名单核对',
  ]);
  const area = sheets[1]?.data ?? [];
  expect(String(area[0]?.[0])).toContain('某区');
  const newReceived = area.find((row) => row.includes('一、本年新收政府信息公开申请数量'));
  // Only 东城 is counted in the 汇总 now.
  expect(newReceived?.filter((cell) => typeof cell === 'number').at(0)).toBe(3);
  expect(sheets[3]?.data).toHaveLength(4); // 明细: a header and every report, counted or not
  const problems = sheets[4]?.data ?? [];
  expect(problems.some((row) => row.includes('X-CARRY'))).toBe(true);
  const rosterSheet = (sheets[5]?.data ?? []).flat().join(' ');
  expect(rosterSheet).toContain('西城街道办事处');

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出问题清单（CSV）' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('问题清单（3 份报告）.csv');
  const csvText = await readFile(await csv.path(), 'utf8');
  expect(csvText.startsWith('\uFEFF文件,机关名称,年度,级别,规则,位置,说明\r\n')).toBe(true);
  expect(csvText).toContain(
    'dongcheng.json,东城街道办事处,2024,错误,X-CARRY,表三·二、上年结转政府信息公开申请数量·自然人,',
  );

  // The 汇总 saved to the library opens in the editor; Back finds the batch as it was.
  await rollup.getByRole('button', { name: '保存到报告库' }).click();
  await rollup.getByRole('link', { name: '打开汇总报告' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('某区');
  await page.goBack();
  await expect(rows).toHaveCount(3);
  await expect(newNatural).toHaveText('3');

  // A report of the batch opens in the editor, added to the library once.
  await rows
    .filter({ hasText: '东城街道办事处' })
    .getByRole('button', { name: '东城街道办事处' })
    .click();
  await opened.getByRole('button', { name: '加入报告库并在编辑器中打开' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('东城街道办事处');
  await page.goBack();
  await rows
    .filter({ hasText: '东城街道办事处' })
    .getByRole('button', { name: '东城街道办事处' })
    .click();
  await expect(opened.getByRole('button', { name: '在编辑器中打开' })).toBeVisible();

  // Reports can also come from the library: the saved 汇总 joins as a fourth report.
  await page.getByRole('button', { name: '从报告库添加…' }).click();
  const picker = page.getByRole('dialog', { name: '从报告库添加' });
  await picker.getByRole('checkbox', { name: /某区/ }).check();
  await picker.getByRole('button', { name: '作为本年报告添加' }).click();
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: '报告库' })).toContainText('某区');
});

test('取消 ends a batch at once, even inside a long import, and keeps what was read', async ({
  page,
}) => {
  await page.goto('/#/batch');
  const report = (i: number) =>
    json(`report-${i}.json`, serializeReport(createBlankReport(2024, `机关${i}`)));
  // Five reports, then a pasted text of 300,000 lines that takes the worker seconds, then more.
  const long = Array.from({ length: 300_000 }, (_, i) => `信息发布及时准确第${i}行abc`).join('\n');
  const inputs = [
    ...Array.from({ length: 5 }, (_, i) => report(i)),
    { name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(long) },
    ...Array.from({ length: 294 }, (_, i) => report(i + 5)),
  ];
  await page.getByLabel('选择要批量审核的文件').setInputFiles(inputs);
  const progress = page.getByRole('status').filter({ hasText: '正在读取和检查 5 / 300 份' });
  await expect(progress).toBeVisible();
  await expect(reportRows(page)).toHaveCount(5);
  // The page stays free while the worker reads: the button takes the click as it would anyway.
  await progress.getByRole('button', { name: '取消' }).click();

  await expect(page.getByText('已取消：共读入 5 份报告；')).toBeVisible();
  await expect(reportRows(page)).toHaveCount(5);
  await expect(page.getByRole('button', { name: '选择文件…' })).toBeEnabled();
});

test('PDF, Word and exported workbooks are read and checked with the rest', async ({ page }) => {
  await page.goto('/#/batch');
  await page.getByLabel('选择要批量审核的文件').setInputFiles([
    {
      name: 'mudanjiang.pdf',
      mimeType: 'application/pdf',
      buffer: await readFile('src/formats/fixtures/mudanjiang-2024.pdf'),
    },
    {
      name: 'mudanjiang.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await readFile('src/formats/fixtures/mudanjiang-2024.docx'),
    },
    {
      name: 'street.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await renderReportXlsx(dongcheng, checkReport(dongcheng))),
    },
    { name: 'old.doc', mimeType: 'application/msword', buffer: Buffer.from('not a document') },
  ]);
  await expect(page.getByText('共读入 3 份报告，1 个文件无法读取')).toBeVisible();
  const rows = reportRows(page);
  await expect(rows.filter({ hasText: 'PDF' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Word' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Excel 工作簿' })).toContainText('东城街道办事处');
  await expect(page.getByRole('listitem').filter({ hasText: /^old\.doc：/ })).toBeVisible();
  // The sample twice (2 each) and the street's 3.
  const rollup = page.getByRole('region', { name: '汇总' });
  await rollup.getByRole('button', { name: '汇总表三' }).click();
  await expect(
    rollup.getByRole('button', { name: /^表三·一、本年新收政府信息公开申请数量·自然人：/ }),
  ).toHaveText('7');
});
