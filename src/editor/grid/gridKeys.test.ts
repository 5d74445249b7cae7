import { describe, expect, it } from 'vitest';
import { keyAction, type GridPlace, type KeyPress } from './gridKeys.ts';
import { table3Grid } from './gridModel.ts';

const grid = table3Grid('2021');
const at = (row: number, col: number) => ({ row, col });
const idle = (row: number, col: number): GridPlace => ({
  active: at(row, col),
  rangeEnd: at(row, col),
  editing: null,
});
const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  shift: false,
  ctrl: false,
  alt: false,
  ...mods,
});

describe('keys between edits', () => {
  it.each([
    ['ArrowDown', {}, idle(0, 0), { kind: 'move', to: at(1, 0), extend: false }],
    ['ArrowUp', {}, idle(0, 0), { kind: 'move', to: at(0, 0), extend: false }],
    ['ArrowRight', { shift: true }, idle(0, 0), { kind: 'move', to: at(0, 1), extend: true }],
    ['ArrowDown', { ctrl: true }, idle(3, 2), { kind: 'move', to: at(24, 2), extend: false }],
    ['End', {}, idle(3, 2), { kind: 'move', to: at(3, 6), extend: false }],
    ['Home', { ctrl: true }, idle(3, 2), { kind: 'move', to: at(0, 0), extend: false }],
    ['End', { ctrl: true }, idle(3, 2), { kind: 'move', to: at(24, 6), extend: false }],
    ['Tab', {}, idle(0, 6), { kind: 'move', to: at(1, 0), extend: false }],
    ['Tab', { shift: true }, idle(1, 0), { kind: 'move', to: at(0, 6), extend: false }],
    ['Tab', {}, idle(24, 6), { kind: 'pass' }],
    ['Tab', { shift: true }, idle(0, 0), { kind: 'pass' }],
    ['Escape', {}, idle(3, 2), { kind: 'dismissMessage' }],
    ['Tab', {}, { ...idle(3, 2), exitArmed: true }, { kind: 'pass' }],
    ['Tab', { shift: true }, { ...idle(3, 2), exitArmed: true }, { kind: 'pass' }],
    ['Enter', {}, idle(2, 0), { kind: 'edit' }],
    ['Enter', { shift: true }, idle(2, 0), { kind: 'move', to: at(1, 0), extend: false }],
    ['F2', {}, idle(2, 6), { kind: 'refuseComputed' }],
    ['5', {}, idle(2, 0), { kind: 'type' }],
    ['5', {}, idle(2, 6), { kind: 'refuseComputed' }],
    ['Delete', {}, idle(2, 0), { kind: 'clear' }],
    ['Backspace', {}, idle(2, 0), { kind: 'clear' }],
    ['z', { ctrl: true }, idle(2, 0), { kind: 'undo' }],
    ['Z', { ctrl: true, shift: true }, idle(2, 0), { kind: 'redo' }],
    ['y', { ctrl: true }, idle(2, 0), { kind: 'redo' }],
    ['a', { ctrl: true }, idle(2, 0), { kind: 'select', from: at(0, 0), to: at(24, 6) }],
    ['c', { ctrl: true }, idle(2, 0), { kind: 'pass' }],
  ] as const)('%s %j at %j', (key, mods, place, action) => {
    expect(keyAction(grid, place, press(key, mods))).toEqual(action);
  });
});

describe('keys while editing', () => {
  const typing: GridPlace = { ...idle(2, 1), editing: 'replace' };
  const editing: GridPlace = { ...idle(2, 1), editing: 'edit' };
  it.each([
    ['Enter', {}, typing, { kind: 'commitAndMove', to: at(3, 1) }],
    ['Enter', { shift: true }, typing, { kind: 'commitAndMove', to: at(1, 1) }],
    ['Tab', {}, typing, { kind: 'commitAndMove', to: at(2, 2) }],
    ['Escape', {}, typing, { kind: 'cancel' }],
    ['ArrowLeft', {}, typing, { kind: 'commitAndMove', to: at(2, 0) }],
    ['ArrowLeft', {}, editing, { kind: 'pass' }],
    ['ArrowDown', {}, editing, { kind: 'commitAndMove', to: at(3, 1) }],
    ['5', {}, editing, { kind: 'pass' }],
  ] as const)('%s %j', (key, mods, place, action) => {
    expect(keyAction(grid, place, press(key, mods))).toEqual(action);
  });
});
