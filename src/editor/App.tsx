// The editor: the report in official order between the section navigation and the findings.

import { useState } from 'react';
import { sectionHeadings } from '../model/form/sections.ts';
import { reportTitle } from '../model/title.ts';
import type { Report } from '../model/report.ts';
import { FindingsPanel } from './findings/FindingsPanel.tsx';
import { JumpProvider } from './findings/jump.tsx';
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
import { ReportStore } from './state/reportStore.ts';
import { StoreProvider, useEditor } from './state/storeContext.tsx';
import { Table2Grid } from './tables/Table2Grid.tsx';
import { Table3Grid } from './tables/Table3Grid.tsx';
import { Table4Grid } from './tables/Table4Grid.tsx';
import { UndoRedo } from './UndoRedo.tsx';

export function App({ initialReport }: { readonly initialReport: Report }) {
  const [store] = useState(() => new ReportStore(initialReport));
  return (
    <StoreProvider store={store}>
      <PrintOptionsProvider>
        <JumpProvider>
          <Editor />
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

function Editor() {
  const [isPreviewing, setPreviewing] = useState(false);
  return (
    <div className="app-chrome">
      <header className="topbar">
        <span className="topbar-product">年报</span>
        <span className="topbar-tagline">政府信息公开工作年度报告</span>
        <UndoRedo />
        <button type="button" onClick={() => setPreviewing(true)}>
          打印预览
        </button>
      </header>
      {isPreviewing ? <PrintPreview onClose={() => setPreviewing(false)} /> : null}
      <div className="layout">
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
    </div>
  );
}
