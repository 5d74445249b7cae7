import { describe, expect, it } from 'vitest';
import { checkReport } from '../check.ts';
import { t2, t3 } from '../form/cells.ts';
import { withCells, zeroReport } from '../../testing/reports.ts';

const lastYear = () => ({ ...zeroReport(), header: { ...zeroReport().header, year: 2023 } });

describe('X-CARRY: 上年结转 = last year’s 结转下年度继续办理', () => {
  it('is silent without a prior report and when the columns agree', () => {
    const report = withCells(zeroReport(), { [t3('carriedOver', 'natural')]: 2 });
    const prior = withCells(lastYear(), { [t3('carriedForward', 'natural')]: 2 });
    expect(checkReport(report).filter((f) => f.rule === 'X-CARRY')).toEqual([]);
    expect(checkReport(report, { prior }).filter((f) => f.rule === 'X-CARRY')).toEqual([]);
  });

  it('names a column that differs once: the 总计 column only repeats it', () => {
    const report = withCells(zeroReport(), { [t3('carriedOver', 'natural')]: 1 });
    const prior = withCells(lastYear(), { [t3('carriedForward', 'natural')]: 3 });
    const findings = checkReport(report, { prior }).filter((f) => f.rule === 'X-CARRY');
    expect(findings.map((f) => f.cells)).toEqual([[t3('carriedOver', 'natural')]]);
    expect(findings[0]).toMatchObject({ severity: 'error', left: 1, right: 3, difference: -2 });
    expect(findings[0]?.message).toBe(
      '表三·自然人列：二、上年结转为 1，但 2023 年度报告的四、结转下年度继续办理为 3，相差 2。' +
        '总计列随之相差 2，不另计。',
    );
  });

  it('names each applicant column that differs, even where 总计 adds up', () => {
    const report = withCells(zeroReport(), {
      [t3('carriedOver', 'natural')]: 1,
      [t3('carriedOver', 'research')]: 2,
    });
    const prior = withCells(lastYear(), { [t3('carriedForward', 'natural')]: 3 });
    const findings = checkReport(report, { prior }).filter((f) => f.rule === 'X-CARRY');
    expect(findings.map((f) => f.cells)).toEqual([
      [t3('carriedOver', 'natural')],
      [t3('carriedOver', 'research')],
    ]);
    expect(findings.map((f) => f.message).join('')).not.toContain('总计列');
  });
});

describe('X-VALID: 现行有效 = last year’s + 制发 − 废止', () => {
  it.each([
    [10, 12, 0],
    [10, 11, 1],
    [10, 13, 1],
  ])('last year %i in force, now %i (3 issued, 1 repealed)', (last, now, count) => {
    const report = withCells(zeroReport(), {
      [t2('normativeDocs', 'issued')]: 3,
      [t2('normativeDocs', 'repealed')]: 1,
      [t2('normativeDocs', 'inForce')]: now,
    });
    const prior = withCells(lastYear(), { [t2('normativeDocs', 'inForce')]: last });
    const findings = checkReport(report, { prior }).filter((f) => f.rule === 'X-VALID');
    expect(findings).toHaveLength(count);
    if (count) expect(findings[0]).toMatchObject({ severity: 'warning', right: 12 });
  });
});
