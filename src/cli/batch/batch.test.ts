import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { parseReportText } from '../../model/parse.ts';
import {
  makeTempFolder,
  runNianbao,
  sampleFileText,
  spawnTimeout,
  type TempFolder,
} from '../../testing/cli.ts';

let folder: TempFolder;
let dir: string;
beforeEach(async () => {
  folder = await makeTempFolder();
  dir = folder.path;
});
afterEach(() => folder.remove());

/** The sample as another agency's report of a given year, its carried-over 自然人 changed. */
async function writeAgency(path: string, name: string, year: number, carried = 0) {
  await writeFile(
    path,
    sampleFileText((document) => {
      document.report.header.agencyName = name;
      document.report.header.year = year;
      document.report.cells['t3.carriedOver.natural'] = carried;
    }),
  );
}

describe('nianbao batch', { timeout: spawnTimeout + 5_000 }, () => {
  it('checks every report in a folder, lists a broken file and still reports the rest', async () => {
    await mkdir(join(dir, '2024'));
    await writeAgency(join(dir, '2024', 'a.json'), '某区教育局', 2024);
    await writeAgency(join(dir, '2024', 'b.json'), '某区财政局', 2024);
    await writeFile(join(dir, '2024', 'c.json'), '{ 这不是 JSON');
    const run = await runNianbao(['batch', join(dir, '2024')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('批量审核：2 份报告，1 个文件无法读取');
    expect(run.stdout).toContain('某区教育局');
    expect(run.stdout).toContain('某区财政局');
    expect(run.stderr).toContain('c.json');
  });

  it('pairs last year’s reports, checks the roster and sums the area', async () => {
    await writeAgency(join(dir, 'a.json'), '某区教育局', 2024, 3);
    await writeAgency(join(dir, 'b.json'), '某区财正局', 2024);
    await writeAgency(join(dir, 'a-2023.json'), '某区教育局', 2023);
    await writeFile(join(dir, 'roster.txt'), '某区教育局\n某区财政局\n某街道办事处\n');
    const run = await runNianbao([
      'batch',
      join(dir, 'a.json'),
      join(dir, 'b.json'),
      '--prior',
      join(dir, 'a-2023.json'),
      '--roster',
      join(dir, 'roster.txt'),
      '--format',
      'json',
    ]);
    // The sample has its real R3-RESULT error, so every report has an error.
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.reports.map((r: { prior: string | null }) => r.prior)).toEqual([
      join(dir, 'a-2023.json'),
      null,
    ]);
    const rules = (i: number) =>
      result.reports[i].findings.map((f: { rule: string }) => f.rule) as string[];
    expect(rules(0)).toContain('X-CARRY');
    expect(rules(1)).not.toContain('X-CARRY');
    expect(result.roster.missing).toEqual([
      { expected: '某区财政局', nearly: ['某区财正局'] },
      { expected: '某街道办事处', nearly: [] },
    ]);
    expect(result.rollup.report.cells['t3.carriedOver.natural']).toBe(3);
  });

  it('writes the workbook: 汇总 tables, each agency’s figures, the problems and the roster', async () => {
    await writeAgency(join(dir, 'a.json'), '某区教育局', 2024, 2);
    await writeAgency(join(dir, 'b.json'), '某区财政局', 2024, 5);
    await writeFile(join(dir, 'roster.txt'), '某区教育局\n某街道办事处\n');
    const out = join(dir, 'batch.xlsx');
    const run = await runNianbao([
      'batch',
      join(dir, 'a.json'),
      join(dir, 'b.json'),
      '--roster',
      join(dir, 'roster.txt'),
      '--xlsx',
      out,
    ]);
    expect(run.code).toBe(1);
    const sheets = await readXlsxFile(await readFile(out));
    expect(sheets.map((s) => s.sheet)).toEqual([
      '汇总表二',
      '汇总表三',
      '汇总表四',
      '明细',
      '问题清单',
      '名单核对',
    ]);
    const sheet = (name: string) => sheets.find((s) => s.sheet === name)?.data ?? [];
    const detail = sheet('明细');
    const column = detail[0]?.indexOf('表三·二、上年结转政府信息公开申请数量·自然人') ?? -1;
    expect(column).toBeGreaterThan(2);
    expect(detail.slice(1).map((row) => [row[1], row[column]])).toEqual([
      ['某区教育局', 2],
      ['某区财政局', 5],
    ]);
    const roster = sheet('名单核对');
    expect(roster).toContainEqual(['未报送', '某街道办事处', null]);
    expect(roster).toContainEqual(['不在名单中', '某区财政局', null]);
  });

  it('writes the problem list as CSV that Excel opens, quoting what needs it', async () => {
    await writeAgency(join(dir, 'a.json'), '某区"教育"局,二处', 2024);
    const run = await runNianbao(['batch', join(dir, 'a.json'), '--format', 'csv']);
    const [header, first] = run.stdout.split('\r\n');
    expect(header).toBe('\uFEFF文件,机关名称,年度,级别,规则,位置,说明');
    expect(first).toContain('"某区""教育""局,二处",2024,错误,R3-RESULT,');
  });

  it('refuses an unknown option with a message, and an empty folder with no report', async () => {
    const misuse = await runNianbao(['batch', dir, '--frobnicate']);
    expect(misuse.code).toBe(2);
    expect(misuse.stderr).toContain('--frobnicate');
    await symlink(join(dir, 'nowhere'), join(dir, 'dangling.json'));
    const empty = await runNianbao(['batch', dir]);
    expect(empty.stdout).toContain('批量审核：0 份报告');
  });
});

describe('nianbao rollup', { timeout: spawnTimeout + 5_000 }, () => {
  it('writes the area report: cells summed, a report file like any other', async () => {
    await writeAgency(join(dir, 'a.json'), '某区教育局', 2024, 2);
    await writeAgency(join(dir, 'b.json'), '某区财政局', 2024, 5);
    const out = join(dir, 'area.json');
    const run = await runNianbao(['rollup', dir, '-o', out, '--name', '某区']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已汇总 2 份 2024 年度报告');
    const parsed = parseReportText(await readFile(out, 'utf8'));
    if (!parsed.ok) throw new Error('the area report does not parse');
    expect(parsed.document.report.header.agencyName).toBe('某区');
    expect(parsed.document.report.cells['t3.carriedOver.natural']).toBe(7);
  });
});
