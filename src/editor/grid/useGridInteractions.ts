// Keyboard, mouse, selection, editing and clipboard for one grid. The grid has one focusable
// element, an <input> living in the active cell: typing (IME composition included) goes straight
// into it, so no keystroke is lost when editing starts.

import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { describeCell } from '../../model/form/cells.ts';
import { parseCellInput } from '../../model/values.ts';
import { cellsChange } from '../state/change.ts';
import type { ReportStore } from '../state/reportStore.ts';
import { displayOf } from './cellDisplay.ts';
import { describePaste, parseTsv, planPaste, toTsv } from './clipboard.ts';
import {
  cellAt,
  cellsInRange,
  move,
  moveAcross,
  moveToEdge,
  type Direction,
  type GridSpec,
  type Position,
  type Range,
} from './gridModel.ts';

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
}

const arrows: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

const isComposing = (event: KeyboardEvent) =>
  event.nativeEvent.isComposing || event.keyCode === 229;

export interface GridInteractions {
  readonly state: GridState;
  readonly range: Range;
  /** Stable across renders, so memoised cells are not re-rendered by them. */
  readonly handlers: GridHandlers;
}

export interface GridHandlers {
  readonly inputRef: React.RefObject<HTMLInputElement | null>;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly onInput: () => void;
  readonly onCompositionStart: () => void;
  readonly onFocus: () => void;
  /** Shows a cell's value in the input (between edits), in step with the next frame. */
  readonly showInInput: (value: string) => void;
  readonly onBlur: (event: FocusEvent<HTMLInputElement>) => void;
  readonly onCopy: (event: ClipboardEvent<HTMLInputElement>) => void;
  readonly onCut: (event: ClipboardEvent<HTMLInputElement>) => void;
  readonly onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
  readonly onCellMouseDown: (position: Position, extend: boolean) => void;
  readonly onCellMouseEnter: (position: Position) => void;
  readonly onDoubleClick: () => void;
  readonly activate: (position: Position) => void;
  readonly wantsFocus: React.RefObject<boolean>;
}

const initialState: GridState = {
  active: { row: 0, col: 0 },
  rangeEnd: { row: 0, col: 0 },
  editing: null,
  message: null,
};

