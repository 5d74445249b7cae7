// The printed report inside the app: the export renderer's own output, hidden on screen and the
// only thing on paper (editor.css hides the editor for print). Ctrl+P and the print button print
// exactly what `nianbao export --pdf` prints.

import { useEffect, useRef } from 'react';
import { renderReportBody } from '../../export/html/body.ts';
import { reportPrintCss } from '../../export/html/printCss.ts';
import type { ReportStore } from '../state/reportStore.ts';
import { commitTypedFigure } from '../grid/typedFigure.ts';
import { useStore } from '../state/storeContext.tsx';
import { usePrintOptions, type PrintOptions } from './printOptions.tsx';

export function renderPrintable(store: ReportStore, options: PrintOptions): string {
  const { report, derived } = store.getSnapshot();
  return renderReportBody(report, { ...options, findings: derived.findings });
}

/**
 * The copy exists only while the browser prints: rendered when it announces the print (Ctrl+P,
 * the print button, printing to PDF), so it is the report as it is then, and emptied afterwards.
 * Kept up to date in the background it was a task of 60 ms at a 4× slower CPU after every pause
 * in typing, in the way of the next keystroke, and 450 nodes in the page nobody saw.
 */
export function PrintRoot() {
  const store = useStore();
  const options = usePrintOptions();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The renderer escapes every piece of report text (src/export/html/escape.ts), so its output
    // is safe to insert as HTML.
    const render = () => {
      // Ctrl+P while a figure is being typed: the paper must show it, not the old one.
      commitTypedFigure();
      if (root.current) root.current.innerHTML = renderPrintable(store, options);
    };
    const clear = () => {
      if (root.current) root.current.replaceChildren();
    };
    window.addEventListener('beforeprint', render);
    window.addEventListener('afterprint', clear);
    return () => {
      window.removeEventListener('beforeprint', render);
      window.removeEventListener('afterprint', clear);
    };
  }, [store, options]);

  return (
    <div className="print-root" aria-hidden="true">
      <style>{reportPrintCss}</style>
      <div ref={root} />
    </div>
  );
}
