// The app: the report library, or one report in the editor. The editor (grids, forms, printing)
// is a chunk of its own (editorChunk.tsx), so the library comes up fast.

import { lazy, Suspense } from 'react';
import { ImportProvider } from './library/ImportFlow.tsx';
import { LibraryView } from './library/LibraryView.tsx';
import { useRoute } from './shared/route.ts';
import { OpenReportWhenLoaded } from './editorChunk.tsx';

// 批量审核 is a chunk of its own too: most users never open it.
const BatchView = lazy(() =>
  import('./batch/BatchView.tsx').then((module) => ({ default: module.BatchView })),
);

export function App() {
  const route = useRoute();
  return (
    <ImportProvider>
      {route.name === 'report' ? (
        <Suspense fallback={<p className="session-page">正在打开报告…</p>}>
          <OpenReportWhenLoaded key={route.id} id={route.id} />
        </Suspense>
      ) : route.name === 'batch' ? (
        <Suspense fallback={<p className="session-page">正在打开批量审核…</p>}>
          <BatchView />
        </Suspense>
      ) : (
        <LibraryView />
      )}
    </ImportProvider>
  );
}
