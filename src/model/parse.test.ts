import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeReport, toReportDocument } from '../export/json.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import { currentSchemaVersion } from './document.ts';
import { migrateDocument } from './migrations.ts';
import { parseReportDocument, parseReportText } from './parse.ts';
import { emptyReview } from './review/schema.ts';

interface EditableDocument {
  report: {
    header: Record<string, unknown>;
    cells: Record<string, unknown>;
    declared: Record<string, unknown>;
    problems?: unknown;
  };
}

const sampleDocument = () => JSON.parse(serializeReport(sampleReport)) as EditableDocument;

const problemsOf = (input: unknown) => {
  const result = parseReportDocument(input);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((problem) => problem.message);
};

describe('parseReportText / parseReportDocument', () => {
  it('reads back what serializeReport wrote', () => {
    const result = parseReportText(serializeReport(sampleReport));
    expect(result).toEqual({ ok: true, document: toReportDocument(sampleReport) });
  });

  it('reads a file saved with a UTF-8 byte-order mark, as Windows Notepad writes it', () => {
    expect(parseReportText(`\uFEFF${serializeReport(sampleReport)}`).ok).toBe(true);
  });

  it('names a bad cell in official words and quotes what it found', () => {
    const document = sampleDocument();
    document.report.cells['t3.newReceived.natural'] = '-3';
    expect(problemsOf(document)).toEqual([
      '表三·一、本年新收政府信息公开申请数量·自然人：应为非负整数，或“/”表示不适用，收到 "-3"',
    ]);
  });

  it.each([
    [
      't3.newReceived.total',
      4,
      '表三·一、本年新收政府信息公开申请数量·总计：是计算得出的合计，不能填写，收到 4',
    ],
    ['t3.noSuchRow.natural', 1, '表格·t3.noSuchRow.natural：不是表格中的单元格，收到 1'],
    [
      't2.fees.amount',
      12.5,
      '表二·第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）：应为非负金额（单位：万元，最多 6 位小数），或“/”表示不适用，收到 12.5',
    ],
    ['t4.review.upheld', 1.5, '表四·行政复议·结果维持：应为非负整数，或“/”表示不适用，收到 1.5'],
    [
      't3.otherElse.natural',
      1,
      '表三·三、本年度办理结果·（六）其他处理·3.其他·自然人：2019 格式的表三没有这一行，收到 1',
    ],
  ])('refuses %s = %j', (address, value, message) => {
    const document = sampleDocument();
    document.report.cells[address] = value;
    expect(problemsOf(document)).toEqual([message]);
  });

  it('reads null in a cell as blank', () => {
    const document = sampleDocument();
    document.report.cells['t3.newReceived.natural'] = null;
    const result = parseReportDocument(document);
    expect(result.ok && result.document.report.cells['t3.newReceived.natural']).toBeUndefined();
  });

  it('lists every problem of a file at once, each with its place', () => {
    const document = sampleDocument();
    document.report.header.year = '二〇二四';
    delete document.report.problems;
    document.report.declared['t3.newReceived.natural'] = 2;
    expect(problemsOf(document)).toEqual([
      '报告年度：应为数字，收到 "二〇二四"',
      '表三·一、本年新收政府信息公开申请数量·自然人（申报合计）：不是合计单元格，不能作为申报合计，收到 2',
      '五、存在的主要问题及改进情况：应为文字，缺少此项',
    ]);
  });

  it.each([
    ['', '文件：不是有效的 JSON，可能已损坏或不完整'],
    [
      '{"format": "nianbao-report", "schemaVersion": 1',
      '文件：不是有效的 JSON，可能已损坏或不完整',
    ],
    ['[1, 2]', '文件：不是年报文件（缺少格式标记 "nianbao-report"）'],
    ['{"name": "other app"}', '文件：不是年报文件（缺少格式标记 "nianbao-report"）'],
    ['{"format": "nianbao-report"}', '文件：缺少有效的格式版本号 schemaVersion'],
    [
      '{"format": "nianbao-report", "schemaVersion": 3, "report": {}}',
      '文件：格式版本为 3，由较新版本的年报生成；本程序只能读取 2 及以下版本，请升级后再打开',
    ],
  ])('explains why %j cannot be opened', (text, message) => {
    expect(parseReportText(text)).toEqual({ ok: false, problems: [{ place: '文件', message }] });
  });

  it('does not throw on an object whose fields throw when read', () => {
    const hostile = {
      format: 'nianbao-report',
      get schemaVersion(): number {
        throw new Error('boom');
      },
    };
    expect(parseReportDocument(hostile).ok).toBe(false);
  });
});

describe('files of schema version 1 (before the review)', () => {
  const fixture = readFileSync(
    new URL('./fixtures/sample-schema-v1.json', import.meta.url),
    'utf8',
  );

  it('open as the same report with an empty review', () => {
    const result = parseReportText(fixture);
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(JSON.parse(fixture).schemaVersion).toBe(1);
    expect(result.document.schemaVersion).toBe(currentSchemaVersion);
    expect(result.document.report).toEqual({ ...sampleReport, review: emptyReview });
  });

  it('still name what is wrong in an old file', () => {
    const broken = JSON.parse(fixture);
    broken.report.cells['t3.newReceived.natural'] = -3;
    const result = parseReportDocument(broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]?.place).toBe('表三·一、本年新收政府信息公开申请数量·自然人');
  });
});

describe('migrateDocument', () => {
  it('applies each step in order and stamps the new version', () => {
    const steps = {
      1: (doc: Record<string, unknown>) => ({ ...doc, added: 'by 1→2' }),
      2: (doc: Record<string, unknown>) => ({ ...doc, renamed: doc['added'], added: undefined }),
    };
    const result = migrateDocument({ schemaVersion: 1 }, 1, 3, steps);
    expect(result).toEqual({
      ok: true,
      document: { schemaVersion: 3, renamed: 'by 1→2', added: undefined },
    });
  });

  it('says so when a step is missing', () => {
    expect(migrateDocument({}, 1, 2, {})).toEqual({
      ok: false,
      message: '无法从格式版本 1 升级，文件可能已损坏',
    });
  });
});