export function useGridInteractions(store: ReportStore, grid: GridSpec): GridInteractions {
  // The ref is the truth handlers read (two keys can arrive before React re-renders); the state
  // copy is what renders.
  const stateRef = useRef<GridState>(initialState);
  const [state, setState] = useState<GridState>(initialState);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const dragging = useRef(false);
  /** Whether the grid holds the focus, so the input that mounts in a newly active cell takes it. */
  const wantsFocus = useRef(false);

  // Writing an input's value makes the browser lay out the page at once. After a commit the new
  // value goes in with the next frame's own layout instead; any key arriving before that frame
  // flushes it first, so typing always replaces the right value.
  const pendingValue = useRef<string | undefined>(undefined);
  const flushInput = useCallback(() => {
    const value = pendingValue.current;
    const input = inputRef.current;
    if (value === undefined || !input) return;
    pendingValue.current = undefined;
    input.value = value;
    if (document.activeElement === input) input.select();
  }, []);
  const showInInput = useCallback(
    (value: string) => {
      pendingValue.current = value;
      requestAnimationFrame(flushInput);
    },
    [flushInput],
  );

  const update = useCallback((next: Partial<GridState>) => {
    stateRef.current = { ...stateRef.current, ...next };
    setState(stateRef.current);
  }, []);

  const goTo = useCallback(
    (position: Position, extend = false) => {
      update(
        extend
          ? { rangeEnd: position, editing: null }
          : { active: position, rangeEnd: position, editing: null, message: null },
      );
    },
    [update],
  );

  /** Writes the input's text to the active cell; false (and a message) when it is refused. */
  const commitEdit = useCallback((): boolean => {
    const { active, editing } = stateRef.current;
    const input = inputRef.current;
    const cell = cellAt(grid, active);
    if (!editing || !input || !cell) return true;
    const parsed = parseCellInput(cell.kind, input.value);
    if (!parsed.ok) {
      update({
        message: { tone: 'error', text: `${describeCell(cell.address)}：${parsed.message}` },
      });
      return false;
    }
    const report = store.getSnapshot().report;
    store.commit(
      cellsChange(report, `填写 ${describeCell(cell.address)}`, { [cell.address]: parsed.value }),
    );
    update({ editing: null, message: null });
    return true;
  }, [grid, store, update]);

  const cancelEdit = useCallback(() => update({ editing: null, message: null }), [update]);

  const range = useMemo<Range>(
    () => ({ anchor: state.active, focus: state.rangeEnd }),
    [state.active, state.rangeEnd],
  );

  const clearRange = useCallback(() => {
    const { active, rangeEnd } = stateRef.current;
    const cells = cellsInRange(grid, { anchor: active, focus: rangeEnd })
      .flat()
      .filter((cell) => !cell.isComputed);
    const report = store.getSnapshot().report;
    store.commit(
      cellsChange(
        report,
        '清除',
        Object.fromEntries(cells.map((cell) => [cell.address, undefined])),
      ),
    );
  }, [grid, store]);

  const selectionTsv = useCallback((): string => {
    const { active, rangeEnd } = stateRef.current;
    const snapshot = store.getSnapshot();
    const rows = cellsInRange(grid, { anchor: active, focus: rangeEnd });
    return toTsv(rows.map((cells) => cells.map((cell) => displayOf(snapshot, cell.address))));
  }, [grid, store]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      flushInput();
      if (isComposing(event)) return; // the IME owns Enter and the arrows while composing
      const { active, rangeEnd, editing } = stateRef.current;
      const ctrl = event.ctrlKey || event.metaKey;
      const key = event.key;

      if (ctrl && (key === 'z' || key === 'Z' || key === 'y' || key === 'Y')) {
        event.preventDefault();
        if (editing) cancelEdit();
        if (key === 'y' || key === 'Y' || event.shiftKey) store.redo();
        else store.undo();
        return;
      }

      if (editing) {
        const leaveBy = (next: Position) => {
          event.preventDefault();
          if (commitEdit()) goTo(next);
        };
        if (key === 'Enter') return leaveBy(move(grid, active, event.shiftKey ? 'up' : 'down'));
        if (key === 'Tab') return leaveBy(moveAcross(grid, active, event.shiftKey));
        if (key === 'Escape') {
          event.preventDefault();
          return cancelEdit();
        }
        const direction = arrows[key];
        if (direction && (editing === 'replace' || direction === 'up' || direction === 'down')) {
          return leaveBy(move(grid, active, direction));
        }
        return;
      }

      const direction = arrows[key];
      if (direction) {
        event.preventDefault();
        const from = event.shiftKey ? rangeEnd : active;
        const next = ctrl ? moveToEdge(grid, from, direction) : move(grid, from, direction);
        return goTo(next, event.shiftKey);
      }
      const cell = cellAt(grid, active);
      switch (key) {
        case 'Tab': {
          const next = moveAcross(grid, active, event.shiftKey);
          if (next.row === active.row && next.col === active.col) return; // leave the grid
          event.preventDefault();
          return goTo(next);
        }
        case 'Home':
        case 'End': {
          event.preventDefault();
          const direction = key === 'Home' ? 'left' : 'right';
          const edge = ctrl
            ? moveToEdge(grid, moveToEdge(grid, active, key === 'Home' ? 'up' : 'down'), direction)
            : moveToEdge(grid, active, direction);
          return goTo(edge, event.shiftKey);
        }
        case 'Enter':
        case 'F2': {
          event.preventDefault();
          if (key === 'Enter' && event.shiftKey) return goTo(move(grid, active, 'up'));
          if (cell?.isComputed) {
            return update({ message: { tone: 'info', text: '这是自动计算的合计，不能填写。' } });
          }
          const input = inputRef.current;
          if (input) input.setSelectionRange(input.value.length, input.value.length);
          return update({ editing: 'edit', message: null });
        }
        case 'Delete':
        case 'Backspace':
          event.preventDefault();
          return clearRange();
        case 'Escape':
          return update({ message: null });
        case 'a':
        case 'A':
          if (!ctrl) break;
          event.preventDefault();
          update({ active: { row: 0, col: 0 } });
          return goTo(
            moveToEdge(grid, moveToEdge(grid, { row: 0, col: 0 }, 'down'), 'right'),
            true,
          );
      }
      if (key.length === 1 && !ctrl && !event.altKey) {
        if (cell?.isComputed) {
          event.preventDefault();
          return update({ message: { tone: 'info', text: '这是自动计算的合计，不能填写。' } });
        }
        update({ editing: 'replace', message: null }); // the selected text is replaced by the key
      }
    },
    [cancelEdit, clearRange, commitEdit, flushInput, goTo, grid, store, update],
  );

  const onInput = useCallback(() => {
    if (!stateRef.current.editing) update({ editing: 'replace' });
  }, [update]);

  const onCompositionStart = useCallback(() => {
    if (!stateRef.current.editing) update({ editing: 'replace', message: null });
  }, [update]);

  const onFocus = useCallback(() => {
    wantsFocus.current = true;
    flushInput();
    if (!stateRef.current.editing) inputRef.current?.select();
  }, [flushInput]);

  /** Leaving the grid commits an edit; a refused value is dropped with its message kept. */
  const onBlur = useCallback(
    (event: FocusEvent<HTMLInputElement>) => {
      const table = event.currentTarget.closest('table');
      if (!(event.relatedTarget instanceof Node && table?.contains(event.relatedTarget))) {
        wantsFocus.current = false;
      }
      if (dragging.current || !stateRef.current.editing) return;
      if (!commitEdit()) update({ editing: null });
    },
    [commitEdit, update],
  );

  const onCopy = useCallback(
    (event: ClipboardEvent<HTMLInputElement>) => {
      if (stateRef.current.editing) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', selectionTsv());
    },
    [selectionTsv],
  );

  const onCut = useCallback(
    (event: ClipboardEvent<HTMLInputElement>) => {
      if (stateRef.current.editing) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', selectionTsv());
      clearRange();
    },
    [clearRange, selectionTsv],
  );

  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLInputElement>) => {
      if (stateRef.current.editing) return;
      event.preventDefault();
      const block = parseTsv(event.clipboardData.getData('text/plain'));
      if (block.length === 0) return;
      const { active, rangeEnd } = stateRef.current;
      const plan = planPaste(grid, { anchor: active, focus: rangeEnd }, block);
      store.commit(cellsChange(store.getSnapshot().report, '粘贴', plan.values));
      update({
        message: { tone: plan.refused.length ? 'error' : 'info', text: describePaste(plan) },
      });
    },
    [grid, store, update],
  );

  const onCellMouseDown = useCallback(
    (position: Position, extend: boolean) => {
      if (stateRef.current.editing && !commitEdit()) return;
      dragging.current = true;
      const stop = () => {
        dragging.current = false;
        window.removeEventListener('mouseup', stop);
      };
      window.addEventListener('mouseup', stop);
      wantsFocus.current = true;
      goTo(position, extend);
      inputRef.current?.focus();
    },
    [commitEdit, goTo],
  );

  const onDoubleClick = useCallback(() => {
    const cell = cellAt(grid, stateRef.current.active);
    if (cell && !cell.isComputed) update({ editing: 'edit', message: null });
  }, [grid, update]);

  const onCellMouseEnter = useCallback(
    (position: Position) => {
      if (dragging.current) goTo(position, true);
    },
    [goTo],
  );

  /** Jumps to a cell from outside the grid (a finding) and takes the focus. */
  const activate = useCallback(
    (position: Position) => {
      wantsFocus.current = true;
      goTo(position);
      inputRef.current?.focus();
    },
    [goTo],
  );

  const handlers = useMemo<GridHandlers>(
    () => ({
      inputRef,
      onKeyDown,
      onInput,
      onCompositionStart,
      onFocus,
      showInInput,
      onBlur,
      onCopy,
      onCut,
      onPaste,
      onCellMouseDown,
      onCellMouseEnter,
      onDoubleClick,
      activate,
      wantsFocus,
    }),
    [
      onKeyDown,
      onInput,
      onCompositionStart,
      onFocus,
      showInInput,
      onBlur,
      onCopy,
      onCut,
      onPaste,
      onCellMouseDown,
      onCellMouseEnter,
      onDoubleClick,
      activate,
    ],
  );

  return { state, range, handlers };
}
