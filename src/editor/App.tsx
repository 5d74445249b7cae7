// The app: the report library, or one report in the editor. The editor (grids, forms, printing)
// is a chunk of its own (editorChunk.tsx), so the library comes up fast.

import { Suspense } from 'react';
import { ImportProvider } from './library/ImportFlow.tsx';
import { LibraryView } from './library/LibraryView.tsx';
import { ChunkBoundary } from './shared/ChunkBoundary.tsx';
import { lazyChunk } from './shared/chunks.ts';
import { libraryHref, useRoute } from './shared/route.ts';
import { OpenReportWhenLoaded } from './editorChunk.tsx';

// 批量审核 is a chunk of its own too: most users never open it.
const BatchView = lazyChunk('批量审核', () =>
  import('./batch/BatchView.tsx').then((module) => module.BatchView),
);

const backToLibrary = <a href={libraryHref}>返回报告库</a>;

export function App() {
  const route = useRoute();
  return (
    <ImportProvider>
      {route.name === 'report' ? (
        <ChunkBoundary key={route.id} away={backToLibrary}>
          <Suspense fallback={<p className="session-page">正在打开报告…</p>}>
            <OpenReportWhenLoaded id={route.id} />
          </Suspense>
        </ChunkBoundary>
      ) : route.name === 'batch' ? (
        <ChunkBoundary away={backToLibrary}>
          <Suspense fallback={<p className="session-page">正在打开批量审核…</p>}>
            <BatchView />
          </Suspense>
        </ChunkBoundary>
      ) : (
        <LibraryView />
      )}
    </ImportProvider>
  );
}
