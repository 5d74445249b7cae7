import { describe, expect, it } from 'vitest';
import { t2, t3 } from '../../model/form/cells.ts';
import { checkReport } from '../../model/check.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { withCells, zeroReport } from '../../testing/reports.ts';
import { findingsColumns } from './findingsSheet.ts';
import type { SheetCell, SheetSpec } from './tableSheets.ts';
import { buildReportWorkbook } from './workbook.ts';

const sheetNamed = (sheets: readonly SheetSpec[], name: string): SheetSpec => {
  const sheet = sheets.find((s) => s.sheet === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

const at = (sheet: SheetSpec, row: number, column: number): SheetCell | null =>
  sheet.data[row]?.[column] ?? null;

describe('buildReportWorkbook', () => {
  const sheets = buildReportWorkbook(sampleReport, checkReport(sampleReport));

  it('has one sheet per table and one for the findings', () => {
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['表二', '表三', '表四', '检查结果']);
  });

  it('puts the title and the official heading above 表三, and merges its header as printed', () => {
    const sheet = sheetNamed(sheets, '表三');
    expect(at(sheet, 0, 0)?.value).toBe(
      '牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告',
    );
    expect(at(sheet, 1, 0)?.value).toBe('三、收到和处理政府信息公开申请情况');
    expect(at(sheet, 2, 0)).toMatchObject({ rowSpan: 3, columnSpan: 3 });
    expect(at(sheet, 2, 3)).toMatchObject({ value: '申请人情况', columnSpan: 7 });
    expect(at(sheet, 3, 3)).toMatchObject({ value: '自然人', rowSpan: 2 });
    expect(at(sheet, 3, 4)).toMatchObject({ value: '法人或其他组织', columnSpan: 5 });
    expect(at(sheet, 7, 0)).toMatchObject({ value: '三、本年度办理结果' });
  });

  it('writes counts and computed totals as numbers, never formulas', () => {
    const sheet = sheetNamed(sheets, '表三');
    expect(at(sheet, 5, 3)).toMatchObject({ value: 2, type: Number });
    // （七）总计 as computed (2), not as the sample declared it (1).
    const total = sheet.data.find((row) => row[1]?.value === '（七）总计');
    expect(total?.[3]).toMatchObject({ value: 2, type: Number });
    expect(sheet.data.flat().some((cell) => cell?.type?.name === 'Formula')).toBe(false);
  });

  it('keeps blank, 0, 「/」 and exact money apart', () => {
    const report = withCells(zeroReport(), {
      [t2('rules', 'issued')]: undefined,
      [t2('rules', 'repealed')]: '/',
      [t2('fees', 'amount')]: '3.05',
      [t3('newReceived', 'natural')]: 0,
    });
    const t2Sheet = sheetNamed(buildReportWorkbook(report, []), '表二');
    expect(at(t2Sheet, 4, 1)?.value).toBeUndefined();
    expect(at(t2Sheet, 4, 2)).toMatchObject({ value: '/', type: String });
    expect(at(t2Sheet, 4, 3)).toMatchObject({ value: 0, type: Number });
    expect(at(t2Sheet, 15, 1)).toMatchObject({ value: 3.05, type: Number, format: '0.00' });
    expect(at(t2Sheet, 14, 1)?.value).toBe('本年收费金额（单位：万元）');
  });

  it('lists every finding with rule, severity, message, places and review status', () => {
    const sheet = sheetNamed(sheets, '检查结果');
    expect(sheet.data[0]?.map((cell) => cell?.value)).toEqual(findingsColumns);
    expect(sheet.data).toHaveLength(checkReport(sampleReport).length + 1);
    const first = sheet.data[1]?.map((cell) => cell?.value);
    expect(first?.slice(0, 4)).toEqual([1, 'R3-RESULT', '表三（七）总计', '错误']);
    expect(String(first?.[5])).toContain('表三·三、本年度办理结果·（七）总计·自然人');
    expect(first?.[6]).toBe('待处理');
  });
});

describe('the sheets’ page setup', () => {
  it('prints the wide tables 三 and 四 across the page, with table 三’s row labels wide', () => {
    const sheets = buildReportWorkbook(zeroReport(), []);
    expect(sheets.map((sheet) => sheet.orientation)).toEqual([
      undefined,
      'landscape',
      'landscape',
      undefined,
    ]);
    expect(sheetNamed(sheets, '表三').columns.map((column) => column.width)).toEqual([
      12, 12, 36, 10, 10, 10, 10, 10, 10, 10,
    ]);
  });
});
