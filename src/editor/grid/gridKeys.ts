// What a key does in a grid, decided from the key and where the grid stands. Pure: the hook
// carries the action out, tests read the table of keys directly.

import {
  cellAt,
  move,
  moveAcross,
  moveToEdge,
  samePosition,
  type Direction,
  type GridSpec,
  type Position,
} from './gridModel.ts';

export interface KeyPress {
  readonly key: string;
  readonly shift: boolean;
  /** Ctrl, or ⌘ on a Mac. */
  readonly ctrl: boolean;
  readonly alt: boolean;
}

export interface GridPlace {
  readonly active: Position;
  readonly rangeEnd: Position;
  readonly editing: 'replace' | 'edit' | null;
  /** Escape was the key before: Tab leaves the grid (the browser moves the focus on). */
  readonly exitArmed?: boolean;
}

export type KeyAction =
  | { readonly kind: 'move'; readonly to: Position; readonly extend: boolean }
  /** Commit the edit, then move; stay if the value is refused. */
  | { readonly kind: 'commitAndMove'; readonly to: Position }
  | { readonly kind: 'select'; readonly from: Position; readonly to: Position }
  | { readonly kind: 'edit' }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'dismissMessage' }
  | { readonly kind: 'refuseComputed' }
  /** A printable key starts an edit that replaces the value; the browser inserts the key. */
  | { readonly kind: 'type' }
  /** Not the grid's key: let the browser have it (Tab out of the grid, caret keys in an edit). */
  | { readonly kind: 'pass' };

const arrows: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export function keyAction(grid: GridSpec, place: GridPlace, press: KeyPress): KeyAction {
  const { key, shift, ctrl } = press;
  const lower = key.toLowerCase();
  if (ctrl && lower === 'z') return shift ? { kind: 'redo' } : { kind: 'undo' };
  if (ctrl && lower === 'y') return { kind: 'redo' };
  return place.editing ? editingAction(grid, place, press) : navigationAction(grid, place, press);
}

function editingAction(grid: GridSpec, place: GridPlace, { key, shift }: KeyPress): KeyAction {
  const { active, editing } = place;
  if (key === 'Enter')
    return { kind: 'commitAndMove', to: move(grid, active, shift ? 'up' : 'down') };
  if (key === 'Tab') return { kind: 'commitAndMove', to: moveAcross(grid, active, shift) };
  if (key === 'Escape') return { kind: 'cancel' };
  const direction = arrows[key];
  // Typing over a value (Excel's "enter" mode): arrows commit and move; in an F2 edit, left and
  // right move the caret.
  if (direction && (editing === 'replace' || direction === 'up' || direction === 'down')) {
    return { kind: 'commitAndMove', to: move(grid, active, direction) };
  }
  return { kind: 'pass' };
}

function navigationAction(grid: GridSpec, place: GridPlace, press: KeyPress): KeyAction {
  const { key, shift, ctrl, alt } = press;
  const { active, rangeEnd } = place;
  const direction = arrows[key];
  if (direction) {
    const from = shift ? rangeEnd : active;
    const to = ctrl ? moveToEdge(grid, from, direction) : move(grid, from, direction);
    return { kind: 'move', to, extend: shift };
  }
  const isComputed = cellAt(grid, active)?.isComputed ?? false;
  switch (key) {
    case 'Tab': {
      if (place.exitArmed) return { kind: 'pass' };
      const to = moveAcross(grid, active, shift);
      return samePosition(to, active) ? { kind: 'pass' } : { kind: 'move', to, extend: false };
    }
    case 'Home':
    case 'End': {
      const side = key === 'Home' ? 'left' : 'right';
      const from = ctrl ? moveToEdge(grid, active, key === 'Home' ? 'up' : 'down') : active;
      return { kind: 'move', to: moveToEdge(grid, from, side), extend: shift };
    }
    case 'Enter':
      if (shift) return { kind: 'move', to: move(grid, active, 'up'), extend: false };
      return isComputed ? { kind: 'refuseComputed' } : { kind: 'edit' };
    case 'F2':
      return isComputed ? { kind: 'refuseComputed' } : { kind: 'edit' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    case 'Escape':
      return { kind: 'dismissMessage' };
  }
  if (ctrl && key.toLowerCase() === 'a') {
    const first = { row: 0, col: 0 };
    return {
      kind: 'select',
      from: first,
      to: moveToEdge(grid, moveToEdge(grid, first, 'down'), 'right'),
    };
  }
  if (key.length === 1 && !ctrl && !alt)
    return isComputed ? { kind: 'refuseComputed' } : { kind: 'type' };
  return { kind: 'pass' };
}
