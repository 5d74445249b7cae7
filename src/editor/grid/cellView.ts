// What one cell shows of the report and of the grid, each as one value: a cell subscribes once to
// each rather than once per fact (eight subscriptions a cell, 175 cells in table 三 alone, were
// about 30 ms of opening a report), and the value keeps its identity while it says the same, so a
// woken cell whose view did not change does not re-render.

import type { CellAddress } from '../../model/form/cells.ts';
import { annotationFor, statusOf } from '../../model/review/status.ts';
import type { Severity } from '../../model/rules/finding.ts';
import type { CellValue } from '../../model/values.ts';
import type { EditorSnapshot } from '../state/reportStore.ts';
import { displayOf } from './cellDisplay.ts';
import { isInRange, samePosition, type Position } from './gridModel.ts';
import type { GridState } from './gridState.ts';

export interface CellView {
  readonly display: string;
  /** The most serious finding this cell is the total in question of (the finding's last cell). */
  readonly pointing: Severity | undefined;
  /** The most serious finding naming the cell at all; findings come sorted by severity. */
  readonly mostSerious: Severity | undefined;
  /** The pointing finding is explained or accepted: its mark gets a ✓, the frame turns dotted. */
  readonly isAnswered: boolean;
  /** The total the report printed itself, for a computed cell that has one. */
  readonly declared: CellValue | undefined;
}

function viewOf(snapshot: EditorSnapshot, address: CellAddress, isComputed: boolean): CellView {
  const findings = snapshot.derived.findingsByPlace.get(address);
  // A finding's message names the figures (R3-RESULT names some forty cells): the view holds only
  // what the cell's frame and mark show, so editing one of them does not re-render the forty.
  const pointingFinding = findings?.find((finding) => finding.cells.at(-1) === address);
  const status =
    pointingFinding &&
    statusOf(pointingFinding, annotationFor(snapshot.report.review, pointingFinding));
  return {
    display: displayOf(snapshot, address),
    pointing: pointingFinding?.severity,
    mostSerious: findings?.[0]?.severity,
    isAnswered: status === 'explained' || status === 'accepted',
    declared: isComputed ? snapshot.report.declared[address] : undefined,
  };
}

const isSameView = (a: CellView, b: CellView) =>
  a.display === b.display &&
  a.pointing === b.pointing &&
  a.mostSerious === b.mostSerious &&
  a.isAnswered === b.isAnswered &&
  a.declared === b.declared;

/** The views of one store's cells, each kept while it says the same. */
export function createCellViews(getSnapshot: () => EditorSnapshot) {
  const views = new Map<CellAddress, CellView>();
  return (address: CellAddress, isComputed: boolean): CellView => {
    const next = viewOf(getSnapshot(), address, isComputed);
    const known = views.get(address);
    if (known && isSameView(known, next)) return known;
    views.set(address, next);
    return next;
  };
}

/** What a cell shows of the grid's state, as bits: a number is its own stable value. */
export const cellFlags = { active: 1, selected: 2, editing: 4 } as const;

export function gridFlagsOf(state: GridState, position: Position): number {
  const isActive = samePosition(state.active, position);
  let flags = isActive ? cellFlags.active : 0;
  if (isInRange({ anchor: state.active, focus: state.rangeEnd }, position)) {
    flags |= cellFlags.selected;
  }
  // The grid's input is over this cell with an edit in progress: the value under it is hidden.
  if (isActive && state.editing !== null) flags |= cellFlags.editing;
  return flags;
}
