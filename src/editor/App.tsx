// The app: the report library, or one report in the editor. The editor (grids, forms, printing)
// is a chunk of its own, loaded when a report opens, so the library comes up fast.

import { lazy, Suspense } from 'react';
import { ImportProvider } from './library/ImportFlow.tsx';
import { LibraryView } from './library/LibraryView.tsx';
import { useRoute } from './shared/route.ts';

// 批量审核 is a chunk of its own too: most users never open it.
const BatchView = lazy(() =>
  import('./batch/BatchView.tsx').then((module) => ({ default: module.BatchView })),
);

const OpenReport = lazy(() =>
  import('./ReportEditor.tsx').then((module) => ({ default: module.OpenReport })),
);

export function App() {
  const route = useRoute();
  return (
    <ImportProvider>
      {route.name === 'report' ? (
        <Suspense fallback={<p className="session-page">正在打开报告…</p>}>
          <OpenReport key={route.id} id={route.id} />
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
