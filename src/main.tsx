import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './editor/App.tsx';
import './editor/editor.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount the editor in');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
