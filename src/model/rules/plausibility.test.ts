import { describe, expect, it } from 'vitest';
import { checkReport } from '../check.ts';
import { t2, t3 } from '../form/cells.ts';
import type { Report } from '../report.ts';
import { withCells, zeroReport } from '../../testing/reports.ts';

const rulesOf = (report: Report, rule: string) =>
  checkReport(report).filter((finding) => finding.rule === rule);

const ofCategory = (report: Report, category: Report['header']['category']): Report => ({
  ...report,
  header: { ...report.header, category },
});

describe('P-RULE: 规章 from a body without rule-making power', () => {
  it.each([
    ['县级政府部门', 0, 0],
    ['县级政府部门', 1, 1],
    ['乡镇街道', 6, 1],
    ['地市级政府', 3, 0],
    ['国务院部门', 3, 0],
    [null, 3, 0],
  ] as const)('%s with %i in force', (category, inForce, count) => {
    const report = ofCategory(
      withCells(zeroReport(), { [t2('rules', 'inForce')]: inForce }),
      category,
    );
    expect(rulesOf(report, 'P-RULE')).toHaveLength(count);
  });
});

describe('P-FEE-UNIT: 收费金额 that looks like 元 in the 万元 cell', () => {
  it.each([
    ['县级政府部门', '9999.999999', 0],
    ['县级政府部门', '10000', 1],
    ['省级政府', '10000', 0],
    ['省级政府', '1000000', 1],
    ['县级政府部门', '/', 0],
  ] as const)('%s with %s 万元', (category, amount, count) => {
    const report = ofCategory(
      withCells(zeroReport(), { [t2('fees', 'amount')]: amount }),
      category,
    );
    expect(rulesOf(report, 'P-FEE-UNIT')).toHaveLength(count);
  });

  it('shows the amount in 元 exactly', () => {
    const report = withCells(zeroReport(), { [t2('fees', 'amount')]: '39400.12345' });
    expect(rulesOf(report, 'P-FEE-UNIT')[0]?.message).toContain('即 394001234.5 元');
  });
});

describe('P-OTHER: a high share of （六）其他处理', () => {
  it.each([
    [3, 7, 1],
    [2, 2, 0],
    [3, 8, 0],
  ])('%i other of %i other-than-other results', (other, rest, count) => {
    const report = withCells(zeroReport(), {
      [t3('otherElse', 'natural')]: other,
      [t3('disclosed', 'natural')]: rest,
    });
    expect(rulesOf(report, 'P-OTHER')).toHaveLength(count);
  });
});
