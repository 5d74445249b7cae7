import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../export/html/document.ts';
import { parseReportText } from '../model/parse.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import { runImport } from './import.ts';
import type { CliOutput } from './output.ts';
import { makeTempFolder, runNianbao, spawnTimeout, type TempFolder } from '../testing/cli.ts';

const example = fileURLToPath(
  new URL('../model/import/fixtures/mudanjiang-edz-2024.txt', import.meta.url),
);

interface JsonFileResult {
  readonly file: string;
  readonly findings: readonly { readonly rule: string; readonly severity: string }[];
}

function capture(): CliOutput & { readonly out: string[]; readonly err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
}

describe('nianbao import and check on published reports', { timeout: spawnTimeout + 5_000 }, () => {
  let folder: TempFolder;

  beforeAll(async () => {
    folder = await makeTempFolder();
    await copyFile(example, join(folder.path, '牡丹江2024.txt'));
    await folder.write({
      'rendered.html': renderReportHtml(sampleReport, { flavour: 'clean' }),
      'tables-only.txt':
        '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n',
      // Before, 「RangeError: Maximum call stack size exceeded」 and a stack trace.
      'one-long-line.txt': `某局2024年政府信息公开工作年度报告\n${'一'.repeat(10_000_000)}\n`,
    });
  });
  afterAll(() => folder.remove());

  it('writes the report file and tells on stderr, by line, what it decided', async () => {
    const run = await runNianbao(['import', '牡丹江2024.txt', '-o', 'imported.json'], folder.path);

    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^已导入 牡丹江2024\.txt：牡丹江经济技术开发区管理委员会 2024 年度报告\n/,
    );
    expect(run.stderr).toContain('格式：混用 2019 年试行格式和 2021 年格式');
    expect(run.stderr).toContain('表格：读入 154 个单元格和 28 个申报合计；未使用的行 0 行');
    expect(run.stderr).toMatch(/警告 {2}第 32 行 {2}I-LABEL {2}.*“本年废制件数”/);
    expect(run.stderr).toMatch(/警告 {2}第 43 行 {2}I-UNIT {2}/);
    expect(run.stderr).toMatch(/已写入 imported\.json。\n$/);
    const parsed = parseReportText(await readFile(join(folder.path, 'imported.json'), 'utf8'));
    expect(parsed.ok && parsed.document.report).toEqual({
      ...sampleReport,
      header: { ...sampleReport.header, category: null },
    });
  });

  it('imports and checks a text with a line of ten million characters, saying it was set aside', async () => {
    const imported = await runNianbao(['import', 'one-long-line.txt'], folder.path);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('这一行长达 10000000 字，远超年报的任何段落，未读入');
    expect(imported.stderr).not.toContain('RangeError');

    const checked = await runNianbao(['check', 'one-long-line.txt'], folder.path);
    // A warning, not an error: the report itself has nothing wrong yet.
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('长达 10000000 字');
    expect(checked.stderr).toBe('');
  });

  it('checks a text and a page directly, listing import findings with the check’s', async () => {
    const run = await runNianbao(
      ['check', '牡丹江2024.txt', 'rendered.html', '--format', 'json'],
      folder.path,
    );

    expect(run.code).toBe(1);
    const [text, page] = JSON.parse(run.stdout) as JsonFileResult[];
    const rules = (result: JsonFileResult | undefined) => result?.findings.map((f) => f.rule);
    expect(text?.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([
      'R3-RESULT',
    ]);
    expect(rules(text)).toEqual(expect.arrayContaining(['F-LEGACY', 'I-UNIT', 'I-MISSING']));
    // The printed page shows totals as computed, so it has no wrong （七）总计 to find.
    expect(page?.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(rules(page)).toEqual(expect.arrayContaining(['I-HEADER', 'I-EDITION']));
  });

  it('refuses a text without a title unless told the year, and says how', async () => {
    const without = capture();
    const code = await runImport(
      {
        name: 'import',
        file: join(folder.path, 'tables-only.txt'),
        output: undefined,
        year: undefined,
      },
      without,
    );
    expect(code).toBe(2);
    expect(without.err.join('')).toContain('无法确定报告年度');
    expect(without.err.join('')).toContain('可以用 --year 指定报告年度');

    const withYear = capture();
    const file = join(folder.path, 'tables-only.txt');
    expect(await runImport({ name: 'import', file, output: undefined, year: 2024 }, withYear)).toBe(
      0,
    );
    const parsed = parseReportText(withYear.out.join(''));
    expect(parsed.ok && parsed.document.report.cells['t3.newReceived.natural']).toBe(1);
    expect(withYear.err.join('')).toContain('I-HEADER  未找到报告标题，报告年度按指定为 2024 年。');
    expect(withYear.err.join('')).toContain('I-SECTION  未找到“一、总体情况”这一部分');
  });

  it('will only import text, web pages, PDF and Word files', async () => {
    const output = capture();
    const code = await runImport(
      { name: 'import', file: 'report.odt', output: undefined, year: undefined },
      output,
    );
    expect(code).toBe(2);
    expect(output.err.join('')).toContain(
      '只能导入已发布报告的文本（.txt）、网页（.html、.htm）、PDF（.pdf）、Word（.docx）或导出的 Excel 文件（.xlsx）',
    );
  });
});
