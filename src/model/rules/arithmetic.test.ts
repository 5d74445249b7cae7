import { describe, expect, it } from 'vitest';
import { t3, t4 } from '../form/cells.ts';
import { checkReport } from '../check.ts';
import type { Report } from '../report.ts';
import { withCells, withDeclared, zeroReport } from '../../testing/reports.ts';

const findingsOf = (report: Report, rule: string) =>
  checkReport(report).filter((finding) => finding.rule === rule);

describe('R3-BALANCE: 一 + 二 = 三（七）总计 + 四, per column', () => {
  it.each([
    ['balances', { newReceived: 5, carriedOver: 1, disclosed: 4, carriedForward: 2 }, 0],
    ['one short', { newReceived: 5, carriedOver: 1, disclosed: 4, carriedForward: 1 }, 1],
    ['one over', { newReceived: 5, carriedOver: 1, disclosed: 5, carriedForward: 2 }, -1],
  ] as const)('%s', (_, rows, difference) => {
    const report = withCells(zeroReport(), {
      [t3('newReceived', 'natural')]: rows.newReceived,
      [t3('carriedOver', 'natural')]: rows.carriedOver,
      [t3('disclosed', 'natural')]: rows.disclosed,
      [t3('carriedForward', 'natural')]: rows.carriedForward,
    });
    const findings = findingsOf(report, 'R3-BALANCE');
    if (difference === 0) {
      expect(findings).toEqual([]);
      return;
    }
    // One wrong cell, one error: the 总计 column only repeats the 自然人 column's imbalance.
    expect(findings.map((f) => f.cells[0])).toEqual([t3('newReceived', 'natural')]);
    const [natural] = findings;
    expect(natural?.severity).toBe('error');
    expect(natural?.difference).toBe(difference);
    expect(natural?.left).toBe(rows.newReceived + rows.carriedOver);
    expect(natural?.message).toContain('表三·自然人列');
    expect(natural?.message).toContain(`相差 ${Math.abs(difference)}`);
  });

  it('says 填报 and 计算 side by side where the printed （七）总计 differs from the sum', () => {
    const report = withDeclared(
      withCells(zeroReport(), {
        [t3('newReceived', 'natural')]: 5,
        [t3('disclosed', 'natural')]: 6,
      }),
      { [t3('resultTotal', 'natural')]: 5 },
    );
    const [balance] = findingsOf(report, 'R3-BALANCE');
    expect(balance?.message).toContain('三、（七）总计（填报 5，计算 6）');
    expect(balance?.message).not.toContain('总计（6）');
  });

  it('reports the balance once when a printed 总计 is out as well', () => {
    const report = withDeclared(withCells(zeroReport(), { [t3('newReceived', 'natural')]: 1 }), {
      [t3('newReceived', 'total')]: 2,
    });
    // R3-ROW says the printed 总计 is wrong; the imbalance itself is the 自然人 column's.
    expect(findingsOf(report, 'R3-BALANCE').map((f) => f.cells[0])).toEqual([
      t3('newReceived', 'natural'),
    ]);
  });

  it('waits until all four terms of a column are filled in', () => {
    const report = withCells(zeroReport(), {
      [t3('newReceived', 'research')]: 3,
      [t3('carriedForward', 'research')]: undefined,
    });
    expect(findingsOf(report, 'R3-BALANCE')).toEqual([]);
  });
});

