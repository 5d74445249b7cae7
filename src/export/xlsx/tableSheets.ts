// The three tables as the workbook's sheets 表二, 表三, 表四: each laid out as printed (the HTML
// renderer's tables placed on a grid, merged headers and labels verbatim) under the report's title
// and the table's official heading. Values are what a reader of the print sees: counts and money
// as numbers, 「/」 as text, blank as an empty cell, totals as computed values (not formulas, so
// every reader shows them).

import {
  getCellDef,
  tableShortNames,
  type CellAddress,
  type TableId,
} from '../../model/form/cells.ts';
import { sectionHeadings } from '../../model/form/sections.ts';
import type { Report } from '../../model/report.ts';
import { reportTitle } from '../../model/title.ts';
import { createRenderContext, type RenderContext } from '../html/context.ts';
import type { Element } from '../html/element.ts';
import { renderTable2 } from '../html/table2.ts';
import { renderTable3 } from '../html/table3.ts';
import { renderTable4 } from '../html/table4.ts';
import { placeTable, type TableGrid } from '../tableGrid.ts';
import { cellText } from '../html/tableCells.ts';
import { fractionDigits } from '../../model/decimal.ts';

/** A cell of a sheet as the workbook writer takes it; spans for the merged labels. */
export interface SheetCell {
  readonly value?: string | number;
  readonly type?: StringConstructor | NumberConstructor;
  readonly format?: string;
  readonly fontWeight?: 'bold';
  readonly fontSize?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly alignVertical?: 'center';
  readonly wrap?: boolean;
  readonly borderStyle?: 'thin';
  readonly rowSpan?: number;
  readonly columnSpan?: number;
}

export interface SheetSpec {
  readonly sheet: string;
  readonly data: (SheetCell | null)[][];
  readonly columns: readonly { readonly width: number }[];
  /** Rows kept in view while scrolling (the findings sheet's header). */
  readonly stickyRowsCount?: number;
  /** Printed across the page: the wide tables. */
  readonly orientation?: 'landscape';
}

/** Rows above each table: the report's title, then the table's heading. */
export const tableTopRows = 2;

const renderers: Readonly<Record<TableId, (context: RenderContext) => Element>> = {
  t2: renderTable2,
  t3: renderTable3,
  t4: renderTable4,
};

/** The table of a report placed on its grid, as the workbook lays it out and the reader expects. */
export function tableGridOf(report: Report, table: TableId): TableGrid {
  return placeTable(renderers[table](createRenderContext(report, { flavour: 'clean' })));
}

/** Money keeps exactly the places it was entered with: 12.5 shows as 12.5, not 12.500000. */
const moneyFormat = (decimal: string) => {
  const places = fractionDigits(decimal);
  return places === 0 ? '0' : `0.${'0'.repeat(places)}`;
};

function valueCell(context: RenderContext, address: CellAddress): SheetCell {
  const base = { align: 'center', alignVertical: 'center', borderStyle: 'thin' } as const;
  const text = cellText(context, address);
  if (text === '') return base;
  if (text === '/') return { ...base, value: text, type: String };
  const isMoney = getCellDef(address).kind === 'money';
  return {
    ...base,
    value: Number(text),
    type: Number,
    format: isMoney ? moneyFormat(text) : '0',
  };
}

/**
 * Column widths in characters, after the print's column widths: table 二's row labels wide; table
 * 三's group columns narrow and its row labels wide enough for the longest on two lines; every
 * figure column wide enough for its two-character-per-line heading.
 */
const labelWidths: Readonly<Record<TableId, readonly number[]>> = {
  t2: [24],
  t3: [12, 12, 36],
  t4: [],
};

const columnWidths = (table: TableId, grid: TableGrid) =>
  Array.from({ length: grid.columnCount }, (_, column) => ({
    width: labelWidths[table][column] ?? 10,
  }));

/** Tables 三 and 四 are wider than they are tall, as the print's 表四 (fifteen columns) shows. */
const isWide = (table: TableId) => table !== 't2';

export function buildTableSheet(report: Report, table: TableId): SheetSpec {
  const context = createRenderContext(report, { flavour: 'clean' });
  const grid = placeTable(renderers[table](context));
  const width = grid.columnCount;
  const rows: (SheetCell | null)[][] = Array.from({ length: grid.rowCount + tableTopRows }, () =>
    Array.from({ length: width }, () => null),
  );
  const top = (text: string, fontSize: number): (SheetCell | null)[] => [
    { value: text, type: String, fontWeight: 'bold', fontSize, align: 'center', columnSpan: width },
    ...Array.from({ length: width - 1 }, () => null),
  ];
  rows[0] = top(reportTitle(report.header), 14);
  rows[1] = top(sectionHeadings[table], 12);
  for (const cell of grid.cells) {
    const row = rows[cell.row + tableTopRows];
    if (!row) continue;
    const spans = {
      ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
      ...(cell.columnSpan > 1 ? { columnSpan: cell.columnSpan } : {}),
    };
    row[cell.column] = cell.address
      ? { ...valueCell(context, cell.address), ...spans }
      : {
          value: cell.text,
          type: String,
          wrap: true,
          align: cell.isRowLabel ? 'left' : 'center',
          alignVertical: 'center',
          borderStyle: 'thin',
          ...spans,
        };
  }
  return {
    sheet: tableShortNames[table],
    data: rows,
    columns: columnWidths(table, grid),
    ...(isWide(table) ? { orientation: 'landscape' } : {}),
  };
}
