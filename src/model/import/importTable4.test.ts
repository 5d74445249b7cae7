// Table 四 read from pasted text: notes and wrapped header words kept out, a copy cell by cell,
// a lost figure found from the totals.

import { describe, expect, it } from 'vitest';
import { report, imported } from './tablesTestKit.ts';

describe('table 四', () => {
  it('keeps a note printed under the table out of its figures', () => {
    const outcome = imported(
      report({
        t4: '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0\n注：行政复议、行政诉讼数量含上年度结转数量 2 件。',
      }),
    );
    expect(outcome.report.cells['t4.review.upheld']).toBe(1);
    expect(outcome.report.declared['t4.review.total']).toBe(1);
    expect(outcome.account.unplaced).toEqual([
      expect.objectContaining({ reason: '表四下方的注释，不是表格数据' }),
    ]);
  });

  it('takes the header’s words wrapped in narrow columns for the header, not unknown text', () => {
    // pdftotext -layout of our print: 「结果维持」 in a narrow column prints as 「结果」 over 「维持」.
    const header = [
      '     行政复议                  行政诉讼',
      '结果 结果 其他 尚未 总计 结果 未经复议直接起诉',
      '                  结果 其他 尚未',
      '                                  复议后起诉',
      '                              结果 结果 其他 尚未',
      '维持 纠正 结果 审结    维持 纠正 结果 审结 总计 维持 纠正 结果 审结 总计',
      '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0',
    ].join('\n');
    const outcome = imported(report({ t4: header }));
    expect(outcome.report.cells['t4.review.upheld']).toBe(1);
    expect(outcome.account.unplaced).toEqual([]);
  });

  it('reads the fifteen figures of a copy that put each cell on a line of its own', () => {
    const figures = [1, 2, 3, 4, 10, 5, 6, 7, 8, 26, 9, 11, 12, 13, 45];
    const outcome = imported(report({ t4: figures.join('\n') }));
    expect(outcome.report.cells).toMatchObject({
      't4.review.upheld': 1,
      't4.review.pending': 4,
      't4.directSuit.upheld': 5,
      't4.suitAfterReview.upheld': 9,
      't4.suitAfterReview.pending': 13,
    });
    expect(outcome.report.declared).toEqual({
      't4.review.total': 10,
      't4.directSuit.total': 26,
      't4.suitAfterReview.total': 45,
    });
    expect(outcome.account.unplaced).toEqual([]);
  });

  it('reads twelve figures as the four outcomes of each kind, totals left to the model', () => {
    const outcome = imported(report({ t4: '1 0 0 0 0 0 0 0 0 0 0 2' }));
    expect(outcome.report.cells['t4.review.upheld']).toBe(1);
    expect(outcome.report.cells['t4.suitAfterReview.pending']).toBe(2);
    expect(outcome.report.declared).toEqual({});
  });

  it('finds the one figure fourteen leave out where the totals point to it', () => {
    // 未经复议直接起诉 printed 2 1 0 0 and lost its 总计 3: only that reading adds up everywhere.
    const outcome = imported(report({ t4: '1 0 0 0 1 2 1 0 0 0 0 0 1 1' }));
    expect(outcome.report.cells).toMatchObject({
      't4.directSuit.upheld': 2,
      't4.directSuit.corrected': 1,
      't4.suitAfterReview.pending': 1,
    });
    expect(outcome.report.declared).toEqual({
      't4.review.total': 1,
      't4.suitAfterReview.total': 1,
    });
    expect(outcome.findings.find((f) => f.rule === 'I-MISSING')).toMatchObject({
      severity: 'info',
      cells: ['t4.directSuit.total'],
    });
  });
});
