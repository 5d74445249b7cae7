// One undoable step: what it changed, before and after. Grid edits, pastes, clears, text edits
// and 采用计算值 are all changes; undo applies `before`, redo applies `after`.

import type { CellAddress } from '../../model/form/cells.ts';
import type { Report } from '../../model/report.ts';
import type { CellValue } from '../../model/values.ts';

/** Report parts edited as a whole by the forms. */
export type FieldPart = 'header' | 'preamble' | 'overview' | 'problems' | 'otherMatters';
export type Fields = Partial<Pick<Report, FieldPart>>;

export type CellValues = Partial<Record<CellAddress, CellValue | undefined>>;
export type DeclaredValues = Partial<Record<CellAddress, number | '/' | undefined>>;

export interface Side {
  readonly cells?: CellValues;
  readonly declared?: DeclaredValues;
  readonly fields?: Fields;
}

export interface Change {
  readonly label: string;
  readonly before: Side;
  readonly after: Side;
  /** Consecutive changes with the same key (typing in one text field) merge into one step. */
  readonly mergeKey?: string;
}

function applyValues<V>(
  values: Partial<Record<CellAddress, V>>,
  patch: Partial<Record<CellAddress, V | undefined>>,
): Partial<Record<CellAddress, V>> {
  const merged = Object.entries({ ...values, ...patch }).filter(([, value]) => value !== undefined);
  return Object.fromEntries(merged) as Partial<Record<CellAddress, V>>;
}

export function applySide(report: Report, side: Side): Report {
  return {
    ...report,
    ...side.fields,
    cells: side.cells ? applyValues(report.cells, side.cells) : report.cells,
    declared: side.declared ? applyValues(report.declared, side.declared) : report.declared,
  };
}

/** A change setting cells to new values; `before` is read from the report as it is now. */
export function cellsChange(report: Report, label: string, after: CellValues): Change | undefined {
  const before: CellValues = {};
  const changed: CellValues = {};
  for (const [address, value] of Object.entries(after) as [CellAddress, CellValue | undefined][]) {
    if (report.cells[address] === value) continue;
    before[address] = report.cells[address];
    changed[address] = value;
  }
  if (Object.keys(changed).length === 0) return undefined;
  return { label, before: { cells: before }, after: { cells: changed } };
}

export function fieldsChange(
  report: Report,
  label: string,
  after: Fields,
  mergeKey?: string,
): Change {
  const before: Fields = {};
  for (const part of Object.keys(after) as FieldPart[]) {
    Object.assign(before, { [part]: report[part] });
  }
  return { label, before: { fields: before }, after: { fields: after }, mergeKey };
}

/** Two steps of typing in one field become one: the first's before, the second's after. */
export function mergeChanges(first: Change, second: Change): Change {
  return { ...second, before: first.before };
}
