// The importer off the page's thread: a pasted text or web page in, each stage as it begins and then
// the outcome out. A 100,000-line paste takes seconds on a slow PC; the page keeps answering, and
// 取消 ends the worker.

import { importReportHtml, importReportText } from '../../model/import/importReport.ts';
import type { ImportOutcome, ImportStep } from '../../model/import/result.ts';

export interface ImportRequest {
  readonly kind: 'text' | 'html';
  readonly content: string;
  readonly fallbackYear: number | undefined;
}

export type ImportReply =
  | { readonly type: 'step'; readonly step: ImportStep }
  | { readonly type: 'done'; readonly outcome: ImportOutcome };

const reply = (message: ImportReply) => self.postMessage(message);

self.addEventListener('message', ({ data }: MessageEvent<ImportRequest>) => {
  const options = {
    ...(data.fallbackYear ? { fallbackYear: data.fallbackYear } : {}),
    onStep: (step: ImportStep) => reply({ type: 'step', step }),
  };
  const outcome =
    data.kind === 'html'
      ? importReportHtml(data.content, options)
      : importReportText(data.content, options);
  reply({ type: 'done', outcome });
});
