// `nianbao export --docx/--xlsx` for one report and for several, and `import`/`check` of the
// workbook, run as a user's shell would.

import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeReport } from '../export/json.ts';
import { importReportXlsx } from '../formats/xlsxReport.ts';
import { parseReportText } from '../model/parse.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import { zeroReport } from '../testing/reports.ts';
import {
  makeTempFolder,
  runNianbao,
  sampleFileText,
  spawnTimeout,
  type TempFolder,
} from '../testing/cli.ts';

/** Two runs of the launcher in one test (about 2.5 s each on a busy machine). */
const twoRuns = 2 * spawnTimeout;

let folder: TempFolder;

beforeAll(async () => {
  folder = await makeTempFolder();
  await folder.write({
    'sample.json': sampleFileText(),
    '2024.json': serializeReport(zeroReport()),
  });
  await mkdir(join(folder.path, 'out'));
});

afterAll(() => folder.remove());

const docxText = async (path: string) =>
  (await mammoth.extractRawText({ buffer: await readFile(path) })).value;

describe('nianbao export --docx / --xlsx', () => {
  it(
    'writes the Word document and the workbook of one report',
    async () => {
      const run = await runNianbao(
        ['export', 'sample.json', '--docx', '年报.docx', '--xlsx', '年报.xlsx'],
        folder.path,
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('已生成 Word：年报.docx');
      expect(run.stdout).toContain('已生成 Excel：年报.xlsx');
      expect(await docxText(join(folder.path, '年报.docx'))).toContain(
        '三、收到和处理政府信息公开申请情况',
      );
      const back = await importReportXlsx(await readFile(join(folder.path, '年报.xlsx')));
      expect(back.ok && back.report.cells).toEqual(sampleReport.cells);
    },
    spawnTimeout,
  );

  it(
    'writes one file per report into the folders given, and goes on past a missing one',
    async () => {
      const run = await runNianbao(
        ['export', 'sample.json', 'missing.json', '2024.json', '--docx', 'out', '--xlsx', 'out/'],
        folder.path,
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('无法读取文件 missing.json：文件不存在');
      for (const name of ['sample.docx', 'sample.xlsx', '2024.docx', '2024.xlsx']) {
        expect(run.stdout).toContain(`out/${name}`);
      }
      expect(await docxText(join(folder.path, 'out', '2024.docx'))).toContain(
        '测试市测试局2024年政府信息公开工作年度报告',
      );
    },
    spawnTimeout,
  );
});

describe('nianbao import / check of an exported workbook', () => {
  it(
    'imports the workbook into a report file',
    async () => {
      await runNianbao(['export', 'sample.json', '--xlsx', 'tables.xlsx'], folder.path);
      const run = await runNianbao(['import', 'tables.xlsx', '-o', 'back.json'], folder.path);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(
        '已导入 tables.xlsx：牡丹江经济技术开发区管理委员会 2024 年度报告',
      );
      const parsed = parseReportText(await readFile(join(folder.path, 'back.json'), 'utf8'));
      expect(parsed.ok && parsed.document.report.cells).toEqual(sampleReport.cells);
    },
    twoRuns,
  );

  it(
    'checks the workbook as it checks a report file',
    async () => {
      await runNianbao(['export', 'sample.json', '--xlsx', 'tables.xlsx'], folder.path);
      const run = await runNianbao(['check', 'tables.xlsx'], folder.path);
      expect(run.stdout).toContain('F-LEGACY');
      expect(run.code).not.toBeNull();
    },
    twoRuns,
  );
});
