// A published table that lacks an official row (a 2019 table 二 without 规章, a row dropped in
// copying) is one departure from the format, said once, not a run of blank cells to fill.

import { enteredCells, type CellAddress, type CellDef } from '../form/cells.ts';
import { table3RowsByLayout, table3ShortRowName, type Table3Layout } from '../form/table3.ts';
import type { Collector } from './collector.ts';
import { importFinding } from './findings.ts';
import { compactLabel, splitNumbering } from './labels.ts';
import type { SourceLine } from './source.ts';
import { legacyTable2 } from './variants.ts';

interface OfficialRow {
  readonly section: 't2' | 't3';
  readonly name: string;
  /** The row's own words without its numbering, compacted, each way a report may print them. */
  readonly spellings: readonly string[];
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
  const table2 = [...rowsOf(enteredCells(layout, 't2')).entries()].map(([id, defs]) => {
    const [block, row] = defs[0]?.names ?? [];
    const legacy = id === 'normativeDocs' ? [compactLabel(legacyTable2.normativeDocs)] : [];
    return {
      section: 't2' as const,
      name: `表二${block ?? ''}的“${row ?? ''}”`,
      spellings: [compactLabel(row ?? ''), ...legacy],
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
            spellings: [compactLabel(bareWords(table3ShortRowName(row)))],
            cells: defs.map((def) => def.address),
          },
        ]
      : [];
  });
  return [...table2, ...table3];
}

/**
 * Whether a cell of a line names the row: the same words, or — for a long label — words that
 * start with it or that a wrapped label starts. A short label of table 三 (「其他」) must match whole
 * and with its number, or the column 「其他」 and every 其他… would hide a missing 「3.其他」.
 */
function names(cell: string, row: OfficialRow): boolean {
  const { numbering, body } = splitNumbering(cell);
  return row.spellings.some(
    (words) =>
      (body === words && (words.length >= 4 || numbering !== null || row.section === 't2')) ||
      (words.length >= 4 && body.startsWith(words)) ||
      (body.length >= 6 && words.startsWith(body)),
  );
}

/**
 * Adds a warning for each official row of a table that was read in part but which the table does
 * not print at all: no figure of it read, no finding about its cells (an unreadable value is
 * I-VALUE's, a short row I-MISSING's), and no line of the table naming it (a row printed but not
 * read — in the 2019 columns, say — is there, and the finding about that line says why). A table
 * not found at all is left to the section findings.
 */
export function reportMissingRows(
  collector: Collector,
  layout: Table3Layout,
  tables: Readonly<Record<'t2' | 't3', readonly SourceLine[]>>,
): void {
  const rows = officialRows(layout);
  const named = new Set(
    collector.findings
      .filter((finding) => finding.rule === 'I-VALUE' || finding.rule === 'I-MISSING')
      .flatMap((finding) => finding.cells),
  );
  const read = (cell: CellAddress) => collector.account[cell] !== undefined;
  for (const section of ['t2', 't3'] as const) {
    const inTable = rows.filter((row) => row.section === section);
    if (!inTable.some((row) => row.cells.some(read))) continue;
    const cells = tables[section].flatMap((line) =>
      line.cells.flatMap((cell) => cell.split(/\s+/u)),
    );
    const isPrinted = (row: OfficialRow) => cells.some((cell) => names(cell, row));
    for (const row of inTable) {
      if (row.cells.some((cell) => read(cell) || named.has(cell)) || isPrinted(row)) continue;
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
