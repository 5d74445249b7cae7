// 批量审核: many reports opened at once (files dropped or picked, or reports from the library),
// each read and checked in a worker, one row a report; last year's reports to check against; a
// roster shows who is missing; the 汇总 with its drill-down; the whole batch as one workbook.

import { useDeferredValue, useState, type DragEvent } from 'react';
import { batchCounts } from '../../model/batch/batch.ts';
import { parseRoster } from '../../model/batch/roster.ts';
import { problemListCsv } from '../../export/problemList.ts';
import { libraryHref } from '../shared/route.ts';
import { downloadText } from '../print/download.ts';
import { BatchRollup } from './BatchRollup.tsx';
import { BatchRoster } from './BatchRoster.tsx';
import { BatchTable } from './BatchTable.tsx';
import type { BatchFailure } from './batchSource.ts';
import {
  areaNameOf,
  cancelBatch,
  clearBatch,
  includedRows,
  readIntoBatch,
  removePriors,
  useBatchState,
  type BatchProgress,
  type BatchState,
} from './batchStore.ts';
import { downloadBatchWorkbook } from './batchWorkbook.ts';
import { FilePicker } from './FilePicker.tsx';
import { LibraryPicker } from './LibraryPicker.tsx';

const progressLabels: Readonly<Record<BatchProgress['role'], string>> = {
  report: '正在读取和检查',
  prior: '正在读取上年报告',
  recheck: '正在对照上年报告重新检查',
};

export function BatchView() {
  const state = useBatchState();
  // The tables of 300 reports and the 汇总 are drawn in slices between other work (a deferred
  // value renders interruptibly), so a batch arriving never holds the page for long; the
  // progress bar and buttons follow the live state.
  const shown = useDeferredValue(state);
  const [picking, setPicking] = useState(false);
  const [exportProblem, setExportProblem] = useState<string | undefined>(undefined);
  const busy = state.progress !== undefined;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void readIntoBatch([...event.dataTransfer.files], 'report');
  };
  const exportWorkbook = async () => {
    setExportProblem(undefined);
    const roster = parseRoster(state.rosterText);
    const rows = state.rows;
    setExportProblem(
      await downloadBatchWorkbook(rows, includedRows(state), areaNameOf(state.areaName), roster),
    );
  };

  return (
    <main
      className="library-main batch-main"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <p>
        <a href={libraryHref}>← 报告库</a>
      </p>
      <h1>批量审核</h1>
      <p className="library-hint">
        一次打开多份报告：报告文件（JSON）、导出的 Excel，或已发布年报的文本、网页、PDF、Word
        文件，也可以拖到本页或从报告库添加。每份报告都按同样的规则检查；读不了的文件单独列出，不影响其他报告。
        再添加上年的报告，就能逐份对照上年结转等数字。
      </p>
      <div className="library-actions">
        <FilePicker label="选择要批量审核的文件" disabled={busy} role="report">
          选择文件…
        </FilePicker>
        <FilePicker label="选择上年的报告" disabled={busy} role="prior">
          添加上年报告…
        </FilePicker>
        <button type="button" disabled={busy} onClick={() => setPicking(true)}>
          从报告库添加…
        </button>
        {state.rows.length > 0 ? (
          <>
            <button type="button" onClick={() => void exportWorkbook()}>
              导出 Excel
            </button>
            <button
              type="button"
              onClick={() =>
                downloadText(
                  `问题清单（${state.rows.length} 份报告）.csv`,
                  problemListCsv(state.rows),
                  'text/csv;charset=utf-8',
                )
              }
            >
              导出问题清单（CSV）
            </button>
          </>
        ) : null}
        {state.rows.length + state.priors.length + state.failures.length > 0 ? (
          <button type="button" disabled={busy} onClick={clearBatch}>
            清空
          </button>
        ) : null}
      </div>
      {picking ? (
        <LibraryPicker
          onClose={() => setPicking(false)}
          onPick={(reports, role) => {
            setPicking(false);
            void readIntoBatch(reports, role);
          }}
        />
      ) : null}
      {state.progress ? <Progress progress={state.progress} /> : null}
      {exportProblem ? (
        <p className="library-notice" role="alert">
          {exportProblem}
        </p>
      ) : null}
      <Summary state={shown} />
      {shown.rows.length > 0 || state.progress?.role === 'report' ? (
        <>
          <BatchTable state={shown} />
          <BatchRoster rows={shown.rows} rosterText={state.rosterText} />
          {/* Summed once the reading ends, not again for every few reports that arrive. */}
          {shown.progress ? (
            <p className="batch-summary">读取完成后显示汇总。</p>
          ) : (
            <BatchRollup state={shown} areaName={state.areaName} />
          )}
        </>
      ) : null}
    </main>
  );
}

function Progress({ progress }: { readonly progress: BatchProgress }) {
  return (
    <div className="batch-progress" role="status">
      {/* First, so it stays put while the count beside it grows. */}
      {progress.role === 'recheck' ? null : (
        <button type="button" onClick={cancelBatch}>
          取消
        </button>
      )}
      <label>
        <progress max={progress.total} value={progress.done} />
        {progressLabels[progress.role]} {progress.done} / {progress.total} 份
      </label>
    </div>
  );
}

function Failures(props: {
  readonly id: string;
  readonly title: string;
  readonly failures: readonly BatchFailure[];
}) {
  if (props.failures.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <ul className="import-problems">
        {props.failures.map((failure, i) => (
          <li key={`${failure.file}-${i}`}>
            {failure.file}：{failure.problem}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Summary({ state }: { readonly state: BatchState }) {
  const { rows, failures, priors, priorFailures, lastRun } = state;
  if (rows.length + failures.length + priors.length + priorFailures.length === 0 && !lastRun) {
    return null;
  }
  const counts = batchCounts(rows);
  const paired = rows.filter((row) => row.prior !== undefined).length;
  return (
    <>
      <p role="status" className="batch-summary">
        {lastRun?.end === 'cancelled' ? '已取消：' : ''}
        {lastRun?.end === 'crashed' ? '读取程序出错，已停止：' : ''}共读入 {rows.length} 份报告
        {failures.length > 0 ? `，${failures.length} 个文件无法读取` : ''}；错误 {counts.error}{' '}
        个，警告 {counts.warning} 个，提示 {counts.info} 个。
      </p>
      {priors.length + priorFailures.length > 0 ? (
        <p className="batch-summary">
          上年报告 {priors.length} 份
          {priorFailures.length > 0 ? `（${priorFailures.length} 个文件无法读取）` : ''}，{paired}{' '}
          份本年报告已与上年报告配对。
          <button
            type="button"
            disabled={state.progress !== undefined}
            onClick={() => void removePriors()}
          >
            移除上年报告
          </button>
        </p>
      ) : null}
      <Failures id="batch-failures" title="无法读取的文件" failures={failures} />
      <Failures id="batch-prior-failures" title="无法读取的上年报告" failures={priorFailures} />
    </>
  );
}
