import { describe, expect, it } from 'vitest';
import type { CellAddress } from '../../model/form/cells.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { cellsChange } from '../state/change.ts';
import { ReportStore } from '../state/reportStore.ts';
import { cellFeedsOf } from './cellFeed.ts';
import { cellFlags, gridFlagsOf } from './cellView.ts';
import { initialGridState } from './gridState.ts';

function watch(store: ReportStore, addresses: readonly CellAddress[]) {
  const woken = new Set<CellAddress>();
  const { now } = cellFeedsOf(store);
  const stops = addresses.map((address) => now.subscriberFor(address)(() => woken.add(address)));
  return { woken, stop: () => stops.forEach((stop) => stop()) };
}

describe('cell feed', () => {
  it('wakes the edited cell and the totals it feeds, not the cells beside them', () => {
    const store = new ReportStore(sampleReport);
    const { woken } = watch(store, [
      't3.disclosed.natural',
      't3.disclosed.total',
      't3.resultTotal.total',
      't3.newReceived.legalService',
      't2.normativeDocs.inForce',
    ]);
    store.commit(cellsChange(store.getSnapshot().report, '填写', { 't3.disclosed.natural': 40 }));
    expect(woken).toContain('t3.disclosed.natural');
    expect(woken).toContain('t3.disclosed.total');
    expect(woken).toContain('t3.resultTotal.total');
    expect(woken).not.toContain('t3.newReceived.legalService');
    expect(woken).not.toContain('t2.normativeDocs.inForce');
  });

  it('wakes a cell whose findings changed though its value did not', () => {
    const store = new ReportStore(sampleReport);
    // R3-RESULT names every result of the column and restates their sum.
    const { woken } = watch(store, ['t3.partlyDisclosed.natural']);
    store.commit(cellsChange(store.getSnapshot().report, '填写', { 't3.disclosed.natural': 40 }));
    expect(woken).toEqual(new Set(['t3.partlyDisclosed.natural']));
  });

  it('stops following the store when its last cell unsubscribes', () => {
    const store = new ReportStore(sampleReport);
    const { woken, stop } = watch(store, ['t3.disclosed.natural']);
    stop();
    store.commit(cellsChange(store.getSnapshot().report, '填写', { 't3.disclosed.natural': 40 }));
    expect(woken.size).toBe(0);
  });
});

describe('cell view', () => {
  it('is the same object while the cell shows the same, a new one when it changes', () => {
    const store = new ReportStore(sampleReport);
    const { now } = cellFeedsOf(store);
    const total = now.viewOf('t3.disclosed.total', true);
    const beside = now.viewOf('t3.newReceived.legalService', false);
    store.commit(cellsChange(store.getSnapshot().report, '填写', { 't3.disclosed.natural': 40 }));
    expect(now.viewOf('t3.newReceived.legalService', false)).toBe(beside);
    const after = now.viewOf('t3.disclosed.total', true);
    expect(after).not.toBe(total);
    expect(after.display).not.toBe(total.display);
  });

  it('shows the sample’s inconsistent （七）总计 of 自然人 as the total in question, with an error', () => {
    const store = new ReportStore(sampleReport);
    const view = cellFeedsOf(store).now.viewOf('t3.resultTotal.natural', true);
    expect(view.pointing).toBe('error');
    expect(view.isAnswered).toBe(false);
  });
});

describe('grid flags', () => {
  const at = (row: number, col: number) => ({ row, col });
  const state = { ...initialGridState, active: at(1, 1), rangeEnd: at(2, 2) };

  it('marks the active cell active and selected, and editing only while an edit is open', () => {
    expect(gridFlagsOf(state, at(1, 1))).toBe(cellFlags.active | cellFlags.selected);
    expect(gridFlagsOf({ ...state, editing: 'replace' }, at(1, 1))).toBe(
      cellFlags.active | cellFlags.selected | cellFlags.editing,
    );
  });

  it('marks the rest of the range selected and the cells outside it not at all', () => {
    expect(gridFlagsOf(state, at(2, 1))).toBe(cellFlags.selected);
    expect(gridFlagsOf(state, at(3, 1))).toBe(0);
  });
});
