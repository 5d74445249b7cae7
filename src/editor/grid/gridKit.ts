// The grid's state and who listens to it: the handlers (gridHandlers.ts) change it, the grid
// reads slices of it, and each cell listens only to its own position.

import { createRef, useMemo, useSyncExternalStore } from 'react';
import type { ReportStore } from '../state/reportStore.ts';
import { createGridHandlers, type GridHandlers } from './gridHandlers.ts';
import type { GridSpec, Position } from './gridModel.ts';
import { initialGridState, type GridState } from './gridState.ts';
import { createKeyedListeners, type Listener } from './keyedListeners.ts';

/**
 * The grid's state lives outside React: handlers read it as it is now, and each component
 * subscribes to the part it shows, so moving the active cell re-renders two cells, not the table.
 * A cell subscribes by its position and is woken only when it was or is selected: a move wakes
 * two cells instead of every cell's selectors.
 */
export interface GridKit {
  readonly handlers: GridHandlers;
  readonly getState: () => GridState;
  readonly subscribe: (listener: () => void) => () => void;
  readonly subscriberFor: (position: Position) => (listener: () => void) => () => void;
}

const keyOf = (row: number, col: number) => `${row},${col}`;

/** Calls `visit` with the key of every position in the selection of `state`. */
function forEachSelected(state: GridState, visit: (key: string) => void) {
  const { active, rangeEnd } = state;
  for (
    let row = Math.min(active.row, rangeEnd.row);
    row <= Math.max(active.row, rangeEnd.row);
    row++
  ) {
    for (
      let col = Math.min(active.col, rangeEnd.col);
      col <= Math.max(active.col, rangeEnd.col);
      col++
    ) {
      visit(keyOf(row, col));
    }
  }
}

function createGridKit(store: ReportStore, grid: GridSpec): GridKit {
  let state = initialGridState;
  const listeners = new Set<Listener>();
  const cells = createKeyedListeners<string>();

  // What a cell shows of the grid's state (active, selected, editing) depends only on the
  // selection and the edit: the cells selected before or after are all that can change.
  const wakeCells = (before: GridState) => {
    if (
      before.active === state.active &&
      before.rangeEnd === state.rangeEnd &&
      before.editing === state.editing
    ) {
      return;
    }
    const keys: string[] = [];
    forEachSelected(before, (key) => keys.push(key));
    forEachSelected(state, (key) => keys.push(key));
    cells.wake(keys);
  };

  const handlers = createGridHandlers({
    store,
    grid,
    inputRef: createRef<HTMLInputElement>(),
    current: () => state,
    update(next) {
      const before = state;
      state = { ...state, ...next };
      wakeCells(before);
      for (const listener of listeners) listener();
    },
  });
  return {
    handlers,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscriberFor: ({ row, col }) => cells.subscriberFor(keyOf(row, col)),
  };
}

export function useGridKit(store: ReportStore, grid: GridSpec): GridKit {
  return useMemo(() => createGridKit(store, grid), [store, grid]);
}

/** A slice of the grid's state; the selector must return a primitive or a stable value. */
export function useGridState<T>(kit: GridKit, select: (state: GridState) => T): T {
  return useSyncExternalStore(kit.subscribe, () => select(kit.getState()));
}

/** What one cell shows of the grid's state; woken only when the cell was or is selected. */
export function useCellGridState<T>(
  kit: GridKit,
  position: Position,
  select: (state: GridState) => T,
): T {
  return useSyncExternalStore(kit.subscriberFor(position), () => select(kit.getState()));
}
