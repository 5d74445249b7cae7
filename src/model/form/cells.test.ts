import { describe, expect, it } from 'vitest';
import { cellDefs, describeCell, enteredCells, isCellAddress, t3 } from './cells.ts';
import { table3RowsByLayout } from './table3.ts';

describe('the cell register', () => {
  it('has the official 25 rows × 7 columns in table 三 (2021), 10 cells in 二 and 15 in 四', () => {
    expect(table3RowsByLayout['2021']).toHaveLength(25);
    const count = (table: string, layout: '2021' | '2019') =>
      cellDefs.filter((def) => def.table === table && def.layouts.includes(layout)).length;
    expect(count('t3', '2021')).toBe(175);
    expect(count('t2', '2021')).toBe(10);
    expect(count('t4', '2021')).toBe(15);
  });

  it('keeps the 2019 layout of table 三 with （六）其他处理 as one row', () => {
    const rows = table3RowsByLayout['2019'].map((row) => row.id);
    expect(rows).toHaveLength(23);
    expect(rows).toContain('otherHandling');
    expect(rows).not.toContain('otherElse');
  });

  it('computes exactly the 总计 column, the （七）总计 row and table 四’s totals', () => {
    const computed = cellDefs.filter((def) => def.isComputed).map((def) => def.address);
    // A 总计 for each of the 26 rows the two layouts have between them (（七） included),
    // the six applicant cells of （七）总计, and table 四's three 总计.
    expect(computed).toHaveLength(26 + 6 + 3);
    expect(computed).toContain('t3.resultTotal.natural');
    expect(computed).toContain('t4.suitAfterReview.total');
    expect(enteredCells('2021').some((def) => def.isComputed)).toBe(false);
  });

  it('has unique addresses', () => {
    expect(new Set(cellDefs.map((def) => def.address)).size).toBe(cellDefs.length);
  });

  it('names every cell apart, even with the value a screen reader hears after the name', () => {
    // A grid cell's accessible name is its names, then its value (GridCell): assistive technology
    // and the e2e page model tell cells apart by it.
    const names = cellDefs.map((def) => def.names.join(' '));
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => / (?:\d+(?:\.\d+)?|\/)$/.test(name))).toEqual([]);
  });

  it.each([
    [t3('newReceived', 'natural'), '表三·一、本年新收政府信息公开申请数量·自然人'],
    [
      t3('withheldStateSecret', 'total'),
      '表三·三、本年度办理结果·（三）不予公开·1.属于国家秘密·总计',
    ],
    [
      t3('otherElse', 'otherOrg'),
      '表三·三、本年度办理结果·（六）其他处理·3.其他·法人或其他组织·其他',
    ],
    ['t2.rules.inForce', '表二·第二十条第（一）项·规章·现行有效件数'],
    ['t2.fees.amount', '表二·第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）'],
    ['t4.directSuit.pending', '表四·行政诉讼·未经复议直接起诉·尚未审结'],
  ] as const)('names %s as %s', (address, name) => {
    expect(describeCell(address)).toBe(name);
  });

  it('recognises only real addresses', () => {
    expect(isCellAddress('t3.newReceived.natural')).toBe(true);
    expect(isCellAddress('t3.newReceived.nobody')).toBe(false);
    expect(isCellAddress('t2.licensing.issued')).toBe(false);
  });
});
