// 批量审核 as a 政务公开办 uses it: many files at once in several forms, one bad file listed and
// never stopping the others, the rows sorted and opened, a roster, the workbook, and 取消.

import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/node';
import { serializeReport } from '../src/export/json.ts';
import { createBlankReport } from '../src/model/blank.ts';
import { sampleReport } from '../src/sample/mudanjiang2024.ts';
import { expect, test } from './fixtures.ts';

const json = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

const street = createBlankReport(2024, '东城街道办事处');
const files = async () => [
  json('mudanjiang.json', serializeReport(sampleReport)),
  json('dongcheng.json', serializeReport({ ...street, cells: { 't3.newReceived.natural': 3 } })),
  {
    name: 'published.txt',
    mimeType: 'text/plain',
    buffer: await readFile('src/model/import/fixtures/mudanjiang-edz-2024.txt'),
  },
  json('broken.json', '{"format": "nianbao-report", '),
];

test('a batch of files in several forms is read, checked, sorted, opened and exported', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByRole('link', { name: '批量审核' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '批量审核' })).toBeVisible();
  await page.getByLabel('选择要批量审核的文件').setInputFiles(await files());

  await expect(page.getByText('共读入 3 份报告，1 个文件无法读取')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^broken\.json：/ })).toBeVisible();
  const table = page.locator('.batch-table');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  const readAs = await rows.locator('td:nth-child(4)').allTextContents();
  expect(readAs.sort()).toEqual(['文本', '报告文件', '报告文件'].sort());

  await table.getByRole('button', { name: '机关名称' }).click();
  await expect(rows.first().getByRole('rowheader')).toHaveText('东城街道办事处');
  await rows.first().getByRole('button', { name: '东城街道办事处' }).click();
  const opened = page.getByRole('region', { name: '东城街道办事处的检查结果' });
  await expect(opened).toContainText('dongcheng.json');
  await expect(opened).toContainText('【警告】六、其他需要报告的事项没有写明信息处理费');

  await page.getByRole('combobox').selectOption({ label: '未定稿的' });
  await expect(rows).toHaveCount(3);

  await page
    .getByLabel('应报送的机关（每行一个，可粘贴或打开文本文件）')
    .fill('东城街道办事处\n西城街道办事处\n牡丹江经济技术开发区管理委员会');
  const roster = page.locator('.batch-roster-result');
  await expect(roster).toContainText('未报送：西城街道办事处');
  await expect(roster).toContainText('重复报送：牡丹江经济技术开发区管理委员会（2 份）');

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
  const newReceived = area.find((row) => row.includes('一、本年新收政府信息公开申请数量'));
  // Two copies of the sample (2 each) and the street's 3: 7 自然人 in the area.
  expect(newReceived?.filter((cell) => typeof cell === 'number').at(0)).toBe(7);
});

test('取消 stops a long batch between files and keeps what was read', async ({ page }) => {
  await page.goto('/#/batch');
  const many = Array.from({ length: 300 }, (_, i) =>
    json(`report-${i}.json`, serializeReport(createBlankReport(2024, `机关${i}`))),
  );
  await page.getByLabel('选择要批量审核的文件').setInputFiles(many);
  const progress = page.getByRole('status').filter({ hasText: '正在读取和检查' });
  await expect(progress).toBeVisible();
  // A person's click lands at once. Playwright's own check that the button is still (two frames
  // alike) waited 90 s beside a second npm test while the batch's tasks kept the frames from
  // coming: the button does not move (it stands first), so the click goes in without that check.
  await progress.getByRole('button', { name: '取消' }).click({ force: true });

  const summary = page.getByText(/^已取消：共读入 \d+ 份报告/);
  await expect(summary).toBeVisible();
  const read = Number(/共读入 (\d+) 份/.exec((await summary.textContent()) ?? '')?.[1]);
  expect(read).toBeLessThan(300);
  await expect(page.locator('.batch-table tbody tr')).toHaveCount(read);
});
