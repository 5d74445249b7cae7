// A printed table (the HTML renderer's element tree) placed on a grid of rows and columns, as a
// spreadsheet or a reader of one needs it: where each cell starts, what it spans, what it says and
// which report cell it shows. Placing follows HTML's own algorithm, so merged headers land exactly
// where the print has them; the workbook and its reader share it and cannot disagree.

import { isCellAddress, type CellAddress } from '../model/form/cells.ts';
import { isElement, type Element, type Node } from './html/element.ts';

export interface PlacedCell {
  /** 0-based, counted from the table's first header row. */
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly columnSpan: number;
  readonly text: string;
  readonly isHeader: boolean;
  /** A row's own label, printed left-aligned. */
  readonly isRowLabel: boolean;
  /** The printed cell itself (its marks and classes). */
  readonly element: Element;
  /** The report cell a value cell shows; labels have none. */
  readonly address?: CellAddress;
}

export interface TableGrid {
  readonly cells: readonly PlacedCell[];
  readonly rowCount: number;
  readonly columnCount: number;
}

const childElements = (element: Element): Element[] => element.children.filter(isElement);

/** The words a cell shows, without review marks (a clean table has none). */
export function elementText(node: Node): string {
  if (!isElement(node)) return node;
  if (node.attributes.class === 'finding-mark') return '';
  return node.children.map(elementText).join('');
}

const spanOf = (value: unknown) => (typeof value === 'number' && value > 1 ? value : 1);

function tableRows(table: Element): Element[] {
  return childElements(table).flatMap((part) =>
    part.tag === 'tr'
      ? [part]
      : part.tag === 'thead' || part.tag === 'tbody'
        ? childElements(part).filter((row) => row.tag === 'tr')
        : [],
  );
}

export function placeTable(table: Element): TableGrid {
  const taken = new Set<string>();
  const cells: PlacedCell[] = [];
  let columnCount = 0;
  const rows = tableRows(table);
  rows.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of childElements(row)) {
      while (taken.has(`${rowIndex}:${column}`)) column += 1;
      const rowSpan = spanOf(cell.attributes.rowspan);
      const columnSpan = spanOf(cell.attributes.colspan);
      for (let r = 0; r < rowSpan; r += 1)
        for (let c = 0; c < columnSpan; c += 1) taken.add(`${rowIndex + r}:${column + c}`);
      const address = cell.attributes['data-cell'];
      cells.push({
        row: rowIndex,
        column,
        rowSpan,
        columnSpan,
        text: elementText(cell),
        element: cell,
        isHeader: cell.tag === 'th',
        isRowLabel: String(cell.attributes.class ?? '')
          .split(' ')
          .includes('row-label'),
        ...(typeof address === 'string' && isCellAddress(address) ? { address } : {}),
      });
      column += columnSpan;
      columnCount = Math.max(columnCount, column);
    }
  });
  return { cells, rowCount: rows.length, columnCount };
}
