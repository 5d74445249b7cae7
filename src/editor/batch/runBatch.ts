// Runs a 批量审核 read in a worker of its own: files, documents (turned into text on the page by
// their own readers) and library reports go in order; results come back a few at a time, so a
// long batch shows its first rows at once without redrawing the table for every file. 取消 ends
// the worker at once, even inside a long import; what came back before stays.

import type { BatchEntry, BatchRow } from '../../model/batch/batch.ts';
import type { Report } from '../../model/report.ts';
import { browserReaders } from '../../formats/browserReaders.ts';
import { documentKindOfName } from '../../formats/documentKind.ts';
import { readDocument } from '../../formats/readDocument.ts';
import {
  isFailure,
  unreadable,
  type BatchFailure,
  type BatchSource,
  type SourceRead,
} from './batchSource.ts';
import type { BatchReply, BatchRequest, BatchRole, RowCheck } from './batchWorker.ts';

/** A file picked or dropped, or a report taken from the library. */
export type BatchInput = File | { readonly name: string; readonly report: Report };

export interface ReadResult {
  readonly read: SourceRead;
  readonly row: BatchRow | undefined;
}

export type RunEnd = 'done' | 'cancelled' | 'crashed';

export interface BatchRunOptions {
  readonly role: BatchRole;
  /** Last year's reports to check this year's against. */
  readonly priors: readonly BatchEntry[];
  /** Results in the order of the inputs, a few at a time, with how many of how many are done. */
  readonly onResults: (results: readonly ReadResult[], done: number, total: number) => void;
  readonly signal: AbortSignal;
}

/** Often enough to watch the rows come in, seldom enough that drawing them is not the work. */
const flushEvery = 100;

/** The page's part: a PDF or Word file becomes text here; anything else goes to the worker as is. */
export async function toBatchSource(file: File): Promise<BatchSource | BatchFailure> {
  const kind = documentKindOfName(file.name);
  if (!kind) return { name: file.name, file };
  try {
    const read = await readDocument(
      file.name,
      new Uint8Array(await file.arrayBuffer()),
      browserReaders,
    );
    if (!read.ok) return { file: file.name, problem: read.message };
    return {
      name: file.name,
      document: { kind: read.kind, content: read.content },
      readAs: kind === 'doc' ? 'docx' : kind,
    };
  } catch {
    return { file: file.name, problem: unreadable };
  }
}

const startWorker = () =>
  new Worker(new URL('./batchWorker.ts', import.meta.url), { type: 'module' });

const send = (worker: Worker, request: BatchRequest) => worker.postMessage(request);

export function runBatch(inputs: readonly BatchInput[], options: BatchRunOptions): Promise<RunEnd> {
  const { signal, onResults } = options;
  const total = inputs.length;
  if (total === 0 || signal.aborted) return Promise.resolve(signal.aborted ? 'cancelled' : 'done');
  const worker = startWorker();
  return new Promise<RunEnd>((resolve) => {
    let pending: ReadResult[] = [];
    let done = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      const out = pending;
      pending = [];
      if (out.length > 0) onResults(out, done, total);
    };
    const end = (how: RunEnd) => {
      if (ended) return;
      ended = true;
      worker.terminate();
      signal.removeEventListener('abort', cancel);
      flush();
      resolve(how);
    };
    const cancel = () => end('cancelled');
    const arrive = (result: ReadResult) => {
      pending.push(result);
      done += 1;
      if (done === total) end('done');
      else timer ??= setTimeout(flush, flushEvery);
    };
    signal.addEventListener('abort', cancel);
    worker.addEventListener('error', () => end('crashed'));
    worker.addEventListener('message', ({ data }: MessageEvent<BatchReply>) => {
      if (data.type === 'crashed') end('crashed');
      else if (data.type === 'read') arrive({ read: data.read, row: data.row });
    });
    send(worker, { type: 'priors', priors: options.priors });
    void (async () => {
      for (const input of inputs) {
        const source = input instanceof File ? await toBatchSource(input) : input;
        if (ended) return;
        if (isFailure(source)) arrive({ read: { ok: false, ...source }, row: undefined });
        else send(worker, { type: 'read', role: options.role, source });
      }
    })();
  });
}

/** This year's entries checked again against a changed set of last year's; undefined if it failed. */
export function recheckBatch(
  entries: readonly BatchEntry[],
  priors: readonly BatchEntry[],
): Promise<readonly RowCheck[] | undefined> {
  if (entries.length === 0) return Promise.resolve([]);
  const worker = startWorker();
  return new Promise((resolve) => {
    const end = (checks: readonly RowCheck[] | undefined) => {
      worker.terminate();
      resolve(checks);
    };
    worker.addEventListener('error', () => end(undefined));
    worker.addEventListener('message', ({ data }: MessageEvent<BatchReply>) =>
      end(data.type === 'rechecked' ? data.checks : undefined),
    );
    send(worker, { type: 'priors', priors });
    send(worker, { type: 'recheck', entries });
  });
}
