// Tables 二–四 in Word: the printed table's rows and merged cells as they are (rowSpan and
// columnSpan become Word's vertical and horizontal merges), header rows repeated on every page,
// no row split across pages, widths as the print stylesheet sets them.

import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { isElement, type Element } from '../html/element.ts';
import { placeTable, type TableGrid } from '../tableGrid.ts';
import { runsOf } from './runs.ts';
import { hasClass, styleOf, textWidth, type RunStyle } from './style.ts';

/** Column widths in per cent of the text block, as printCss.ts gives them per <col> class. */
const columnPercent: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  t2: { label: 28 },
  t3: { 'label-1': 11.5, 'label-2': 9, data: 7, 'data-total': 8 },
  t4: {},
};

function columnWidths(table: Element): number[] {
  const cols = table.children
    .filter(isElement)
    .filter((part) => part.tag === 'colgroup')
    .flatMap((group) => group.children.filter(isElement));
  const known =
    columnPercent[Object.keys(columnPercent).find((name) => hasClass(table, name)) ?? ''] ?? {};
  const given = cols.map((col) => known[String(col.attributes.class ?? '')]);
  const left = 100 - given.reduce<number>((sum, percent) => sum + (percent ?? 0), 0);
  const open = given.filter((percent) => percent === undefined).length;
  return given.map((percent) => Math.round(((percent ?? left / open) / 100) * textWidth));
}

const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const tableBorders = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

/** A cell a finding names: dashed, or dotted when every finding on it is answered (as printed). */
function markBorders(cell: Element) {
  if (!hasClass(cell, 'flagged')) return undefined;
  const style = hasClass(cell, 'answered') ? BorderStyle.DOTTED : BorderStyle.DASHED;
  const mark = { style, size: 12, color: '000000' };
  return { top: mark, bottom: mark, left: mark, right: mark };
}

function cellParagraph(cell: Element | undefined, style: RunStyle, keepNext: boolean): Paragraph {
  return new Paragraph({
    alignment: cell && hasClass(cell, 'row-label') ? AlignmentType.LEFT : AlignmentType.CENTER,
    keepNext,
    children: cell ? cell.children.flatMap((child) => runsOf(child, styleOf(cell, style))) : [],
  });
}

const cellMargins = { top: 30, bottom: 30, left: 40, right: 40 };

/**
 * One grid row as Word cells. A cell merged down from a row above is written here as its
 * continuation (vMerge continue) by this code rather than by the docx library, so that its
 * paragraph, too, keeps with the next row: one paragraph without it would let the table break.
 */
function rowCells(grid: TableGrid, row: number, style: RunStyle, keepNext: boolean): TableCell[] {
  const cells: TableCell[] = [];
  let column = 0;
  while (column < grid.columnCount) {
    const here = column;
    const cell = grid.cells.find(
      (placed) => placed.column === here && placed.row <= row && row < placed.row + placed.rowSpan,
    );
    if (!cell) break;
    const starts = cell.row === row;
    const borders = markBorders(cell.element);
    cells.push(
      new TableCell({
        children: [cellParagraph(starts ? cell.element : undefined, style, keepNext)],
        verticalAlign: VerticalAlignTable.CENTER,
        margins: cellMargins,
        ...(cell.columnSpan > 1 ? { columnSpan: cell.columnSpan } : {}),
        ...(cell.rowSpan > 1
          ? { verticalMerge: starts ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }
          : {}),
        ...(borders ? { borders } : {}),
      }),
    );
    column += cell.columnSpan;
  }
  return cells;
}

export function tableBlock(table: Element, parent: RunStyle): Table {
  const style = styleOf(table, parent);
  const grid = placeTable(table);
  const parts = table.children
    .filter(isElement)
    .filter((part) => part.tag === 'thead' || part.tag === 'tbody');
  // As printed, a table moves to the next page whole rather than leave a few rows behind; table 二
  // may break between its blocks (each tbody has its own header). Word keeps rows together by
  // keeping each row's paragraphs with the next row.
  const breaksBetweenParts = hasClass(table, 't2');
  let row = 0;
  const rows = parts.flatMap((part, p) => {
    const count = part.children.filter(isElement).filter((tr) => tr.tag === 'tr').length;
    return Array.from({ length: count }, (_, r) => {
      const isLastOfPart = r === count - 1;
      const isLast = isLastOfPart && (breaksBetweenParts || p === parts.length - 1);
      const cells = rowCells(grid, row, style, !isLast);
      row += 1;
      return new TableRow({
        // Set only on header rows: readers such as mammoth take the mere element for a header.
        ...(part.tag === 'thead' ? { tableHeader: true } : {}),
        cantSplit: true,
        children: cells,
      });
    });
  });
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: columnWidths(table),
    layout: TableLayoutType.FIXED,
    borders: tableBorders,
  });
}
