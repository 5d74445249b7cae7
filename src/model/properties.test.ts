import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '../export/json.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import { reportArbitrary } from '../testing/arbitraries.ts';
import { checkReport } from './check.ts';
import { enteredCells, getCellDef, t3, type CellAddress } from './form/cells.ts';
import { table3ApplicantColumns, table3ResultRows, table3RowsByLayout } from './form/table3.ts';
import { parseReportDocument, parseReportText } from './parse.ts';
import type { Report } from './report.ts';
import { computeTotals } from './totals.ts';
import { countOf } from './values.ts';

const count = (report: Report, address: CellAddress) => countOf(report.cells[address]) ?? 0;

describe('properties of the model', () => {
  it('computes totals that satisfy every sum rule', () => {
    fc.assert(
      fc.property(reportArbitrary({ complete: true, declareTotals: true }), (report) => {
        const totals = computeTotals(report);
        const layout = report.table3Layout;
        for (const row of table3RowsByLayout[layout]) {
          if (row.id === 'resultTotal') continue;
          const sum = table3ApplicantColumns.reduce(
            (s, c) => s + count(report, t3(row.id, c.id)),
            0,
          );
          expect(totals.cells.get(t3(row.id, 'total'))).toBe(sum);
        }
        for (const column of table3ApplicantColumns) {
          const sum = table3ResultRows(layout).reduce(
            (s, r) => s + count(report, t3(r.id, column.id)),
            0,
          );
          expect(totals.cells.get(t3('resultTotal', column.id))).toBe(sum);
        }
        const sumRules = new Set(['R3-RESULT', 'R3-ROW', 'R4-SUM']);
        expect(checkReport(report).filter((f) => sumRules.has(f.rule))).toEqual([]);
      }),
    );
  });

  it('reports R3-BALANCE exactly when some column does not balance', () => {
    const balancing = reportArbitrary({ complete: true }).chain((report) =>
      fc
        .record({ balanced: fc.boolean(), delta: fc.integer({ min: 1, max: 5 }) })
        .map(({ balanced, delta }) => {
          // Make every applicant column balance by choosing 新收, then perhaps upset one column.
          const cells = { ...report.cells };
          const results = computeTotals(report).cells;
          for (const column of table3ApplicantColumns) {
            const right =
              (results.get(t3('resultTotal', column.id)) ?? 0) +
              count(report, t3('carriedForward', column.id));
            const carriedOver = Math.min(count(report, t3('carriedOver', column.id)), right);
            cells[t3('carriedOver', column.id)] = carriedOver;
            cells[t3('newReceived', column.id)] = right - carriedOver;
          }
          if (!balanced)
            cells[t3('newReceived', 'research')] =
              count({ ...report, cells }, t3('newReceived', 'research')) + delta;
          return { ...report, cells };
        }),
    );
    fc.assert(
      fc.property(balancing, (report) => {
        const totals = computeTotals(report);
        const balances = table3ApplicantColumns.every(
          (c) =>
            count(report, t3('newReceived', c.id)) + count(report, t3('carriedOver', c.id)) ===
            (totals.cells.get(t3('resultTotal', c.id)) ?? 0) +
              count(report, t3('carriedForward', c.id)),
        );
        const flagged = checkReport(report).some((f) => f.rule === 'R3-BALANCE');
        expect(flagged).toBe(!balances);
      }),
    );
  });

  it('flags any one changed cell of a report with declared totals, naming its row or column', () => {
    const changed = reportArbitrary({ complete: true, declareTotals: true }).chain((report) => {
      const candidates = enteredCells(report.table3Layout).filter((def) => def.table !== 't2');
      return fc
        .record({ def: fc.constantFrom(...candidates), delta: fc.integer({ min: 1, max: 9 }) })
        .map(({ def, delta }) => ({ report, address: def.address, delta }));
    });
    fc.assert(
      fc.property(changed, ({ report, address, delta }) => {
        const value = count(report, address) + delta;
        const edited = { ...report, cells: { ...report.cells, [address]: value } };
        const def = getCellDef(address);
        const sharesRowOrColumn = (other: string) => {
          const [table, row, column] = other.split('.');
          return table === def.table && (row === def.row || column === def.column);
        };
        const errors = checkReport(edited).filter((f) => f.severity === 'error');
        expect(errors.some((f) => f.cells.some(sharesRowOrColumn))).toBe(true);
      }),
    );
  });

  it('reads back every report it writes, unchanged', () => {
    fc.assert(
      fc.property(reportArbitrary(), (report) => {
        const result = parseReportText(serializeReport(report));
        expect(result.ok && result.document.report).toEqual(report);
      }),
    );
  });

  it('never throws on junk, and turns it down with a reason', () => {
    const sample = JSON.parse(serializeReport(sampleReport)) as unknown;
    const mutated = fc
      .tuple(
        fc.array(fc.oneof(fc.string(), fc.nat({ max: 30 })), { minLength: 1, maxLength: 4 }),
        fc.jsonValue(),
      )
      .map(([path, value]) => setPath(structuredClone(sample), path, value));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), mutated), (input) => {
        const result = parseReportDocument(input);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseReportText(text)).not.toThrow();
      }),
    );
  });
});

function setPath(target: unknown, path: readonly (string | number)[], value: unknown): unknown {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return target;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (typeof node === 'object' && node !== null) {
    (node as Record<string | number, unknown>)[path.at(-1) ?? ''] = value;
  }
  return target;
}
