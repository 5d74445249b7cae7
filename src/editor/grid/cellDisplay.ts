// What a cell shows: the entered value, or the computed total; blank shows nothing.

import type { CellAddress } from '../../model/form/cells.ts';
import { showValue } from '../shared/showValue.ts';
import type { EditorSnapshot } from '../state/reportStore.ts';

export function displayOf(snapshot: EditorSnapshot, address: CellAddress): string {
  const { totals } = snapshot.derived;
  return totals.cells.has(address)
    ? showValue(totals.cells.get(address))
    : showValue(snapshot.report.cells[address]);
}
