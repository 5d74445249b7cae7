// The printed report inside the app: the export renderer's own output, hidden on screen and the
// only thing on paper (editor.css hides the editor for print). Ctrl+P and the print button print
// exactly what `nianbao export --pdf` prints.

import { useEffect, useRef } from 'react';
import { renderReportBody } from '../../export/html/body.ts';
import { reportPrintCss } from '../../export/html/printCss.ts';
import type { ReportStore } from '../state/reportStore.ts';
import { useStore } from '../state/storeContext.tsx';
import { usePrintOptions, type PrintOptions } from './printOptions.tsx';

/** Rendering waits for a pause in typing: no work per keystroke for a page nobody is looking at. */
const settleMs = 300;

export function renderPrintable(store: ReportStore, options: PrintOptions): string {
  const { report, derived } = store.getSnapshot();
  return renderReportBody(report, { ...options, findings: derived.findings });
}

export function PrintRoot() {
  const store = useStore();
  const options = usePrintOptions();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let timer: number | undefined;
    // The renderer escapes every piece of report text (src/export/html/escape.ts), so its output
    // is safe to insert as HTML.
    const render = () => {
      window.clearTimeout(timer);
      cancelIdleCallback(idle);
      if (root.current) root.current.innerHTML = renderPrintable(store, options);
    };
    // Not while the report opens: the copy nobody sees waits until the browser is idle, and
    // beforeprint renders it at once for a print asked for sooner.
    let idle = requestIdleCallback(render, { timeout: 2000 });
    const unsubscribe = store.subscribe(() => {
      window.clearTimeout(timer);
      cancelIdleCallback(idle);
      // After a pause in typing, and then only when the browser is idle: never in a keystroke's way.
      timer = window.setTimeout(() => {
        idle = requestIdleCallback(render, { timeout: 2000 });
      }, settleMs);
    });
    // Ctrl+P right after an edit must not print the report as it was before the edit.
    window.addEventListener('beforeprint', render);
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
      cancelIdleCallback(idle);
      window.removeEventListener('beforeprint', render);
    };
  }, [store, options]);

  return (
    <div className="print-root" aria-hidden="true">
      <style>{reportPrintCss}</style>
      <div ref={root} />
    </div>
  );
}
