// The grids as matrices of cells, and how the active cell moves through them. Pure: no React.
// Rows may differ in length (table 二's blocks have three value columns or one).

import {
  enteredCells,
  getCellDef,
  t3,
  t4,
  type CellAddress,
  type TableId,
} from '../../model/form/cells.ts';
import { table2Blocks } from '../../model/form/table2.ts';
import { table3Columns, table3RowsByLayout, type Table3Layout } from '../../model/form/table3.ts';
import { table4CaseKinds, table4Outcomes } from '../../model/form/table4.ts';

export interface Position {
  readonly row: number;
  readonly col: number;
}

export interface GridCellSpec {
  readonly address: CellAddress;
  readonly kind: 'count' | 'money';
  readonly isComputed: boolean;
  /** Where the cell sits; one object per cell, so memoised cells can compare it by identity. */
  readonly position: Position;
}

export interface GridSpec {
  readonly table: TableId;
  readonly rows: readonly (readonly GridCellSpec[])[];
}

type Unplaced = Omit<GridCellSpec, 'position'>;

const specOf = (address: CellAddress): Unplaced => {
  const def = getCellDef(address);
  return { address, kind: def.kind, isComputed: def.isComputed };
};

function placed(table: TableId, rows: readonly (readonly Unplaced[])[]): GridSpec {
  return {
    table,
    rows: rows.map((cells, row) => cells.map((cell, col) => ({ ...cell, position: { row, col } }))),
  };
}

export function table2Grid(): GridSpec {
  const cells = enteredCells('2021', 't2');
  return placed(
    't2',
    table2Blocks.flatMap((block) =>
      block.rows.map((row) =>
        cells.filter((def) => def.row === row.id).map((def) => specOf(def.address)),
      ),
    ),
  );
}

export function table3Grid(layout: Table3Layout): GridSpec {
  return placed(
    't3',
    table3RowsByLayout[layout].map((row) =>
      table3Columns.map((column) => specOf(t3(row.id, column.id))),
    ),
  );
}

export function table4Grid(): GridSpec {
  return placed('t4', [
    table4CaseKinds.flatMap((kind) =>
      table4Outcomes.map((outcome) => specOf(t4(kind.id, outcome.id))),
    ),
  ]);
}

export function cellAt(grid: GridSpec, position: Position): GridCellSpec | undefined {
  return grid.rows[position.row]?.[position.col];
}

export function positionOf(grid: GridSpec, address: string): Position | undefined {
  for (const [row, cells] of grid.rows.entries()) {
    const col = cells.findIndex((cell) => cell.address === address);
    if (col >= 0) return { row, col };
  }
  return undefined;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

function fit(grid: GridSpec, row: number, col: number): Position {
  const r = clamp(row, 0, grid.rows.length - 1);
  const length = grid.rows[r]?.length ?? 1;
  return { row: r, col: clamp(col, 0, length - 1) };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

export function move(grid: GridSpec, from: Position, direction: Direction): Position {
  switch (direction) {
    case 'up':
      return fit(grid, from.row - 1, from.col);
    case 'down':
      return fit(grid, from.row + 1, from.col);
    case 'left':
      return fit(grid, from.row, from.col - 1);
    case 'right':
      return fit(grid, from.row, from.col + 1);
  }
}

/** Ctrl+arrow: to the last cell in that direction. */
export function moveToEdge(grid: GridSpec, from: Position, direction: Direction): Position {
  switch (direction) {
    case 'up':
      return fit(grid, 0, from.col);
    case 'down':
      return fit(grid, grid.rows.length - 1, from.col);
    case 'left':
      return fit(grid, from.row, 0);
    case 'right':
      return fit(grid, from.row, Number.MAX_SAFE_INTEGER);
  }
}

/** Tab and Shift+Tab: across the row, wrapping to the next or previous row at its end. */
export function moveAcross(grid: GridSpec, from: Position, backwards: boolean): Position {
  const length = grid.rows[from.row]?.length ?? 1;
  if (!backwards) {
    if (from.col < length - 1) return { row: from.row, col: from.col + 1 };
    return from.row < grid.rows.length - 1 ? { row: from.row + 1, col: 0 } : from;
  }
  if (from.col > 0) return { row: from.row, col: from.col - 1 };
  return from.row > 0 ? fit(grid, from.row - 1, Number.MAX_SAFE_INTEGER) : from;
}

export interface Range {
  readonly anchor: Position;
  readonly focus: Position;
}

/** The cells a selection covers, row by row; in a short row only the columns it has. */
export function cellsInRange(grid: GridSpec, range: Range): GridCellSpec[][] {
  const top = Math.min(range.anchor.row, range.focus.row);
  const bottom = Math.max(range.anchor.row, range.focus.row);
  const left = Math.min(range.anchor.col, range.focus.col);
  const right = Math.max(range.anchor.col, range.focus.col);
  return grid.rows.slice(top, bottom + 1).map((cells) => cells.slice(left, right + 1));
}

export const samePosition = (a: Position, b: Position) => a.row === b.row && a.col === b.col;

export function isInRange(range: Range, position: Position): boolean {
  return (
    position.row >= Math.min(range.anchor.row, range.focus.row) &&
    position.row <= Math.max(range.anchor.row, range.focus.row) &&
    position.col >= Math.min(range.anchor.col, range.focus.col) &&
    position.col <= Math.max(range.anchor.col, range.focus.col)
  );
}
