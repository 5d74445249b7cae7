// Keyboard, mouse, selection, editing and clipboard for one grid. The grid's one focusable element
// is an <input> laid over the active cell: typing (IME composition included) goes straight into
// it, so no keystroke is lost when editing starts.

import {
  createRef,
  useMemo,
  useSyncExternalStore,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { describeCell } from '../../model/form/cells.ts';
import { parseCellInput } from '../../model/values.ts';
import { cellsChange } from '../state/change.ts';
import type { ReportStore } from '../state/reportStore.ts';
import { createGridClipboard } from './gridClipboard.ts';
import { keyAction } from './gridKeys.ts';
import { cellAt, type GridSpec, type Position } from './gridModel.ts';
import {
  computedCellMessage,
  initialGridState,
  refuseWhenLocked,
  type GridState,
  type GridToolkit,
} from './gridState.ts';
import { createInputSync } from './inputSync.ts';

export type { EditMode, GridMessage, GridState } from './gridState.ts';

export interface GridHandlers {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly onInput: () => void;
  readonly onCompositionStart: () => void;
  readonly onFocus: () => void;
  readonly onBlur: (event: FocusEvent<HTMLInputElement>) => void;
  readonly onCopy: (event: ClipboardEvent<HTMLInputElement>) => void;
  readonly onCut: (event: ClipboardEvent<HTMLInputElement>) => void;
  readonly onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
  readonly onCellMouseDown: (position: Position, extend: boolean) => void;
  readonly onCellMouseEnter: (position: Position) => void;
  readonly onDoubleClick: () => void;
  /** Shows a cell's value in the input between edits, in step with the next frame. */
  readonly showInInput: (value: string) => void;
  /** Jumps to a cell from outside the grid (a finding) and takes the focus. */
  readonly activate: (position: Position) => void;
}

const isComposing = (event: KeyboardEvent) =>
  event.nativeEvent.isComposing || event.keyCode === 229;

/** Actions that would change the report; a locked report refuses them. */
const editingActions = new Set(['type', 'edit', 'clear', 'undo', 'redo']);

function createGridHandlers(kit: GridToolkit): GridHandlers {
  const { store, grid, inputRef, current, update } = kit;
  const input = createInputSync(inputRef, () => current().editing !== null);
  const clipboard = createGridClipboard(kit);
  let dragging = false;

  const goTo = (position: Position, extend = false) =>
    update(
      extend
        ? { rangeEnd: position, editing: null }
        : { active: position, rangeEnd: position, editing: null, message: null, exitArmed: false },
    );

  /** Writes the input's text to the active cell; false (and a message) when it is refused. */
  const commitEdit = (): boolean => {
    const { active, editing } = current();
    const cell = cellAt(grid, active);
    if (!editing || !inputRef.current || !cell) return true;
    const parsed = parseCellInput(cell.kind, inputRef.current.value);
    if (!parsed.ok) {
      const text = `${describeCell(cell.address)}：${parsed.message}`;
      update({ message: { tone: 'error', text } });
      return false;
    }
    const label = `填写 ${describeCell(cell.address)}`;
    store.commit(cellsChange(store.getSnapshot().report, label, { [cell.address]: parsed.value }));
    update({ editing: null, message: null });
    return true;
  };

  const startEdit = () => {
    const field = inputRef.current;
    if (field) field.setSelectionRange(field.value.length, field.value.length);
    update({ editing: 'edit', message: null });
  };

  /** Marks the grid as driven by the keyboard (hover descriptions hide) until the mouse moves. */
  const setKeyboardUse = (on: boolean) =>
    inputRef.current?.closest('.grid-frame')?.classList.toggle('keyboard-use', on);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    input.flush();
    setKeyboardUse(true);
    if (isComposing(event)) return; // the IME owns Enter and the arrows while composing
    const press = {
      key: event.key,
      shift: event.shiftKey,
      ctrl: event.ctrlKey || event.metaKey,
      alt: event.altKey,
    };
    const action = keyAction(grid, current(), press);
    const exitArmed = action.kind === 'dismissMessage';
    if (current().exitArmed !== exitArmed) update({ exitArmed });
    if (editingActions.has(action.kind) && refuseWhenLocked(kit)) {
      event.preventDefault();
      return;
    }
    if (action.kind === 'pass' || action.kind === 'type') {
      // A typed key replaces the selected value: the browser inserts it, the edit begins.
      if (action.kind === 'type') update({ editing: 'replace', message: null });
      return;
    }
    event.preventDefault();
    switch (action.kind) {
      case 'move':
        return goTo(action.to, action.extend);
      case 'commitAndMove':
        if (commitEdit()) goTo(action.to);
        return;
      case 'select':
        update({ active: action.from });
        return goTo(action.to, true);
      case 'edit':
        return startEdit();
      case 'cancel':
        return update({ editing: null, message: null });
      case 'clear':
        return clipboard.clearSelection();
      case 'undo':
      case 'redo':
        if (current().editing) update({ editing: null, message: null });
        return action.kind === 'undo' ? store.undo() : store.redo();
      case 'dismissMessage':
        return update({ message: null });
      case 'refuseComputed':
        return update({ message: computedCellMessage });
    }
  };

  return {
    inputRef,
    onKeyDown,
    onInput() {
      if (!current().editing) update({ editing: 'replace' });
    },
    onCompositionStart() {
      // Some input methods start composing without a keydown first: the value must be in place
      // (and selected, so the composition replaces it) before the edit begins.
      input.flush();
      if (!current().editing) update({ editing: 'replace', message: null });
    },
    onFocus() {
      input.flush();
      if (!current().editing) inputRef.current?.select();
    },
    /**
     * Leaving the grid commits an edit; a refused value is dropped, and its message with it (the
     * draft never held it). A message at the cell means nothing once the grid is left.
     */
    onBlur() {
      if (dragging) return;
      if (current().editing && commitEdit()) return;
      update({ editing: null, message: null });
    },
    onCopy: clipboard.onCopy,
    onCut: clipboard.onCut,
    onPaste: clipboard.onPaste,
    onCellMouseDown(position, extend) {
      if (current().editing && !commitEdit()) return;
      dragging = true;
      const stop = () => {
        dragging = false;
        window.removeEventListener('mouseup', stop);
      };
      window.addEventListener('mouseup', stop);
      goTo(position, extend);
      // The input is still over the cell active before this click until React renders: focusing
      // it with scrolling would jump the page there, and the drag would then select every cell
      // that passed under the pointer.
      inputRef.current?.focus({ preventScroll: true });
    },
    onCellMouseEnter(position) {
      setKeyboardUse(false);
      if (dragging) goTo(position, true);
    },
    onDoubleClick() {
      if (!cellAt(grid, current().active)?.isComputed && !refuseWhenLocked(kit)) startEdit();
    },
    showInInput: input.show,
    activate(position) {
      goTo(position);
      inputRef.current?.focus();
    },
  };
}

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

type Listener = () => void;

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
  const cellListeners = new Map<string, Set<Listener>>();
  const subscribers = new Map<string, (listener: Listener) => () => void>();

  const wakeCells = (before: GridState) => {
    const woken = new Set<Listener>();
    const collect = (key: string) => cellListeners.get(key)?.forEach((l) => woken.add(l));
    // What a cell shows of the grid's state (active, selected, editing) depends only on the
    // selection and the edit: the cells selected before or after are all that can change.
    if (
      before.active !== state.active ||
      before.rangeEnd !== state.rangeEnd ||
      before.editing !== state.editing
    ) {
      forEachSelected(before, collect);
      forEachSelected(state, collect);
    }
    for (const listener of woken) listener();
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
    subscriberFor({ row, col }) {
      const key = keyOf(row, col);
      const known = subscribers.get(key);
      if (known) return known;
      const subscribe = (listener: Listener) => {
        const set = cellListeners.get(key) ?? new Set();
        set.add(listener);
        cellListeners.set(key, set);
        return () => {
          set.delete(listener);
          if (set.size === 0) cellListeners.delete(key);
        };
      };
      subscribers.set(key, subscribe);
      return subscribe;
    },
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
