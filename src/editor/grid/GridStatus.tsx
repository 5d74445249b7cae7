// Under each grid: what the active cell's findings say, with 采用计算值 where a published total
// differs from the computed one. What the last action said shows at the cell (CellMessage).

import type { CellAddress } from '../../model/form/cells.ts';
import { useEditor, useStore } from '../state/storeContext.tsx';
import { annotationFor, statusOf } from '../../model/review/status.ts';
import { StatusBadge } from '../shared/StatusBadge.tsx';
import { adoptComputedChange } from '../state/adopt.ts';
import { showValue } from '../shared/showValue.ts';
import { displayOf } from './cellDisplay.ts';

interface Props {
  readonly active: CellAddress | undefined;
}

export function GridStatus({ active }: Props) {
  const store = useStore();
  const findings = useEditor((s) => (active ? s.derived.findingsByPlace.get(active) : undefined));
  const declared = useEditor((s) => (active ? s.report.declared[active] : undefined));
  const computed = useEditor((s) => (active ? displayOf(s, active) : ''));
  const isLocked = useEditor((s) => s.lock !== undefined);
  const review = useEditor((s) => s.report.review);
  const differs =
    active !== undefined && declared !== undefined && showValue(declared) !== computed;

  return (
    <div className="grid-status">
      {differs ? (
        <p className="cell-declared">
          这一格的申报值为 {showValue(declared)}，计算值为 {computed || '空白'}。
          <button
            type="button"
            disabled={isLocked}
            onClick={() => store.commit(adoptComputedChange(store.getSnapshot(), [active]))}
          >
            采用计算值
          </button>
        </p>
      ) : null}
      {findings?.length ? (
        <ul className="cell-findings" aria-label="本格的检查结果">
          {findings.map((finding, i) => (
            <li key={`${finding.rule}-${i}`} className={`severity-${finding.severity}`}>
              <StatusBadge status={statusOf(finding, annotationFor(review, finding))} />{' '}
              {finding.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
