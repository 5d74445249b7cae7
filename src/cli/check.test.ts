import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTempFolder,
  outputBlock,
  runNianbao,
  sampleFileText,
  spawnTimeout,
  type TempFolder,
} from '../testing/cli.ts';

/** The sample's real slip: （七）总计 printed as 1 where its results add up to 2. */
const fixedSample = sampleFileText(({ report }) => {
  report.declared['t3.resultTotal.natural'] = 2;
  report.declared['t3.resultTotal.total'] = 2;
});

/** Last year's report, which carried one request of a natural person forward into 2024. */
const priorCarryingOne = sampleFileText(({ report }) => {
  report.header.year = 2023;
  report.cells['t3.carriedForward.natural'] = 1;
  report.declared['t3.carriedForward.total'] = 1;
});

const files = {
  'sample.json': sampleFileText(),
  'fixed.json': fixedSample,
  'broken.json': '{ "format": "nianbao-report", "schemaVersion": 1, "report": {',
  'other.json': JSON.stringify({ name: '通讯录', entries: [] }),
  'prior-2023.json': priorCarryingOne,
  // The sample as published: its text states no 机关类别.
  'published.txt': readFileSync(
    new URL('../model/import/fixtures/mudanjiang-edz-2024.txt', import.meta.url),
    'utf8',
  ),
  'prior-2022.json': sampleFileText(({ report }) => {
    report.header.year = 2022;
  }),
};

interface JsonFinding {
  readonly rule: string;
  readonly severity: string;
  readonly cells: readonly string[];
}

interface JsonFileResult {
  readonly file: string;
  readonly error?: string;
  readonly findings: readonly JsonFinding[];
}

const errorsOf = (result: JsonFileResult | undefined) =>
  result?.findings.filter((finding) => finding.severity === 'error') ?? [];

/** The lines of one severity group in text output, under its heading. */
const groupLines = (stdout: string, label: string) => outputBlock(stdout, `${label}（`).slice(1);

describe('nianbao check', { timeout: spawnTimeout + 5_000 }, () => {
  let folder: TempFolder;
  const check = (...args: string[]) => runNianbao(['check', ...args], folder.path);

  beforeAll(async () => {
    folder = await makeTempFolder();
    await folder.write(files);
  });
  afterAll(() => folder.remove());

  it('names the 机关类别 a published text lacks once, as the importer does', async () => {
    const run = await check('published.txt', '--format', 'json');

    const [result] = JSON.parse(run.stdout) as JsonFileResult[];
    const naming = result?.findings.filter((f) => f.cells.includes('header.category'));
    expect(naming?.map((finding) => finding.rule)).toEqual(['I-HEADER']);
  });

  it('still fails --final on the 机关类别 a published text lacks: the blank is an error there', async () => {
    const run = await check('published.txt', '--final', '--format', 'json');

    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as JsonFileResult[];
    expect(errorsOf(result)).toContainEqual(
      expect.objectContaining({ rule: 'C-BLANK', cells: ['header.category'] }),
    );
  });

  it('exits 1 and names the sample’s wrong （七）总计 once, with the 总计 column it carries into', async () => {
    const run = await check('sample.json');

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^sample\.json — 牡丹江经济技术开发区管理委员会 2024 年度\n错误（1）\n/,
    );
    const findings = groupLines(run.stdout, '错误').filter((line) => /^ {2}\S/.test(line));
    expect(findings).toEqual([
      expect.stringMatching(
        /^ {2}表三（七）总计 R3-RESULT {2}表三·自然人列：（七）总计填报为 1，各项办理结果相加为 2/,
      ),
    ]);
    expect(groupLines(run.stdout, '错误').join('')).toContain(
      '总计列的（七）总计（填报 1，计算 2）随之相差 1',
    );
    expect(run.stdout).toMatch(/\n1 个错误，\d+ 个警告，\d+ 个提示\n$/);
  });

  it('reports the same R3-RESULT error in JSON, each finding with exactly the agreed fields', async () => {
    const run = await check('sample.json', '--format', 'json');

    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as JsonFileResult[];
    expect(results.map((result) => Object.keys(result))).toEqual([['file', 'findings', 'review']]);
    for (const finding of results[0]?.findings ?? []) {
      expect(Object.keys(finding)).toEqual([
        'rule',
        'severity',
        'message',
        'cells',
        'left',
        'right',
        'status',
        'annotation',
      ]);
    }
    expect(errorsOf(results[0])).toEqual([
      expect.objectContaining({
        rule: 'R3-RESULT',
        message: expect.stringContaining('自然人列'),
        cells: expect.arrayContaining(['t3.resultTotal.natural']),
        left: 1,
        right: 2,
      }),
    ]);
  });

  it('exits 0 once the declared （七）总计 agrees with the results', async () => {
    const run = await check('fixed.json');

    expect(run.code).toBe(0);
    expect(groupLines(run.stdout, '错误')).toEqual([]);
    expect(run.stdout).toMatch(/\n0 个错误，\d+ 个警告，\d+ 个提示\n$/);
  });

  it('exits 2 naming each unusable file in Chinese and still checks the valid one', async () => {
    const run = await check('broken.json', 'sample.json', 'other.json', 'missing.json');

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.json 不是有效的年报文件：\n  文件：不是有效的 JSON');
    expect(run.stderr).toContain('other.json 不是有效的年报文件：\n  文件：不是年报文件');
    expect(run.stderr).toContain('无法读取文件 missing.json：文件不存在');
    expect(run.stdout).toMatch(/^sample\.json — 牡丹江经济技术开发区管理委员会 2024 年度\n/);
    expect(run.stdout).toContain('1 个错误');
  });

  it('gives an unusable file an error and no findings in JSON, in argument order', async () => {
    const run = await check('--format', 'json', 'broken.json', 'fixed.json', 'missing.json');

    expect(run.code).toBe(2);
    const results = JSON.parse(run.stdout) as JsonFileResult[];
    expect(results).toEqual([
      { file: 'broken.json', error: expect.stringContaining('不是有效的 JSON'), findings: [] },
      { file: 'fixed.json', findings: expect.any(Array), review: { finalised: null, fixed: [] } },
      { file: 'missing.json', error: '无法读取文件 missing.json：文件不存在。', findings: [] },
    ]);
    expect(Object.keys(results[0] ?? {})).toEqual(['file', 'error', 'findings']);
  });

  it('flags 二、上年结转 that differs from last year’s 四、结转下年度继续办理', async () => {
    const run = await check('fixed.json', '--prior', 'prior-2023.json', '--format', 'json');

    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as JsonFileResult[];
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        rule: 'X-CARRY',
        cells: ['t3.carriedOver.natural'],
        left: 0,
        right: 1,
        // The 总计 column carries the same figure: named here, not reported again.
        message: expect.stringContaining('总计列随之相差 1，不另计'),
      }),
    ]);
  });

  it('refuses a prior report that is not of the year before and exits 2', async () => {
    const run = await check('fixed.json', '--prior', 'prior-2022.json');

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('未检查 fixed.json');
    expect(run.stderr).toContain('上年度报告应为 2023 年度');
    expect(run.stderr).toContain('prior-2022.json 是 2022 年度的报告');
  });
});
