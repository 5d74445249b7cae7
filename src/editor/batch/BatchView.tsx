// 批量审核: many reports opened at once (files dropped or picked), each read and checked as the
// library would, one row a report; a roster shows who is missing; the whole batch, its 汇总 and
// its problems leave as one Excel workbook.

import { useRef, useState, type DragEvent } from 'react';
import { batchCounts } from '../../model/batch/batch.ts';
import { libraryHref } from '../library/route.ts';
import { BatchRoster } from './BatchRoster.tsx';
import { BatchTable } from './BatchTable.tsx';
import { downloadBatchWorkbook } from './batchWorkbook.ts';
import { runBatch, type BatchOutcome } from './runBatch.ts';

type Progress = { readonly done: number; readonly total: number; readonly stop: AbortController };

const accepted = '.json,.xlsx,.txt,.text,.html,.htm,.pdf,.docx,.doc';

export function BatchView() {
  const [outcome, setOutcome] = useState<BatchOutcome | undefined>(undefined);
  const [progress, setProgress] = useState<Progress | undefined>(undefined);
  const [rosterNames, setRosterNames] = useState<readonly string[]>([]);
  const [exportProblem, setExportProblem] = useState<string | undefined>(undefined);
  const picker = useRef<HTMLInputElement>(null);

  const start = async (files: readonly File[]) => {
    if (files.length === 0 || progress) return;
    const stop = new AbortController();
    setProgress({ done: 0, total: files.length, stop });
    const next = await runBatch(
      files,
      (done, total) => setProgress({ done, total, stop }),
      stop.signal,
    );
    setProgress(undefined);
    setOutcome(next);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void start([...event.dataTransfer.files]);
  };

  const rows = outcome?.rows ?? [];
  const counts = batchCounts(rows);
  const exportWorkbook = async () => {
    setExportProblem(undefined);
    const problem = await downloadBatchWorkbook(rows, rosterNames);
    setExportProblem(problem);
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
        文件，也可以拖到本页。每份报告都按同样的规则检查；读不了的文件单独列出，不影响其他报告。
      </p>
      <div className="library-actions">
        <button
          type="button"
          disabled={progress !== undefined}
          onClick={() => picker.current?.click()}
        >
          选择文件…
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          accept={accepted}
          hidden
          aria-label="选择要批量审核的文件"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void start(files);
          }}
        />
        {rows.length > 0 ? (
          <button type="button" onClick={() => void exportWorkbook()}>
            导出 Excel
          </button>
        ) : null}
      </div>
      {progress ? (
        <div className="batch-progress" role="status">
          {/* First, so it stays put while the count beside it grows. */}
          <button type="button" onClick={() => progress.stop.abort()}>
            取消
          </button>
          <label>
            <progress max={progress.total} value={progress.done} />
            正在读取和检查 {progress.done} / {progress.total} 个文件
          </label>
        </div>
      ) : null}
      {exportProblem ? (
        <p className="library-notice" role="alert">
          {exportProblem}
        </p>
      ) : null}
      {outcome ? (
        <>
          <p role="status" className="batch-summary">
            {outcome.cancelled ? '已取消：' : ''}共读入 {rows.length} 份报告
            {outcome.failures.length > 0 ? `，${outcome.failures.length} 个文件无法读取` : ''}；
            错误 {counts.error} 个，警告 {counts.warning} 个，提示 {counts.info} 个。
          </p>
          {outcome.failures.length > 0 ? (
            <section aria-labelledby="batch-failures">
              <h2 id="batch-failures">无法读取的文件</h2>
              <ul className="import-problems">
                {outcome.failures.map((failure, i) => (
                  <li key={`${failure.file}-${i}`}>
                    {failure.file}：{failure.problem}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <BatchTable rows={rows} />
          <BatchRoster rows={rows} onRoster={setRosterNames} />
        </>
      ) : null}
    </main>
  );
}
