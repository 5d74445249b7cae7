import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './editor/App.tsx';
import { loadEditor } from './editor/editorChunk.tsx';
import { reportCaughtError } from './editor/shared/ChunkBoundary.tsx';
import { readRoute } from './editor/shared/route.ts';
import './editor/editor.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount the editor in');

const render = () =>
  createRoot(container, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// On a report's address the editor's chunk is already downloading (index.html asks for it); the
// first render waits for it, so the report mounts without a fallback (editorChunk.tsx says why).
if (readRoute(window.location.hash).name === 'report') {
  loadEditor().then(render, render);
} else {
  render();
}
