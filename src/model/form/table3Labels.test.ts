import { describe, expect, it } from 'vitest';
import { table3LabelCells } from './table3Labels.ts';

describe('table 三 row labels as printed', () => {
  it('spans 三、本年度办理结果 over its 22 rows and each sub-heading over its items (2021)', () => {
    const rows = table3LabelCells('2021');
    const byRow = new Map(rows.map((r) => [r.row, r.cells]));
    expect(byRow.get('newReceived')).toEqual([
      { text: '一、本年新收政府信息公开申请数量', rowSpan: 1, colSpan: 3 },
    ]);
    expect(byRow.get('disclosed')).toEqual([
      { text: '三、本年度办理结果', rowSpan: 22, colSpan: 1 },
      { text: '（一）予以公开', rowSpan: 1, colSpan: 2 },
    ]);
    expect(byRow.get('withheldStateSecret')).toEqual([
      { text: '（三）不予公开', rowSpan: 8, colSpan: 1 },
      { text: '1.属于国家秘密', rowSpan: 1, colSpan: 1 },
    ]);
    expect(byRow.get('withheldLawProhibited')).toEqual([
      { text: '2.其他法律行政法规禁止公开', rowSpan: 1, colSpan: 1 },
    ]);
    expect(byRow.get('otherNoCorrection')?.[0]).toEqual({
      text: '（六）其他处理',
      rowSpan: 3,
      colSpan: 1,
    });
    expect(byRow.get('resultTotal')).toEqual([{ text: '（七）总计', rowSpan: 1, colSpan: 2 }]);
  });

  it('keeps （六）其他处理 as one row across two columns in the 2019 layout (20 result rows)', () => {
    const byRow = new Map(table3LabelCells('2019').map((r) => [r.row, r.cells]));
    expect(byRow.get('disclosed')?.[0]?.rowSpan).toBe(20);
    expect(byRow.get('otherHandling')).toEqual([
      { text: '（六）其他处理', rowSpan: 1, colSpan: 2 },
    ]);
  });

  it('fills exactly three label columns in every row', () => {
    for (const layout of ['2021', '2019'] as const) {
      const rows = table3LabelCells(layout);
      const occupied = rows.map(() => 0);
      rows.forEach((r, i) => {
        for (const cell of r.cells) {
          for (let k = 0; k < cell.rowSpan; k++)
            occupied[i + k] = (occupied[i + k] ?? 0) + cell.colSpan;
        }
      });
      expect(occupied.every((columns) => columns === 3)).toBe(true);
    }
  });
});
