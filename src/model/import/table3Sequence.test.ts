import { describe, expect, it } from 'vitest';
import { getCellDef, t3 } from '../form/cells.ts';
import { table3Columns, table3RowsByLayout } from '../form/table3.ts';
import { importReportText } from './importReport.ts';

const rows = table3RowsByLayout['2021'];
const figureOf = (row: number, column: number) => row * 10 + column;

/**
 * Table 三 as LibreOffice saves a Word report as text (and as some browsers copy a web page's
 * table): every cell on a line of its own, the header's cells whole (「商业企业」, not 「商业」
 * 「企业」), the row labels together before or among the figures.
 */
function cellPerLine(): string {
  const header = [
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '申请人情况',
    '自然人',
    '法人或其他组织',
    '总计',
    '商业企业',
    '科研机构',
    '社会公益组织',
    '法律服务机构',
    '其他',
  ];
  const body = rows.flatMap((row, r) => [
    row.label,
    ...table3Columns.map((_, c) => String(figureOf(r, c))),
  ]);
  return [
    '测试局2024年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    ...header,
    ...body,
    '四、政府信息公开行政复议、行政诉讼情况',
  ].join('\n');
}

describe('table 三 copied one cell a line', () => {
  it('places the figures by the form’s order when the header names its columns in full', () => {
    const outcome = importReportText(cellPerLine());
    if (!outcome.ok) throw new Error(outcome.message);
    const { cells, declared } = outcome.report;
    rows.forEach((row, r) => {
      table3Columns.forEach((column, c) => {
        const address = t3(row.id, column.id);
        const placed = getCellDef(address).isComputed ? declared[address] : cells[address];
        expect(placed, address).toBe(figureOf(r, c));
      });
    });
    const t3Warnings = outcome.findings.filter(
      (finding) => finding.section === 't3' && finding.severity !== 'info',
    );
    expect(t3Warnings).toEqual([]);
  });
});

describe('table 三 copied one cell a line that cannot be placed for certain', () => {
  it('says so once, not again for every line of bare figures', () => {
    // A figure short (a blank cell the copy lost): the order no longer fills the form.
    const text = cellPerLine().replace('\n0\n', '\n');
    const outcome = importReportText(text);
    if (!outcome.ok) throw new Error(outcome.message);
    const t3Warnings = outcome.findings.filter(
      (finding) => finding.section === 't3' && finding.severity === 'warning',
    );
    expect(t3Warnings).toEqual([
      expect.objectContaining({ rule: 'I-MISSING', message: expect.stringContaining('每格一行') }),
    ]);
    // The lines are still listed as unused, for the side-by-side view.
    expect(outcome.account.unplaced.length).toBeGreaterThan(100);
  });
});
