// The editor's chunk (grids, forms, printing), loaded once and remembered.
//
// React keeps a Suspense fallback on screen for at least 300 ms once it has shown it (its reveal
// throttle), which was a quarter of opening a report. So a report's address waits for the chunk
// before the first render (main.tsx), the library fetches it when the browser is idle, and a
// report is mounted directly once the chunk is here; the lazy component only serves a click that
// beats the idle fetch.

import { lazy, useState } from 'react';
import type { OpenReport } from './ReportEditor.tsx';
import { fetchChunk } from './shared/chunks.ts';

interface EditorModule {
  readonly OpenReport: typeof OpenReport;
}

let loaded: EditorModule | undefined;
let loading: Promise<EditorModule> | undefined;

export function loadEditor(): Promise<EditorModule> {
  loading ??= fetchChunk('打开报告', () => import('./ReportEditor.tsx')).then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A failed download (the network went) may succeed on the next try.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const LazyOpenReport = lazy(() => loadEditor().then((module) => ({ default: module.OpenReport })));

/** One opened report. Which component draws it is settled when it mounts, so it never remounts. */
export function OpenReportWhenLoaded({ id }: { readonly id: string }) {
  const [Editor] = useState(() => loaded?.OpenReport ?? LazyOpenReport);
  return <Editor id={id} />;
}
