import { describe, expect, it } from 'vitest';
import { t3, t4 } from './form/cells.ts';
import { createBlankReport } from './blank.ts';
import { computeTotals } from './totals.ts';
import { withCells, zeroReport } from '../testing/reports.ts';

describe('computeTotals', () => {
  it('adds a row of table 三 across the six applicant columns into 总计', () => {
    const report = withCells(zeroReport(), {
      [t3('newReceived', 'natural')]: 3,
      [t3('newReceived', 'commercial')]: 2,
      [t3('newReceived', 'otherOrg')]: 1,
    });
    expect(computeTotals(report).cells.get(t3('newReceived', 'total'))).toBe(6);
  });

  it('adds every result row into （七）总计, per column and in the corner', () => {
    const report = withCells(zeroReport(), {
      [t3('disclosed', 'natural')]: 4,
      [t3('withheldThirdParty', 'natural')]: 1,
      [t3('otherElse', 'natural')]: 2,
      [t3('unavailableNotHeld', 'research')]: 5,
      // Not a result: must not be counted.
      [t3('carriedForward', 'natural')]: 9,
    });
    const totals = computeTotals(report);
    expect(totals.cells.get(t3('resultTotal', 'natural'))).toBe(7);
    expect(totals.cells.get(t3('resultTotal', 'research'))).toBe(5);
    expect(totals.cells.get(t3('resultTotal', 'total'))).toBe(12);
    expect(totals.groups.otherHandling.natural).toBe(2);
    expect(totals.groups.unavailable.total).toBe(5);
  });

  it('counts the single （六）其他处理 row of the 2019 layout as a result', () => {
    const report = {
      ...withCells(createBlankReport(2020), { [t3('otherHandling', 'legalService')]: 3 }),
      table3Layout: '2019' as const,
    };
    const totals = computeTotals(report);
    expect(totals.cells.get(t3('resultTotal', 'legalService'))).toBe(3);
    expect(totals.groups.otherHandling.total).toBe(3);
  });

  it('adds the four outcomes of each kind of case in table 四', () => {
    const report = withCells(zeroReport(), {
      [t4('review', 'upheld')]: 2,
      [t4('review', 'pending')]: 1,
      [t4('suitAfterReview', 'corrected')]: 4,
    });
    const totals = computeTotals(report);
    expect(totals.cells.get(t4('review', 'total'))).toBe(3);
    expect(totals.cells.get(t4('directSuit', 'total'))).toBe(0);
    expect(totals.cells.get(t4('suitAfterReview', 'total'))).toBe(4);
  });

  it('leaves a total blank while everything it adds is blank, and counts "/" as nothing', () => {
    const blank = computeTotals(createBlankReport(2024));
    expect(blank.cells.get(t3('newReceived', 'total'))).toBeNull();
    expect(blank.cells.get(t4('review', 'total'))).toBeNull();
    const marked = computeTotals(
      withCells(createBlankReport(2024), {
        [t3('newReceived', 'natural')]: '/',
        [t3('newReceived', 'research')]: 2,
      }),
    );
    expect(marked.cells.get(t3('newReceived', 'total'))).toBe(2);
  });
});
