// 采用计算值: a declared (published) total that differs from the computed one is dropped, so the
// cell shows the computed total like any report made here. Never silent: the user asks for it, and
// it is one undoable step however many cells it covers.

import type { CellAddress } from '../../model/form/cells.ts';
import { showValue } from '../shared/showValue.ts';
import type { Change, DeclaredValues } from './change.ts';
import type { EditorSnapshot } from './reportStore.ts';

/** Declared totals that differ from their computed value. */
export function differingDeclared(snapshot: EditorSnapshot): CellAddress[] {
  const { declared } = snapshot.report;
  return (Object.keys(declared) as CellAddress[]).filter(
    (address) =>
      showValue(declared[address]) !== showValue(snapshot.derived.totals.cells.get(address)),
  );
}

export function adoptComputedChange(
  snapshot: EditorSnapshot,
  addresses: readonly CellAddress[],
): Change | undefined {
  const before: DeclaredValues = {};
  const after: DeclaredValues = {};
  for (const address of addresses) {
    if (snapshot.report.declared[address] === undefined) continue;
    before[address] = snapshot.report.declared[address];
    after[address] = undefined;
  }
  if (Object.keys(after).length === 0) return undefined;
  const label = addresses.length === 1 ? '采用计算值' : `采用计算值（${addresses.length} 处）`;
  return { label, before: { declared: before }, after: { declared: after } };
}
