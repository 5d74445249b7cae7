import { describe, expect, it } from 'vitest';
import type { CellAddress } from '../../model/form/cells.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { cellsChange } from '../state/change.ts';
import { ReportStore } from '../state/reportStore.ts';
import { cellFeedsOf } from './cellFeed.ts';

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
