// One report in the editor: the report in official order between the section navigation and the
// findings, with the session's save status and notes.

import { memo, useState, type ReactNode } from 'react';
import { sectionHeadings } from '../model/form/sections.ts';
import { reportTitle } from '../model/title.ts';
import { FindingsPanel } from './findings/FindingsPanel.tsx';
import { useCommitTypedFigureOnLeave } from './grid/typedFigure.ts';
import { JumpProvider } from './nav/jump.tsx';
import { SectionNav } from './nav/SectionNav.tsx';
import { PrintPreview } from './print/PrintPreview.tsx';
import { PrintRoot } from './print/PrintRoot.tsx';
import { PrintOptionsProvider } from './print/printOptions.tsx';
import {
  OtherMattersSection,
  OverviewSection,
  ProblemsSection,
  ReportOpening,
} from './sections/Sections.tsx';
import {
  BackToLibrary,
  ExportJsonButton,
  SaveStatus,
  SessionNotes,
  useReportDocumentTitle,
} from './library/SessionBar.tsx';
import { useReportSession } from './library/useReportSession.ts';
import type { ReportStore } from './state/reportStore.ts';
import { StoreProvider, useEditor } from './state/storeContext.tsx';
import { Table2Grid } from './tables/Table2Grid.tsx';
import { Table3Grid } from './tables/Table3Grid.tsx';
import { Table4Grid } from './tables/Table4Grid.tsx';
import { UndoRedo } from './UndoRedo.tsx';
import { AuthorProvider } from './review/AuthorProvider.tsx';
import { LockNotice } from './review/LockNotice.tsx';
import { ReviewBar } from './review/ReviewBar.tsx';

export function OpenReport({ id }: { readonly id: string }) {
  const { state: session, live } = useReportSession(id);
  if (session.phase === 'loading' || !live) return <p className="session-page">正在打开报告…</p>;
  if (session.phase !== 'open') {
    return (
      <div className="session-page">
        <h1>无法打开报告</h1>
        <p role="alert">
          {session.phase === 'missing'
            ? '报告库中没有这份报告（可能已被删除）。'
            : `无法读取报告库：${session.message}`}
        </p>
        <BackToLibrary />
      </div>
    );
  }
  return (
    <EditorRoot store={session.store}>
      <Editor
        back={<BackToLibrary />}
        status={
          <>
            <ExportJsonButton />
            <SaveStatus live={live} />
          </>
        }
        notes={
          <>
            <SessionNotes live={live} />
            <ReviewBar
              reportId={id}
              prior={session.prior}
              attachPrior={session.attachPrior}
              canWrite={session.access === 'writer'}
            />
            <LockNotice />
          </>
        }
      />
    </EditorRoot>
  );
}

function EditorRoot({
  store,
  children,
}: {
  readonly store: ReportStore;
  readonly children: ReactNode;
}) {
  return (
    <StoreProvider store={store}>
      <PrintOptionsProvider>
        <JumpProvider>
          <AuthorProvider>{children}</AuthorProvider>
        </JumpProvider>
        <PrintRoot />
      </PrintOptionsProvider>
    </StoreProvider>
  );
}

function Title() {
  const title = useEditor((s) => reportTitle(s.report.header));
  return <h1>{title}</h1>;
}

function Table3Section() {
  const layout = useEditor((s) => s.report.table3Layout);
  return (
    <section id="section-t3" className="report-section" aria-labelledby="heading-t3">
      <h2 id="heading-t3">{sectionHeadings.t3}</h2>
      {layout === '2019' ? (
        <p className="layout-note">本表沿用 2019 年试行格式：“（六）其他处理”为一行。</p>
      ) : null}
      <Table3Grid layout={layout} />
    </section>
  );
}

interface EditorSlots {
  /** The way back to the library, first in the top bar. */
  readonly back: ReactNode;
  /** Export and save status, last in the top bar. */
  readonly status: ReactNode;
  /** Storage failures, read-only, last year’s report and the review, between the top bar and the report. */
  readonly notes: ReactNode;
}

function Editor({ back, status, notes }: EditorSlots) {
  const [isPreviewing, setPreviewing] = useState(false);
  useReportDocumentTitle();
  useCommitTypedFigureOnLeave();
  return (
    <div className="app-chrome">
      <header className="topbar">
        {back}
        <span className="topbar-product">年报</span>
        <span className="topbar-tagline">政府信息公开工作年度报告</span>
        <UndoRedo />
        <button type="button" onClick={() => setPreviewing(true)}>
          打印预览
        </button>
        {status}
      </header>
      {notes}
      {isPreviewing ? <PrintPreview onClose={() => setPreviewing(false)} /> : null}
      <ReportLayout />
    </div>
  );
}

/**
 * The report itself. Memoised without props: the session's save status changes around every
 * autosave and re-renders the top bar, never the tables and forms.
 */
const ReportLayout = memo(function ReportLayout() {
  const reviewing = useEditor((s) => s.reviewing);
  return (
    <div className={reviewing ? 'layout is-reviewing' : 'layout'}>
      <SectionNav />
      <main className="report">
        <Title />
        <ReportOpening />
        <OverviewSection />
        <section id="section-t2" className="report-section" aria-labelledby="heading-t2">
          <h2 id="heading-t2">{sectionHeadings.t2}</h2>
          <Table2Grid />
        </section>
        <Table3Section />
        <section id="section-t4" className="report-section" aria-labelledby="heading-t4">
          <h2 id="heading-t4">{sectionHeadings.t4}</h2>
          <Table4Grid />
        </section>
        <ProblemsSection />
        <OtherMattersSection />
      </main>
      <aside className="side">
        <FindingsPanel />
      </aside>
    </div>
  );
});
