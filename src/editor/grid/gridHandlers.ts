// Keyboard, mouse, selection, editing and clipboard for one grid. The grid's one focusable element
// is an <input> laid over the active cell: typing (IME composition included) goes straight into
// it, so no keystroke is lost when editing starts.

import type { ClipboardEvent, FocusEvent, KeyboardEvent, RefObject } from 'react';
import { describeCell } from '../../model/form/cells.ts';
import { parseCellInput } from '../../model/values.ts';
import { cellsChange } from '../state/change.ts';
import { createGridClipboard } from './gridClipboard.ts';
import { keyAction } from './gridKeys.ts';
import { cellAt, type Position } from './gridModel.ts';
import { computedCellMessage, refuseWhenLocked, type GridToolkit } from './gridState.ts';
import { createInputSync } from './inputSync.ts';

export type { EditMode, GridMessage, GridState } from './gridState.ts';

export interface GridHandlers {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly onInput: () => void;
  readonly onCompositionStart: () => void;
  readonly onCompositionEnd: () => void;
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

export function createGridHandlers(kit: GridToolkit): GridHandlers {
  const { store, grid, inputRef, current, update } = kit;
  const input = createInputSync(inputRef, () => current().editing !== null);
  const clipboard = createGridClipboard(kit);
  let dragging = false;
  /** An IME composition is open in the input (its candidate window showing). */
  let composing = false;

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
      composing = true;
      input.flush();
      if (!current().editing) update({ editing: 'replace', message: null });
    },
    onCompositionEnd() {
      composing = false;
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
      // The click keeps the focus in the input, so a composition would go on there, over the
      // clicked cell, and its confirmation type the figure a second time. Leaving the input ends
      // the composition, its text kept, and commits it to the cell it was typed in (onBlur).
      if (composing) {
        inputRef.current?.blur();
        composing = false;
      }
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
