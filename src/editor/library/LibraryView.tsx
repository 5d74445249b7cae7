// 报告库: the home view. Every report, how it stands, and what can be done with it.

import { Suspense, useEffect, useRef, useState } from 'react';
import { describeNextYear } from '../../model/nextYear.ts';
import { reportTitle } from '../../model/title.ts';
import { useImport } from './ImportFlow.tsx';
import { libraryActions, type Notice } from './libraryActions.ts';
import { ConfirmDialog, NewReportDialog, RenameDialog } from './LibraryDialogs.tsx';
import { NewerNotice, PersistenceNote, QuarantineNotice } from './LibraryNotices.tsx';
import { ReportTable, TrashList } from './ReportTable.tsx';
import { useLibrary, type LibraryItem } from './useLibrary.ts';
import { batchHref } from '../shared/route.ts';
import { loadEditor } from '../editorChunk.tsx';
import { ChunkBoundary } from '../shared/ChunkBoundary.tsx';
import { lazyChunk } from '../shared/chunks.ts';

// The importer of published reports is large and seldom used: it loads when its dialog opens.
const PublishedImportDialog = lazyChunk('导入已发布年报', () =>
  import('./PublishedImport.tsx').then((module) => module.PublishedImportDialog),
);

type Asking =
  | { readonly kind: 'new' }
  | { readonly kind: 'published' }
  | { readonly kind: 'rename'; readonly item: LibraryItem }
  | { readonly kind: 'trash'; readonly item: LibraryItem }
  | { readonly kind: 'next-year'; readonly item: LibraryItem }
  | { readonly kind: 'empty-trash' };

export function LibraryView() {
  const { state, refresh } = useLibrary();
  const {
    importFiles,
    importReport,
    notice: importNotice,
    publishedFile,
    clearPublishedFile,
  } = useImport();
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [asking, setAsking] = useState<Asking | undefined>(undefined);
  const filePicker = useRef<HTMLInputElement>(null);
  const actions = libraryActions(refresh, setNotice);
  const close = () => setAsking(undefined);

  useEffect(() => {
    document.title = '报告库 · 年报';
  }, []);

  // Opening a report is what the library is for: its code comes while the user reads the list.
  useEffect(() => {
    const idle = requestIdleCallback(() => void loadEditor().catch(() => undefined));
    return () => cancelIdleCallback(idle);
  }, []);

  return (
    <div className="app-chrome library">
      <header className="topbar">
        <span className="topbar-product">年报</span>
        <span className="topbar-tagline">政府信息公开工作年度报告</span>
      </header>
      <main className="library-main">
        <h1>报告库</h1>
        <PersistenceNote />
        <div className="library-actions">
          <button type="button" onClick={() => setAsking({ kind: 'new' })}>
            新建报告
          </button>
          <button type="button" onClick={() => void actions.createFromSample()}>
            从示例新建
          </button>
          <button type="button" onClick={() => filePicker.current?.click()}>
            导入 JSON 或 Excel
          </button>
          <button type="button" onClick={() => setAsking({ kind: 'published' })}>
            导入已发布年报
          </button>
          <a className="library-batch-link" href={batchHref}>
            批量审核
          </a>
          <input
            ref={filePicker}
            type="file"
            accept=".json,application/json,.xlsx"
            aria-label="选择要导入的 JSON 文件"
            hidden
            onChange={(event) => {
              importFiles([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
          <span className="library-hint">
            也可以把 JSON 文件、导出的 Excel 文件或已发布年报的 PDF、Word 文件拖到本页导入
          </span>
        </div>
        {[importNotice, notice].map((shown, i) =>
          shown ? (
            <p key={i} role={shown.isError ? 'alert' : 'status'} className="library-notice">
              {shown.text}
            </p>
          ) : null,
        )}
        {state.status === 'failed' ? (
          <p role="alert" className="storage-alert">
            无法读取报告库：{state.message}
          </p>
        ) : null}
        {state.status === 'loading' ? <p>正在读取报告库…</p> : null}
        {state.status === 'ready' ? (
          <>
            <QuarantineNotice items={state.quarantined} />
            <NewerNotice records={state.newer} />
            <ReportTable
              items={state.items}
              actions={{
                rename: (item) => setAsking({ kind: 'rename', item }),
                trash: (item) => setAsking({ kind: 'trash', item }),
                duplicate: (item) => void actions.duplicate(item),
                startNextYear: (item) => setAsking({ kind: 'next-year', item }),
              }}
            />
            <TrashList
              items={state.trash}
              onRestore={(item) => void actions.restore(item)}
              onEmpty={() => setAsking({ kind: 'empty-trash' })}
            />
          </>
        ) : null}
      </main>
      {asking?.kind === 'new' ? (
        <NewReportDialog
          onClose={close}
          onCreate={(agencyName, year, category) => {
            close();
            void actions.createBlank(agencyName, year, category);
          }}
        />
      ) : null}
      {asking?.kind === 'published' || publishedFile ? (
        <ChunkBoundary
          away={
            <button type="button" onClick={() => (close(), clearPublishedFile())}>
              关闭
            </button>
          }
        >
          <Suspense fallback={null}>
            <PublishedImportDialog
              initialFile={publishedFile}
              onClose={() => (close(), clearPublishedFile())}
              onSave={(report) => {
                close();
                clearPublishedFile();
                importReport(report, '导入的已发布年报');
              }}
            />
          </Suspense>
        </ChunkBoundary>
      ) : null}
      {asking?.kind === 'next-year' ? (
        <ConfirmDialog
          title="开始下一年度"
          text={`将新建${reportTitle({
            ...asking.item.report.header,
            year: asking.item.report.header.year + 1,
          })}：`}
          items={describeNextYear(asking.item.report)}
          confirm="新建"
          onClose={close}
          onConfirm={() => {
            close();
            void actions.startNextYear(asking.item);
          }}
        />
      ) : null}
      {asking?.kind === 'rename' ? (
        <RenameDialog
          current={asking.item.report.header.agencyName}
          onClose={close}
          onRename={(agencyName) => {
            close();
            void actions.rename(asking.item, agencyName);
          }}
        />
      ) : null}
      {asking?.kind === 'trash' ? (
        <ConfirmDialog
          title="删除报告"
          text={`将「${reportTitle(asking.item.report.header)}」移入回收站？清空回收站之前可以恢复。`}
          confirm="移入回收站"
          onClose={close}
          onConfirm={() => {
            close();
            void actions.trash(asking.item);
          }}
        />
      ) : null}
      {asking?.kind === 'empty-trash' ? (
        <ConfirmDialog
          title="清空回收站"
          text="回收站中的报告将被永久删除，无法恢复。"
          confirm="永久删除"
          onClose={close}
          onConfirm={() => {
            close();
            void actions.emptyTrash();
          }}
        />
      ) : null}
    </div>
  );
}
