// What a cell shows: the entered value, or the computed total; blank shows nothing.

import type { CellAddress } from '../../model/form/cells.ts';
import type { CellValue } from '../../model/values.ts';
import type { EditorSnapshot } from '../state/reportStore.ts';

export function showValue(value: CellValue | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function displayOf(snapshot: EditorSnapshot, address: CellAddress): string {
  const { totals } = snapshot.derived;
  return totals.cells.has(address)
    ? showValue(totals.cells.get(address))
    : showValue(snapshot.report.cells[address]);
}
