// The library's list: one row per report with what a reader needs to pick one, and its actions.

import { checkReport } from '../../model/check.ts';
import { lastReportYear } from '../../model/report.ts';
import { formatMoment } from '../../model/review/time.ts';
import { reportTitle } from '../../model/title.ts';
import { OfficeButtons } from '../print/OfficeButtons.tsx';
import { downloadReportJson } from './files.ts';
import { reportHref } from '../shared/route.ts';
import { dateTime } from './time.ts';
import type { LibraryItem } from './useLibrary.ts';

export interface RowActions {
  readonly rename: (item: LibraryItem) => void;
  readonly duplicate: (item: LibraryItem) => void;
  readonly startNextYear: (item: LibraryItem) => void;
  readonly trash: (item: LibraryItem) => void;
}

/** From the library a report leaves as published: the clean copy, with its signature. */
const officeOptions = { flavour: 'clean', signature: true } as const;

export function ReportTable({
  items,
  actions,
}: {
  readonly items: readonly LibraryItem[];
  readonly actions: RowActions;
}) {
  if (items.length === 0) return <p className="library-empty">报告库中还没有报告。</p>;
  return (
    <table className="library-table">
      <caption className="sr-only">报告</caption>
      <thead>
        <tr>
          <th scope="col">机关名称</th>
          <th scope="col">年度</th>
          <th scope="col">最后修改</th>
          <th scope="col">状态</th>
          <th scope="col">检查结果</th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const { header, review } = item.report;
          return (
            <tr key={item.meta.id} data-report-id={item.meta.id}>
              <th scope="row">
                <a href={reportHref(item.meta.id)} title={`打开${reportTitle(header)}`}>
                  {header.agencyName || '（未填机关名称）'}
                </a>
              </th>
              <td>{header.year}</td>
              <td>{dateTime(item.meta.updatedAt)}</td>
              <td>
                {review.finalised
                  ? `已定稿（${review.finalised.by}，${formatMoment(review.finalised.at)}）`
                  : '草稿'}
                {item.prior ? (
                  <span className="library-prior">
                    （接续{' '}
                    <a href={reportHref(item.prior.meta.id)}>
                      {item.prior.report.header.year} 年度
                    </a>
                    ）
                  </span>
                ) : null}
              </td>
              <td>
                {item.errors} 个错误，{item.warnings} 个警告
              </td>
              <td className="library-row-actions">
                <button
                  type="button"
                  disabled={review.finalised !== null}
                  title={
                    review.finalised ? '已定稿的报告不能重命名；请先在报告中重新打开' : undefined
                  }
                  onClick={() => actions.rename(item)}
                >
                  重命名
                </button>
                <button type="button" onClick={() => actions.duplicate(item)}>
                  复制
                </button>
                <button
                  type="button"
                  disabled={item.report.header.year >= lastReportYear}
                  title={
                    item.report.header.year >= lastReportYear
                      ? `报告年度已是 ${lastReportYear} 年，表格不接受更晚的年度`
                      : undefined
                  }
                  onClick={() => actions.startNextYear(item)}
                >
                  开始下一年度
                </button>
                <button type="button" onClick={() => downloadReportJson(item.report)}>
                  导出 JSON
                </button>
                <OfficeButtons
                  options={officeOptions}
                  current={() => ({
                    report: item.report,
                    findings: checkReport(item.report, { prior: item.prior?.report }),
                  })}
                />
                <button type="button" onClick={() => actions.trash(item)}>
                  删除
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function TrashList({
  items,
  onRestore,
  onEmpty,
}: {
  readonly items: readonly LibraryItem[];
  readonly onRestore: (item: LibraryItem) => void;
  readonly onEmpty: () => void;
}) {
  return (
    <section className="library-trash" aria-labelledby="trash-heading">
      <h2 id="trash-heading">回收站</h2>
      {items.length === 0 ? (
        <p>回收站是空的。</p>
      ) : (
        <>
          <ul>
            {items.map((item) => (
              <li key={item.meta.id}>
                <span>{reportTitle(item.report.header)}</span>
                <span className="library-deleted">
                  删除于 {dateTime(item.meta.deletedAt ?? item.meta.updatedAt)}
                </span>
                <button type="button" onClick={() => onRestore(item)}>
                  恢复
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={onEmpty}>
            清空回收站
          </button>
        </>
      )}
    </section>
  );
}
