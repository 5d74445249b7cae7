// A published table that lacks an official row (a 2019 table 二 without 规章, a row dropped in
// copying) is one departure from the format, said once, not a run of blank cells to fill.

import { enteredCells, type CellAddress, type CellDef } from '../form/cells.ts';
import { table3RowsByLayout, table3ShortRowName, type Table3Layout } from '../form/table3.ts';
import type { Collector } from './collector.ts';
import { importFinding } from './findings.ts';

interface OfficialRow {
  readonly section: 't2' | 't3';
  readonly name: string;
  /** The row's own words without its numbering, as a line that holds it would show them. */
  readonly words: string;
  readonly cells: readonly CellAddress[];
}

function rowsOf(defs: readonly CellDef[]): Map<string, CellDef[]> {
  const rows = new Map<string, CellDef[]>();
  for (const def of defs) rows.set(def.row, [...(rows.get(def.row) ?? []), def]);
  return rows;
}

const numbering = /^(?:[（(][一二三四五六七八九十]+[）)]|\d+[.、．])\s*/;

function bareWords(name: string): string {
  return (name.split('·').at(-1) ?? name).replace(numbering, '');
}

function officialRows(layout: Table3Layout): OfficialRow[] {
  const table2 = [...rowsOf(enteredCells(layout, 't2')).values()].map((defs) => {
    const [block, row] = defs[0]?.names ?? [];
    return {
      section: 't2' as const,
      name: `表二${block ?? ''}的“${row ?? ''}”`,
      words: row ?? '',
      cells: defs.map((def) => def.address),
    };
  });
  const table3Cells = rowsOf(enteredCells(layout, 't3'));
  const table3 = table3RowsByLayout[layout].flatMap((row) => {
    const defs = table3Cells.get(row.id) ?? [];
    return defs.length
      ? [
          {
            section: 't3' as const,
            name: `表三的“${table3ShortRowName(row)}”`,
            words: bareWords(table3ShortRowName(row)),
            cells: defs.map((def) => def.address),
          },
        ]
      : [];
  });
  return [...table2, ...table3];
}

/**
 * Adds a warning for each official row of a table that was read in part but of which no figure
 * was found, and no finding already speaks (an unreadable value is I-VALUE's, a short row
 * I-MISSING's, a line that names the row but could not be read I-UNPLACED's). A table not found
 * at all is left to the section findings.
 */
export function reportMissingRows(collector: Collector, layout: Table3Layout): void {
  const rows = officialRows(layout);
  const named = new Set(
    collector.findings
      .filter((finding) => finding.rule === 'I-VALUE' || finding.rule === 'I-MISSING')
      .flatMap((finding) => finding.cells),
  );
  const read = (cell: CellAddress) => collector.account[cell] !== undefined;
  // A line that names the row but could not be read is there: I-UNPLACED already shows it.
  const leftOut = collector.unplaced.map((line) => line.text.replace(/\s+/g, ''));
  const isLeftOut = (row: OfficialRow) => leftOut.some((text) => text.includes(row.words));
  for (const section of ['t2', 't3'] as const) {
    const inTable = rows.filter((row) => row.section === section);
    if (!inTable.some((row) => row.cells.some(read))) continue;
    for (const row of inTable) {
      if (row.cells.some((cell) => read(cell) || named.has(cell)) || isLeftOut(row)) continue;
      collector.findings.push(
        importFinding('I-ROW', {
          section,
          line: null,
          cells: row.cells,
          message: `${row.name}一行在原文中没有找到（官方格式有这一行），其单元格留空：请按原报告核对，没有发生的填 0。`,
        }),
      );
    }
  }
}
