// 汇总: the reports of an area summed cell by cell into one area report, with each cell's
// figures by agency for the drill-down. The area report is an ordinary report: the same rules
// check it, and it prints and saves like any other.

import { createBlankReport } from '../blank.ts';
import { fromScaledInteger, toScaledInteger } from '../decimal.ts';
import { enteredCells, getCellDef, type CellAddress, type CellDef } from '../form/cells.ts';
import type { Report } from '../report.ts';
import { computeTotals } from '../totals.ts';
import { feeAmountScale, notApplicable, type CellValue } from '../values.ts';

/** One report going into the 汇总, named as the drill-down shows it. */
export interface RollupSource {
  readonly name: string;
  readonly report: Report;
  /** The report has error-level findings: marked in the drill-down. */
  readonly hasErrors: boolean;
}

export interface Contribution {
  readonly source: string;
  /** The figure the report gives this cell (for a 2019 table 三, its undivided （六） row). */
  readonly value: CellValue | undefined;
  readonly hasErrors: boolean;
}

export interface Rollup {
  readonly report: Report;
  /** Every entered cell of the area report, with each source's figure in source order. */
  readonly contributions: ReadonlyMap<CellAddress, readonly Contribution[]>;
}

export interface RollupOptions {
  readonly agencyName: string;
  readonly year: number;
}

/** 2021's three （六） rows, which a 2019 table 三 reports as one. */
const splitOtherHandling = ['otherNoCorrection', 'otherUnpaidFee', 'otherElse'] as const;

/**
 * The figure a report gives a cell of the area's layout. An area in the 2019 layout (some report
 * had it) reads a 2021 report's three （六） rows as their sum in the one row.
 */
function figureFor(report: Report, def: CellDef, areaLayout: Report['table3Layout']) {
  const [table, row, column] = def.address.split('.');
  if (table === 't3' && row === 'otherHandling' && areaLayout !== report.table3Layout) {
    const parts = splitOtherHandling.map(
      (part) => report.cells[`t3.${part}.${column}` as CellAddress],
    );
    return sumValues(parts, def.kind);
  }
  return report.cells[def.address];
}

/**
 * Sums as the tables do: blanks and 「/」 add nothing; all blank stays blank; 「/」 with nothing
 * else stays 「/」; money adds as exact decimals.
 */
export function sumValues(
  values: readonly (CellValue | undefined)[],
  kind: CellDef['kind'],
): CellValue | undefined {
  const figures = values.filter((v) => v !== undefined && v !== notApplicable);
  if (figures.length === 0) return values.includes(notApplicable) ? notApplicable : undefined;
  if (kind === 'money') {
    let units = 0n;
    for (const figure of figures) units += toScaledInteger(String(figure), feeAmountScale);
    return fromScaledInteger(units, feeAmountScale);
  }
  let count = 0;
  for (const figure of figures) count += Number(figure);
  return count;
}

export function rollUp(sources: readonly RollupSource[], options: RollupOptions): Rollup {
  const layout = sources.some((s) => s.report.table3Layout === '2019') ? '2019' : '2021';
  const cells: Partial<Record<CellAddress, CellValue>> = {};
  const contributions = new Map<CellAddress, Contribution[]>();
  for (const def of enteredCells(layout)) {
    const list = sources.map(({ name, report, hasErrors }) => ({
      source: name,
      value: figureFor(report, def, layout),
      hasErrors,
    }));
    contributions.set(def.address, list);
    const sum = sumValues(
      list.map((c) => c.value),
      def.kind,
    );
    if (sum !== undefined) cells[def.address] = sum;
  }
  const blank = createBlankReport(options.year, options.agencyName);
  return {
    report: { ...blank, table3Layout: layout, cells },
    contributions,
  };
}

/**
 * Each source's figure for any cell of the area's tables. A total is the source's own total of
 * the figures it gave the area (a 2021 report in a 2019 area counts its three （六） rows as one).
 */
export function contributionsTo(rollup: Rollup, address: CellAddress): readonly Contribution[] {
  const entered = rollup.contributions.get(address);
  if (entered) return entered;
  if (!getCellDef(address).isComputed) return [];
  const layout = rollup.report.table3Layout;
  const bySource: Partial<Record<CellAddress, CellValue>>[] = [];
  for (const [cell, list] of rollup.contributions) {
    list.forEach(({ value }, i) => {
      const cells = (bySource[i] ??= {});
      if (value !== undefined) cells[cell] = value;
    });
  }
  const first = rollup.contributions.values().next().value ?? [];
  return first.map(({ source, hasErrors }, i) => {
    const total = computeTotals({ cells: bySource[i] ?? {}, table3Layout: layout }).cells.get(
      address,
    );
    return { source, value: total ?? undefined, hasErrors };
  });
}
