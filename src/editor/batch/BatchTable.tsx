// One row a report of the batch: sortable by any column, filtered by what needs attention, each
// in or out of the 汇总; a report's findings open under the table, and from there the report itself
// in the editor (added to the library first).

import { memo, useEffect, useState } from 'react';
import type { BatchRow } from '../../model/batch/batch.ts';
import { severityLabels } from '../../model/rules/finding.ts';
import { goTo, reportHref } from '../shared/route.ts';
import { addToLibrary } from './addToLibrary.ts';
import { markStored, setIncluded, type BatchState } from './batchStore.ts';
import {
  filters,
  pageOf,
  readAsText,
  sortKeys,
  sortLabels,
  visibleRows,
  type Filter,
  type Sorting,
} from './batchTable.ts';

const nameOf = (row: BatchRow) => row.entry.report.header.agencyName.trim() || row.entry.source;

export const BatchTable = memo(function BatchTable({ state }: { readonly state: BatchState }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [sorting, setSorting] = useState<Sorting>({ key: 'error', descending: true });
  const [open, setOpen] = useState<BatchRow['entry'] | undefined>(undefined);
  const [page, setPage] = useState(0);
  const visible = visibleRows(state.rows, filter, sorting);
  const visibleCount = visible.length;
  const shown = pageOf(visible, page);
  const drawn = useGrowingCount(shown.rows.length);
  const openRow = state.rows.find((row) => row.entry === open);

  return (
    <section aria-labelledby="batch-reports">
      <h2 id="batch-reports">报告</h2>
      <label className="batch-filter">
        显示
        <select
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value as Filter);
            setPage(0);
          }}
        >
          {Object.entries(filters).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <table className="library-table batch-table">
        <thead>
          <tr>
            <th scope="col">计入汇总</th>
            {sortKeys.map((key) => (
              <th
                key={key}
                scope="col"
                aria-sort={
                  sorting.key === key ? (sorting.descending ? 'descending' : 'ascending') : 'none'
                }
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() =>
                    setSorting((now) => ({
                      key,
                      descending: now.key === key ? !now.descending : key !== 'agency',
                    }))
                  }
                >
                  {sortLabels[key]}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.rows.slice(0, drawn).map((row, i) => {
            const { header } = row.entry.report;
            return (
              <tr key={`${row.entry.source}-${i}`} aria-selected={row.entry === open}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`计入汇总：${nameOf(row)}`}
                    checked={!state.excluded.has(row.entry)}
                    onChange={(event) => setIncluded([row.entry], event.target.checked)}
                  />
                </td>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => setOpen(row.entry)}>
                    {nameOf(row)}
                  </button>
                </th>
                <td>{header.category ?? '未填'}</td>
                <td>{header.year}</td>
                <td>{readAsText(row)}</td>
                <td>{row.prior ?? '—'}</td>
                <td>{row.counts.error}</td>
                <td>{row.counts.warning}</td>
                <td>{row.counts.info}</td>
                <td>{row.finalised ? '已定稿' : '未定稿'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.pages > 1 ? (
        <p className="batch-pages">
          第 {shown.from}–{shown.to} 份，共 {visibleCount} 份
          <button type="button" disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
            上一页
          </button>
          <button
            type="button"
            disabled={shown.page === shown.pages - 1}
            onClick={() => setPage(shown.page + 1)}
          >
            下一页
          </button>
        </p>
      ) : null}
      {openRow ? <RowFindings row={openRow} storedId={state.stored.get(openRow.entry)} /> : null}
    </section>
  );
});

/** Rows added to the page per frame: laying out fifty at once held a slow PC for 0.2 s. */
const rowsPerFrame = 10;
/** Fewer in the first frame, which also lays out the table's header and columns. */
const firstRows = 3;

/** How many of `count` rows to draw: a few more each frame until all are, never fewer again. */
function useGrowingCount(count: number): number {
  const [drawn, setDrawn] = useState(firstRows);
  useEffect(() => {
    if (drawn >= count) return;
    const frame = requestAnimationFrame(() => setDrawn((now) => now + rowsPerFrame));
    return () => cancelAnimationFrame(frame);
  }, [drawn, count]);
  return drawn;
}

function RowFindings(props: { readonly row: BatchRow; readonly storedId: string | undefined }) {
  const { row, storedId } = props;
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const name = nameOf(row);
  const openInEditor = async () => {
    if (storedId) return goTo(reportHref(storedId));
    const added = await addToLibrary(row.entry.report);
    if ('problem' in added) return setProblem(added.problem);
    markStored(row.entry, added.id);
    goTo(reportHref(added.id));
  };
  return (
    <section className="batch-findings" aria-label={`${name}的检查结果`}>
      <h3>
        {name}（{row.entry.source}）
      </h3>
      <p>
        {row.prior ? `已对照上年报告 ${row.prior}。` : '没有对照上年报告。'}
        <button type="button" onClick={() => void openInEditor()}>
          {storedId ? '在编辑器中打开' : '加入报告库并在编辑器中打开'}
        </button>
      </p>
      {problem ? (
        <p role="alert" className="library-notice">
          {problem}
        </p>
      ) : null}
      {row.findings.length === 0 ? (
        <p>没有发现问题。</p>
      ) : (
        <ul>
          {row.findings.map((finding, i) => (
            <li key={`${finding.rule}-${i}`} className={`severity-${finding.severity}`}>
              【{severityLabels[finding.severity]}】{finding.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
