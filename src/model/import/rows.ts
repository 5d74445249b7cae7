// A table row as printed: its label cells, then its figures. Pasted rows are irregular — merged
// cells leave no trace, labels wrap onto lines of their own, PDF copies separate figures by single
// spaces — so a row is read from its cells' content, and a line holding only part of a label is
// joined to the row whose label it completes.

import { cellRole, isSpaceGrouped, type CellRole } from './cellValues.ts';
import type { SourceLine } from './source.ts';

export interface RowCell {
  readonly text: string;
  /** 1-based position among the row's cells: the column for the import account. */
  readonly column: number;
}

export interface TableRow {
  readonly source: SourceLine;
  readonly cells: readonly RowCell[];
  readonly roles: readonly CellRole[];
  /** Label cells before the first figure, empty ones left out. */
  readonly labels: readonly RowCell[];
  /** From the first figure to the last, blank cells between them included. */
  readonly values: readonly RowCell[];
}

/**
 * 「1.属于国家秘密 0 0 0」 → 「1.属于国家秘密」「0」「0」「0」: figures a PDF copy set apart by spaces.
 * Where tabs separate the cells, a cell of digits grouped by spaces (「2 700」, as some reports
 * print thousands) is one figure: split, it would push every figure after it a column right.
 */
function explodeCell(cell: string, isTabbed: boolean): string[] {
  if (!/\s/u.test(cell)) return [cell];
  if (isTabbed && isSpaceGrouped(cell)) return [cell];
  const tokens = cell.split(/\s+/u);
  let split = tokens.length;
  while (split > 0 && cellRole(tokens[split - 1] ?? '') === 'value') split--;
  if (split === tokens.length) return [cell];
  const label = tokens.slice(0, split).join(' ');
  if (label !== '' && cellRole(label) !== 'label') return [cell];
  return [...(label === '' ? [] : [label]), ...tokens.slice(split)];
}

export function readTableRow(source: SourceLine): TableRow {
  const isTabbed = source.text.includes('\t');
  const texts = source.isGrid
    ? source.cells
    : source.cells.flatMap((cell) => explodeCell(cell, isTabbed));
  const cells = texts.map((text, i) => ({ text, column: i + 1 }));
  const roles = texts.map(cellRole);
  const first = roles.indexOf('value');
  const last = roles.lastIndexOf('value');
  const beforeFigures = first < 0 ? cells : cells.slice(0, first);
  return {
    source,
    cells,
    roles,
    labels: beforeFigures.filter((cell) => cell.text !== ''),
    values: first < 0 ? [] : cells.slice(first, last + 1),
  };
}

/**
 * The figures in fixed columns when the row has exactly the table's width — the grid of an HTML
 * table, or a pasted row that kept an empty cell for each merged one — so blanks stay in place.
 * Undefined when the row cannot be read by position.
 */
export function positionalFigures(
  row: TableRow,
  labelColumns: number,
  figureColumns: number,
): readonly RowCell[] | undefined {
  if (row.cells.length !== labelColumns + figureColumns) return undefined;
  const labelRoles = row.roles.slice(0, labelColumns);
  const figureRoles = row.roles.slice(labelColumns);
  if (labelRoles.includes('value') || figureRoles.includes('label')) return undefined;
  return row.cells.slice(labelColumns);
}

export interface LabelledRow {
  readonly row: TableRow;
  /** Label-only lines found to belong to this row: parts of its label wrapped onto lines of their own. */
  readonly before: readonly TableRow[];
  readonly after: readonly TableRow[];
}

export const labelsOf = (row: LabelledRow): RowCell[] => [
  ...row.before.flatMap((part) => part.labels),
  ...row.row.labels,
  ...row.after.flatMap((part) => part.labels),
];

export interface RowGrouping {
  readonly rows: LabelledRow[];
  /** Label-only lines that completed no row's label. */
  readonly loose: TableRow[];
}

/** A row as it is being grouped: its own line and the label-only lines joined to it so far. */
type Entry = { row: TableRow; before: TableRow[]; after: TableRow[] };

/** How well label cells match the best official row label, 0 to 1. */
export type LabelScore = (labels: readonly RowCell[]) => number;

/**
 * Joins the label-only lines between two rows to them: the first few finish the label of the row
 * before, the rest begin the label of the row after. The split chosen is the one whose labels name
 * rows best, a whole label counting for much more than two half-right ones. A piece that improves
 * neither label is loose; a sub-heading on a line of its own (`isContext`) goes with the row after.
 */
export function groupWrappedLabels(
  rows: readonly TableRow[],
  isDataRow: (row: TableRow) => boolean,
  score: LabelScore,
  isContext: (row: TableRow) => boolean = () => false,
): RowGrouping {
  const grouped: Entry[] = [];
  const loose: TableRow[] = [];
  let pending: TableRow[] = [];
  const settle = (next: Entry | undefined) => {
    const previous = grouped.at(-1);
    const split = chooseSplit(pending, previous, next, score, isContext);
    const toPrevious = pending.slice(0, split);
    const toNext = pending.slice(split);
    if (previous && improves(score, labelsOf(previous), toPrevious, 'after')) {
      previous.after.push(...toPrevious);
    } else {
      loose.push(...toPrevious);
    }
    if (next && (toNext.some(isContext) || improves(score, labelsOf(next), toNext, 'before'))) {
      next.before.push(...toNext);
    } else {
      loose.push(...toNext);
    }
    pending = [];
  };
  for (const row of rows) {
    if (!isDataRow(row)) {
      pending.push(row);
      continue;
    }
    const entry: Entry = { row, before: [], after: [] };
    settle(entry);
    grouped.push(entry);
  }
  settle(undefined);
  return { rows: grouped, loose };
}

const joinedLabels = (labels: RowCell[], parts: readonly TableRow[], side: 'before' | 'after') =>
  side === 'before'
    ? [...parts.flatMap((part) => part.labels), ...labels]
    : [...labels, ...parts.flatMap((part) => part.labels)];

function improves(
  score: LabelScore,
  labels: RowCell[],
  parts: readonly TableRow[],
  side: 'before' | 'after',
) {
  return parts.length > 0 && score(joinedLabels(labels, parts, side)) - score(labels) > 0.01;
}

/** How many of the pieces go to the row before; a sub-heading and what follows it never do. */
function chooseSplit(
  pending: readonly TableRow[],
  previous: Entry | undefined,
  next: Entry | undefined,
  score: LabelScore,
  isContext: (row: TableRow) => boolean,
): number {
  const firstContext = pending.findIndex(isContext);
  const latest = previous ? (firstContext < 0 ? pending.length : firstContext) : 0;
  // A near-whole label is worth far more than two half-right ones.
  const weight = (labels: RowCell[]) => score(labels) ** 4;
  let best = { split: latest, value: -1 };
  for (let split = latest; split >= 0; split--) {
    const before = previous
      ? weight(joinedLabels(labelsOf(previous), pending.slice(0, split), 'after'))
      : 0;
    const after = next ? weight(joinedLabels(labelsOf(next), pending.slice(split), 'before')) : 0;
    if (before + after > best.value + 1e-9) best = { split, value: before + after };
  }
  return best.split;
}
