import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../check.ts';
import { enteredCells } from '../form/cells.ts';
import { parseReportDocument } from '../parse.ts';
import { computeTotals } from '../totals.ts';
import { reportArbitrary } from '../../testing/arbitraries.ts';
import { withCells, zeroReport } from '../../testing/reports.ts';
import { contributionsTo, rollUp, sumValues } from './rollup.ts';
import { serializeReport } from '../../export/json.ts';

const source = (name: string, report = zeroReport()) => ({ name, report, hasErrors: false });

describe('rollUp', () => {
  it('sums every cell of complete reports, so its totals are the sums of theirs', () => {
    const complete2021 = reportArbitrary({ complete: true }).filter(
      (r) => r.table3Layout === '2021',
    );
    fc.assert(
      fc.property(fc.array(complete2021, { minLength: 1, maxLength: 6 }), (reports) => {
        const { report } = rollUp(
          reports.map((r, i) => source(`机关${i}`, r)),
          { agencyName: '某区', year: 2024 },
        );
        const area = computeTotals(report).cells;
        const each = reports.map((r) => computeTotals(r).cells);
        for (const [address, total] of area) {
          const expected = each.reduce((sum, totals) => sum + (totals.get(address) ?? 0), 0);
          expect(total).toBe(expected);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('adds money as exact decimals and keeps blank and 「/」 apart from 0', () => {
    expect(sumValues(['0.1', '0.2'], 'money')).toBe('0.3');
    expect(sumValues(['12.000001', undefined, '/'], 'money')).toBe('12.000001');
    expect(sumValues([undefined, undefined], 'count')).toBeUndefined();
    expect(sumValues(['/', undefined], 'count')).toBe('/');
    expect(sumValues(['/', 0], 'count')).toBe(0);
  });

  it('lists each agency’s figure for a cell and marks the reports with errors', () => {
    const a = withCells(zeroReport(), { 't3.newReceived.natural': 3 });
    const b = withCells(zeroReport(), { 't3.newReceived.natural': undefined });
    const { report, contributions } = rollUp(
      [source('甲局', a), { name: '乙局', report: b, hasErrors: true }],
      { agencyName: '某区', year: 2024 },
    );
    expect(report.cells['t3.newReceived.natural']).toBe(3);
    expect(contributions.get('t3.newReceived.natural')).toEqual([
      { source: '甲局', value: 3, hasErrors: false },
      { source: '乙局', value: undefined, hasErrors: true },
    ]);
  });

  it('puts a 2021 report’s three （六） rows into a 2019 area’s one row', () => {
    const modern = withCells(zeroReport(), {
      't3.otherNoCorrection.natural': 1,
      't3.otherUnpaidFee.natural': 2,
      't3.otherElse.natural': 4,
    });
    const legacyCells = Object.fromEntries(
      enteredCells('2019').map((def) => [def.address, def.kind === 'money' ? '0' : 0]),
    );
    const legacy = { ...zeroReport(), table3Layout: '2019' as const, cells: legacyCells };
    const { report } = rollUp(
      [
        source('新格式', modern),
        source('旧格式', withCells(legacy, { 't3.otherHandling.natural': 5 })),
      ],
      { agencyName: '某区', year: 2024 },
    );
    expect(report.table3Layout).toBe('2019');
    expect(report.cells['t3.otherHandling.natural']).toBe(12);
  });

  it('drills into a total as each agency’s own total, in the area’s layout', () => {
    const modern = withCells(zeroReport(), {
      't3.newReceived.natural': 2,
      't3.newReceived.commercial': 3,
      't3.otherNoCorrection.natural': 1,
      't3.otherElse.natural': 4,
    });
    const legacy = withCells(
      { ...zeroReport(), table3Layout: '2019' as const, cells: {} },
      { 't3.newReceived.natural': 7, 't3.otherHandling.natural': 5 },
    );
    const rollup = rollUp(
      [source('新格式', modern), { name: '旧格式', report: legacy, hasErrors: true }],
      { agencyName: '某区', year: 2024 },
    );
    const figures = (address: Parameters<typeof contributionsTo>[1]) =>
      contributionsTo(rollup, address).map(({ source, value, hasErrors }) => [
        source,
        value,
        hasErrors,
      ]);
    expect(figures('t3.newReceived.total')).toEqual([
      ['新格式', 5, false],
      ['旧格式', 7, true],
    ]);
    expect(figures('t3.otherHandling.total')).toEqual([
      ['新格式', 5, false],
      ['旧格式', 5, true],
    ]);
    // The drill-down adds up to the area's own total.
    const area = computeTotals(rollup.report).cells.get('t3.otherHandling.total');
    expect(area).toBe(10);
    expect(figures('t3.newReceived.natural')).toEqual([
      ['新格式', 2, false],
      ['旧格式', 7, true],
    ]);
  });

  it('is a report like any other: it saves, loads and is checked by the same rules', () => {
    const broken = withCells(zeroReport(), { 't3.newReceived.natural': 1 });
    const { report } = rollUp([source('甲局', broken), source('乙局')], {
      agencyName: '某区',
      year: 2024,
    });
    const loaded = parseReportDocument(JSON.parse(serializeReport(report)));
    expect(loaded.ok).toBe(true);
    // One unprocessed application in the area: the balance of 自然人 is off by one.
    const balance = checkReport(report).filter((f) => f.rule === 'R3-BALANCE');
    expect(balance.some((f) => f.cells.includes('t3.newReceived.natural'))).toBe(true);
  });
});
