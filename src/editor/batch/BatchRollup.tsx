// 汇总: the reports of the batch summed cell by cell into one area report, checked by the same
// rules. Every figure opens a drill-down of each agency's figure, the reports with errors marked;
// those can be left out. The area report is saved to the library, to be edited and printed there.

import { memo, useDeferredValue, useMemo, useState, type ComponentProps } from 'react';
import { rollUpRows } from '../../model/batch/area.ts';
import type { BatchRow } from '../../model/batch/batch.ts';
import { contributionsTo } from '../../model/batch/rollup.ts';
import {
  describeCell,
  tableShortNames,
  type CellAddress,
  type TableId,
} from '../../model/form/cells.ts';
import { severityLabels } from '../../model/rules/finding.ts';
import { tableGridOf } from '../../export/xlsx/tableSheets.ts';
import { reportHref } from '../shared/route.ts';
import { useShownInFrames } from '../shared/useShownInFrames.ts';
import { AreaTable } from './AreaTable.tsx';
import {
  areaNameOf,
  includedRows,
  pickFigure,
  setAreaName,
  showAreaTable,
  setIncluded,
  type BatchState,
} from './batchStore.ts';
import { addToLibrary } from './addToLibrary.ts';

const tables: readonly TableId[] = ['t2', 't3', 't4'];

const shown = (value: unknown) => (value === undefined ? '空白' : String(value));

/** `areaName` is the live text of its input (a field must not follow a deferred copy). */
export const BatchRollup = memo(function BatchRollup(props: {
  readonly state: BatchState;
  readonly areaName: string;
}) {
  const { state } = props;
  // One table at a time: three laid out at once held a slow PC for a tenth of a second.
  const { areaTable: table, picked } = state;
  const [saved, setSaved] = useState<{ id: string } | { problem: string } | undefined>(undefined);
  const { rows, excluded } = state;
  const included = useMemo(() => includedRows({ rows, excluded }), [rows, excluded]);
  // Summed after the section first shows, in a render of its own: the table of reports and the
  // 汇总 are not laid out in one long task.
  const summing = useDeferredValue<readonly BatchRow[] | undefined>(included, undefined);
  // Summed once per set of reports, not per keystroke in the name: the name goes in on saving.
  const rollup = useMemo(() => summing && rollUpRows(summing, '汇总'), [summing]);
  const grid = useMemo(() => rollup && tableGridOf(rollup.area.report, table), [rollup, table]);
  const withErrors = state.rows.filter((row) => row.counts.error > 0);

  if (!rollup || !grid) {
    return (
      <section aria-labelledby="batch-rollup">
        <h2 id="batch-rollup">汇总</h2>
        <p>{summing ? '没有计入汇总的报告。' : '正在汇总…'}</p>
      </section>
    );
  }
  const { area, findings, reports } = rollup;
  const year = area.report.header.year;
  const otherYears = included.length - reports;
  const errors = findings.filter((f) => f.severity === 'error');
  const save = async () => {
    const agencyName = areaNameOf(props.areaName);
    setSaved(await addToLibrary({ ...area.report, header: { ...area.report.header, agencyName } }));
  };

  return (
    <section aria-labelledby="batch-rollup" className="batch-rollup">
      <h2 id="batch-rollup">汇总</h2>
      <div className="library-actions">
        <label>
          汇总报告的机关名称
          <input
            className="form-input"
            value={props.areaName}
            placeholder="汇总"
            onChange={(e) => setAreaName(e.target.value)}
          />
        </label>
        {withErrors.length > 0 ? (
          <button
            type="button"
            onClick={() =>
              setIncluded(
                withErrors.map((row) => row.entry),
                false,
              )
            }
          >
            不计入有错误的报告（{withErrors.length} 份）
          </button>
        ) : null}
        {state.excluded.size > 0 ? (
          <button
            type="button"
            onClick={() =>
              setIncluded(
                state.rows.map((row) => row.entry),
                true,
              )
            }
          >
            全部计入
          </button>
        ) : null}
        <button type="button" onClick={() => void save()}>
          保存到报告库
        </button>
      </div>
      {saved && 'id' in saved ? (
        <p role="status">
          汇总报告已保存到报告库。<a href={reportHref(saved.id)}>打开汇总报告</a>
          （可在编辑器中打印、导出）
        </p>
      ) : saved ? (
        <p role="alert" className="library-notice">
          {saved.problem}
        </p>
      ) : null}
      <p role="status" className="batch-summary">
        {year} 年度汇总：计入 {reports} 份报告
        {state.excluded.size > 0 ? `，${state.excluded.size} 份未计入` : ''}
        {otherYears > 0 ? `，${otherYears} 份为其他年度，未计入` : ''}；汇总表错误 {errors.length}{' '}
        个，警告 {findings.filter((f) => f.severity === 'warning').length}{' '}
        个。点击任一数字查看各机关的数字。
      </p>
      {errors.length > 0 ? (
        <ul className="batch-rollup-findings">
          {errors.map((finding, i) => (
            <li key={`${finding.rule}-${i}`} className="severity-error">
              【{severityLabels.error}】{finding.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="area-layout">
        <div className="area-tables">
          <div className="area-table-switch" role="group" aria-label="汇总表">
            {tables.map((id) => (
              <button
                key={id}
                type="button"
                aria-pressed={id === table}
                onClick={() => showAreaTable(id)}
              >
                汇总{tableShortNames[id]}
              </button>
            ))}
          </div>
          <AreaTableAfterAFrame table={table} grid={grid} picked={picked} onPick={pickFigure} />
        </div>
        {picked ? <DrillDown address={picked} rollup={rollup} /> : null}
      </div>
    </section>
  );
});

/**
 * The 汇总's table, a frame after the rest of the 汇总 when it first appears: laid out together
 * they were one task of over 100 ms at a 4× slower CPU. Switching tables draws the next at once.
 */
function AreaTableAfterAFrame(props: ComponentProps<typeof AreaTable>) {
  return useShownInFrames(1) > 0 ? <AreaTable {...props} /> : null;
}

function DrillDown(props: {
  readonly address: CellAddress;
  readonly rollup: NonNullable<ReturnType<typeof rollUpRows>>;
}) {
  const contributions = contributionsTo(props.rollup.area, props.address);
  const total = props.rollup.area.report.cells[props.address];
  return (
    <section className="area-drilldown" aria-label="各机关的数字">
      <h3>{describeCell(props.address)}</h3>
      <table className="library-table">
        <thead>
          <tr>
            <th scope="col">机关名称</th>
            <th scope="col">数字</th>
            <th scope="col">检查</th>
          </tr>
        </thead>
        <tbody>
          {contributions.map((c, i) => (
            <tr key={`${c.source}-${i}`} className={c.hasErrors ? 'has-errors' : undefined}>
              <th scope="row">{c.source}</th>
              <td>{shown(c.value)}</td>
              <td>{c.hasErrors ? '有错误' : ''}</td>
            </tr>
          ))}
        </tbody>
        {total !== undefined ? (
          <tfoot>
            <tr>
              <th scope="row">汇总</th>
              <td>{String(total)}</td>
              <td />
            </tr>
          </tfoot>
        ) : null}
      </table>
    </section>
  );
}
