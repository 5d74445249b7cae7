// 打印预览: the report on paper as the renderer lays it out, with the choice of clean or review
// copy and the signature, and the buttons to print it or save it as one standalone HTML file.

import { useEffect, useRef } from 'react';
import { renderReportHtml } from '../../export/html/document.ts';
import { reportPrintCss } from '../../export/html/printCss.ts';
import { reportTitle } from '../../model/title.ts';
import { useStore } from '../state/storeContext.tsx';
import { downloadText, safeFileName } from './download.ts';
import { OfficeButtons } from './OfficeButtons.tsx';
import { renderPrintable } from './PrintRoot.tsx';
import { usePrintOptions } from './printOptions.tsx';

export function PrintPreview({ onClose }: { readonly onClose: () => void }) {
  const store = useStore();
  const options = usePrintOptions();
  const dialog = useRef<HTMLDialogElement>(null);
  const page = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    // Escaped by the renderer; see PrintRoot.
    if (page.current) page.current.innerHTML = renderPrintable(store, options);
  }, [store, options]);

  const download = () => {
    const { report, derived } = store.getSnapshot();
    const html = renderReportHtml(report, { ...options, findings: derived.findings });
    const suffix = options.flavour === 'review' ? '（审核稿）' : '';
    downloadText(
      `${safeFileName(reportTitle(report.header) + suffix)}.html`,
      html,
      'text/html;charset=utf-8',
    );
  };

  return (
    <dialog
      ref={dialog}
      className="print-preview"
      aria-labelledby="print-preview-title"
      onClose={onClose}
    >
      <div className="print-preview-bar">
        <h2 id="print-preview-title">打印预览</h2>
        <fieldset className="print-flavour">
          <legend className="sr-only">打印哪一版</legend>
          <label>
            <input
              type="radio"
              name="flavour"
              checked={options.flavour === 'clean'}
              onChange={() => options.set({ flavour: 'clean' })}
            />
            公开版
          </label>
          <label>
            <input
              type="radio"
              name="flavour"
              checked={options.flavour === 'review'}
              onChange={() => options.set({ flavour: 'review' })}
            />
            审核版（标出检查结果）
          </label>
        </fieldset>
        <label>
          <input
            type="checkbox"
            checked={options.signature}
            onChange={(event) => options.set({ signature: event.target.checked })}
          />
          落款（机关名称和日期）
        </label>
        <button type="button" onClick={() => window.print()}>
          打印
        </button>
        <button type="button" onClick={download}>
          下载 HTML
        </button>
        <OfficeButtons
          options={options}
          current={() => {
            const { report, derived } = store.getSnapshot();
            return { report, findings: derived.findings };
          }}
        />
        <button type="button" onClick={() => dialog.current?.close()}>
          关闭
        </button>
      </div>
      <div className="print-preview-paper">
        <style>{reportPrintCss}</style>
        <div ref={page} />
      </div>
    </dialog>
  );
}
