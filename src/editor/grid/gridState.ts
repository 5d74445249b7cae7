// A grid's own state (which cell is active, what is selected, whether an edit is under way) and
// the small toolkit its handlers share.

import type { RefObject } from 'react';
import { lockMessages, type ReportStore } from '../state/reportStore.ts';
import type { GridSpec, Position } from './gridModel.ts';

export type EditMode = 'replace' | 'edit';

export interface GridMessage {
  readonly tone: 'info' | 'error';
  readonly text: string;
}

export interface GridState {
  readonly active: Position;
  /** The other corner of the selection; equal to `active` when one cell is selected. */
  readonly rangeEnd: Position;
  readonly editing: EditMode | null;
  readonly message: GridMessage | null;
  /** Escape was the last key outside an edit: the next Tab leaves the grid instead of moving. */
  readonly exitArmed: boolean;
}

export const initialGridState: GridState = {
  active: { row: 0, col: 0 },
  rangeEnd: { row: 0, col: 0 },
  editing: null,
  message: null,
  exitArmed: false,
};

export interface GridToolkit {
  readonly store: ReportStore;
  readonly grid: GridSpec;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  /** The state as of now: two keys can arrive before React renders the first one's result. */
  readonly current: () => GridState;
  readonly update: (next: Partial<GridState>) => void;
}

export const computedCellMessage: GridMessage = {
  tone: 'info',
  text: '这是自动计算的合计，不能填写。',
};

/** While the report is locked, says why in the grid's message line and returns true. */
export function refuseWhenLocked(kit: GridToolkit): boolean {
  const { lock } = kit.store.getSnapshot();
  if (!lock) return false;
  kit.update({ editing: null, message: { tone: 'info', text: lockMessages[lock] } });
  return true;
}
