// One row a report of the batch: sortable by any column, filtered by what needs attention; a
// report's findings open under the table.

import { useState } from 'react';
import type { BatchRow } from '../../model/batch/batch.ts';
import { severityLabels } from '../../model/rules/finding.ts';
import {
  filters,
  readAsLabels,
  sortKeys,
  sortLabels,
  visibleRows,
  type Filter,
  type Sorting,
} from './batchTable.ts';

export function BatchTable({ rows }: { readonly rows: readonly BatchRow[] }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [sorting, setSorting] = useState<Sorting>({ key: 'error', descending: true });
  const [open, setOpen] = useState<BatchRow | undefined>(undefined);
  const shown = visibleRows(rows, filter, sorting);

  return (
    <section aria-labelledby="batch-reports">
      <h2 id="batch-reports">报告</h2>
      <label className="batch-filter">
        显示
        <select value={filter} onChange={(event) => setFilter(event.target.value as Filter)}>
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
            {sortKeys.map((key) => (
              <th
                key={key}
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
          {shown.map((row, i) => {
            const { header } = row.entry.report;
            return (
              <tr key={`${row.entry.source}-${i}`} aria-selected={row === open}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => setOpen(row)}>
                    {header.agencyName.trim() || row.entry.source}
                  </button>
                </th>
                <td>{header.category ?? '未填'}</td>
                <td>{header.year}</td>
                <td>{readAsLabels[row.entry.readAs] ?? row.entry.readAs}</td>
                <td>{row.counts.error}</td>
                <td>{row.counts.warning}</td>
                <td>{row.counts.info}</td>
                <td>{row.finalised ? '已定稿' : '未定稿'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {open ? <RowFindings row={open} /> : null}
    </section>
  );
}

function RowFindings({ row }: { readonly row: BatchRow }) {
  const name = row.entry.report.header.agencyName.trim() || row.entry.source;
  return (
    <section className="batch-findings" aria-label={`${name}的检查结果`}>
      <h3>
        {name}（{row.entry.source}）
      </h3>
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
