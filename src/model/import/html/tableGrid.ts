// An HTML table as a grid: merged cells (rowspan, colspan) are spread over the positions they
// cover, the text in the first and empty strings in the rest, so that every row has its figures in
// the columns they belong to, as the table shows them.

import { elementLines, isUnseen, joinBrokenLine } from './textContent.ts';
import { isElement, type HtmlElement } from './tree.ts';

/** Bounds no real report reaches; they keep a malformed span from building a huge grid. */
const maxColumnSpan = 64;
const maxRowSpan = 512;
const maxColumns = 256;

/** Rows of the table itself, in document order; rows of tables nested in it are not its rows. */
function tableRows(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  const walk = (element: HtmlElement) => {
    for (const child of element.children) {
      if (!isElement(child) || isUnseen(child) || child.name === 'table') continue;
      if (child.name === 'tr') rows.push(child);
      else walk(child);
    }
  };
  walk(table);
  return rows;
}

function rowCells(row: HtmlElement): HtmlElement[] {
  const cells: HtmlElement[] = [];
  const walk = (element: HtmlElement) => {
    for (const child of element.children) {
      if (!isElement(child) || isUnseen(child) || child.name === 'table' || child.name === 'tr') {
        continue;
      }
      if (child.name === 'td' || child.name === 'th') cells.push(child);
      else walk(child);
    }
  };
  walk(row);
  return cells;
}

function span(element: HtmlElement, name: string, max: number): number {
  const value = Number.parseInt(element.attributes[name] ?? '1', 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, max) : 1;
}

/** A cell's text on one line: its own line breaks (商业<br>企业) joined as a broken word. */
export const cellText = (cell: HtmlElement) => elementLines(cell).reduce(joinBrokenLine, '');

function containsTable(element: HtmlElement): boolean {
  return element.children.some(
    (child) => isElement(child) && (child.name === 'table' || containsTable(child)),
  );
}

/** Longest a cell of a data table gets; longer, it holds the page's paragraphs. */
const maxDataCellLines = 6;
const maxDataCellLength = 400;

/**
 * Pages lay out their content in tables: a table holding other tables, or whole paragraphs in a
 * cell, is layout, and its cells are read as paragraphs rather than as a row of figures.
 */
export function isLayoutTable(table: HtmlElement): boolean {
  if (containsTable(table)) return true;
  return tableRows(table).some((row) =>
    rowCells(row).some((cell) => {
      const lines = elementLines(cell);
      return (
        lines.length > maxDataCellLines ||
        lines.reduce((length, line) => length + line.length, 0) > maxDataCellLength
      );
    }),
  );
}

/** The table's rows as grid rows of cell texts; trailing covered positions included. */
export function tableGrid(table: HtmlElement): string[][] {
  let covering: number[] = [];
  return tableRows(table).map((row) => {
    const next = covering.map((rows) => Math.max(rows - 1, 0));
    const texts: string[] = [];
    let column = 0;
    const skipCovered = () => {
      while ((covering[column] ?? 0) > 0 && column < maxColumns) texts[column++] = '';
    };
    for (const cell of rowCells(row)) {
      skipCovered();
      if (column >= maxColumns) break;
      const columns = Math.min(span(cell, 'colspan', maxColumnSpan), maxColumns - column);
      const rows = span(cell, 'rowspan', maxRowSpan);
      texts[column] = cellText(cell);
      for (let i = 0; i < columns; i++) {
        if (i > 0) texts[column + i] = '';
        next[column + i] = Math.max(next[column + i] ?? 0, rows - 1);
      }
      column += columns;
    }
    for (let i = column; i < covering.length; i++) if ((covering[i] ?? 0) > 0) texts[i] = '';
    covering = next;
    return Array.from(texts, (text) => text ?? '');
  });
}
