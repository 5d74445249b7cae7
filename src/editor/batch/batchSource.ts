// What a 批量审核 hands its worker, one item a report: a file to read there, a document already
// turned into text on the page (PDF and Word have readers of their own, with workers of their own),
// or a report taken from the library. A file that cannot get that far is a failure with its reason.
// Shared by the page and the worker, so nothing here may touch the DOM.

import type { BatchEntry } from '../../model/batch/batch.ts';
import type { Report } from '../../model/report.ts';

export type BatchSource =
  | { readonly name: string; readonly file: File }
  | {
      readonly name: string;
      readonly document: { readonly kind: 'text' | 'html'; readonly content: string };
      /** The document's own kind: 'pdf', 'docx'. */
      readonly readAs: string;
    }
  | { readonly name: string; readonly report: Report };

export interface BatchFailure {
  readonly file: string;
  readonly problem: string;
}

/** Read from a source: the entry to check, or why there is none. */
export type SourceRead =
  { readonly ok: true; readonly entry: BatchEntry } | ({ readonly ok: false } & BatchFailure);

export const unreadable = '无法读取这个文件（可能已损坏或不可访问）。';

export const isFailure = (value: BatchSource | BatchFailure): value is BatchFailure =>
  'problem' in value;