describe('R3-RESULT: declared （七）总计 = sum of the result rows', () => {
  it.each([
    [2, []],
    [1, ['natural']],
    [3, ['natural']],
  ] as const)('declared %i against results adding up to 2', (declared, failing) => {
    const report = withDeclared(
      withCells(zeroReport(), {
        [t3('disclosed', 'natural')]: 1,
        [t3('notProcessedRepeated', 'natural')]: 1,
        [t3('newReceived', 'natural')]: 2,
      }),
      { [t3('resultTotal', 'natural')]: declared },
    );
    const findings = findingsOf(report, 'R3-RESULT');
    expect(findings.map((f) => f.cells.at(-1))).toEqual(
      failing.map((column) => t3('resultTotal', column)),
    );
    if (findings[0]) {
      expect(findings[0].message).toBe(
        `表三·自然人列：（七）总计填报为 ${declared}，各项办理结果相加为 2` +
          `（（一）予以公开 1，（五）不予处理·2.重复申请 1），相差 1。`,
      );
    }
  });

  it('is not raised for a report that declared nothing', () => {
    const report = withCells(zeroReport(), { [t3('disclosed', 'natural')]: 1 });
    expect(findingsOf(report, 'R3-RESULT')).toEqual([]);
  });

  // The 总计 column's （七）总计 adds up the applicant columns' printed ones: when it is out by
  // exactly what they are out by, it is the same wrong figure, not a second one.
  const twoResults = {
    [t3('disclosed', 'natural')]: 1,
    [t3('partlyDisclosed', 'natural')]: 1,
    [t3('newReceived', 'natural')]: 2,
  };

  it('reports a wrong printed （七）总计 once, naming the 总计 column it carries into', () => {
    const report = withDeclared(withCells(zeroReport(), twoResults), {
      [t3('resultTotal', 'natural')]: 1,
      [t3('resultTotal', 'total')]: 1,
    });
    const findings = findingsOf(report, 'R3-RESULT');
    expect(findings.map((f) => f.cells.at(-1))).toEqual([t3('resultTotal', 'natural')]);
    expect(findings[0]?.message).toContain(
      '总计列的（七）总计（填报 1，计算 2）随之相差 1，不另计错误',
    );
  });

  it('still reports the 总计 column when it is out by more than the applicant columns', () => {
    const report = withDeclared(withCells(zeroReport(), twoResults), {
      [t3('resultTotal', 'natural')]: 1,
      [t3('resultTotal', 'total')]: 5,
    });
    expect(findingsOf(report, 'R3-RESULT').map((f) => f.cells.at(-1))).toEqual([
      t3('resultTotal', 'natural'),
      t3('resultTotal', 'total'),
    ]);
  });

  it('reports the 总计 column alone when only it is wrong', () => {
    const report = withDeclared(withCells(zeroReport(), twoResults), {
      [t3('resultTotal', 'natural')]: 2,
      [t3('resultTotal', 'total')]: 3,
    });
    expect(findingsOf(report, 'R3-RESULT').map((f) => f.cells.at(-1))).toEqual([
      t3('resultTotal', 'total'),
    ]);
  });

  it('sums the errors of several applicant columns before excusing the 总计 column', () => {
    const report = withDeclared(
      withCells(zeroReport(), {
        ...twoResults,
        [t3('disclosed', 'research')]: 3,
        [t3('newReceived', 'research')]: 3,
      }),
      {
        [t3('resultTotal', 'natural')]: 1,
        [t3('resultTotal', 'research')]: 2,
        [t3('resultTotal', 'total')]: 3,
      },
    );
    const findings = findingsOf(report, 'R3-RESULT');
    expect(findings.map((f) => f.cells.at(-1))).toEqual([
      t3('resultTotal', 'natural'),
      t3('resultTotal', 'research'),
    ]);
    expect(findings[0]?.message).toContain('总计列的（七）总计（填报 3，计算 5）随之相差 2');
    expect(findings[0]?.message).toContain('自然人、科研机构两列');
  });
});

describe('R3-ROW: declared 总计 = the six applicant columns', () => {
  it.each([
    [3, 0],
    [4, 1],
    [2, 1],
  ])('declared %i against a row adding up to 3 gives %i finding(s)', (declared, count) => {
    const report = withDeclared(
      withCells(zeroReport(), {
        [t3('carriedOver', 'natural')]: 1,
        [t3('carriedOver', 'legalService')]: 2,
      }),
      { [t3('carriedOver', 'total')]: declared },
    );
    const findings = findingsOf(report, 'R3-ROW');
    expect(findings).toHaveLength(count);
    if (count) {
      expect(findings[0]?.message).toBe(
        `表三·二、上年结转政府信息公开申请数量：总计填报为 ${declared}，六类申请人相加为 3，相差 1。`,
      );
      expect(findings[0]?.cells).toContain(t3('carriedOver', 'legalService'));
    }
  });
});

describe('R4-SUM: declared 总计 = 维持 + 纠正 + 其他 + 尚未审结', () => {
  it.each([
    ['review', 3, 0],
    ['review', 2, 1],
    ['directSuit', 1, 1],
  ] as const)('%s declared %i', (kind, declared, count) => {
    const report = withDeclared(
      withCells(zeroReport(), {
        [t4('review', 'upheld')]: 1,
        [t4('review', 'corrected')]: 1,
        [t4('review', 'otherResult')]: 1,
      }),
      { [t4(kind, 'total')]: declared },
    );
    const findings = findingsOf(report, 'R4-SUM');
    expect(findings).toHaveLength(count);
    expect(findings.every((f) => f.cells.includes(t4(kind, 'total')))).toBe(true);
  });

  it('names the kind of case in official words', () => {
    const report = withDeclared(zeroReport(), { [t4('suitAfterReview', 'total')]: 2 });
    expect(findingsOf(report, 'R4-SUM')[0]?.message).toBe(
      '表四·行政诉讼·复议后起诉：总计填报为 2，结果维持、结果纠正、其他结果、尚未审结相加为 0，相差 2。',
    );
  });
});
