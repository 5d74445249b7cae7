// 批量审核 off the page's thread: each item read (parsed or imported) and checked against last
// year's reports here, so a page of 300 reports keeps answering on a slow office PC. Items are
// handled one after another in the order they came; each reply names its item's place.

import { checkEntry, priorIndex, type BatchEntry, type BatchRow } from '../../model/batch/batch.ts';
import type { BatchSource, SourceRead } from './batchSource.ts';
import { readBatchSource } from './readBatchSource.ts';

export type BatchRole = 'report' | 'prior';

export type BatchRequest =
  /** Last year's reports the reports that follow are checked against. */
  | { readonly type: 'priors'; readonly priors: readonly BatchEntry[] }
  | { readonly type: 'read'; readonly role: BatchRole; readonly source: BatchSource }
  /** The same entries checked again, after last year's set changed. */
  | { readonly type: 'recheck'; readonly entries: readonly BatchEntry[] };

/** A row without its entry, which the page already holds: what a check adds to it. */
export type RowCheck = Omit<BatchRow, 'entry'>;

export type BatchReply =
  | {
      readonly type: 'read';
      readonly read: SourceRead;
      /** A report's row; a prior is not checked, only kept. */
      readonly row: BatchRow | undefined;
    }
  | { readonly type: 'rechecked'; readonly checks: readonly RowCheck[] }
  /** Something no file should cause went wrong; the page keeps what it has. */
  | { readonly type: 'crashed' };

function rowCheck(entry: BatchEntry): RowCheck {
  const { findings, counts, prior, finalised } = checkEntry(entry, priors);
  return { findings, counts, prior, finalised };
}

let priors: ReadonlyMap<string, BatchEntry> = new Map();

async function handle(request: BatchRequest): Promise<BatchReply | undefined> {
  switch (request.type) {
    case 'priors':
      priors = priorIndex(request.priors);
      return undefined;
    case 'recheck':
      return { type: 'rechecked', checks: request.entries.map(rowCheck) };
    case 'read': {
      const read = await readBatchSource(request.source);
      const row = read.ok && request.role === 'report' ? checkEntry(read.entry, priors) : undefined;
      return { type: 'read', read, row };
    }
  }
}

// Reading a file is asynchronous: the chain keeps the items in the order they were sent.
let queue = Promise.resolve();
self.addEventListener('message', ({ data }: MessageEvent<BatchRequest>) => {
  queue = queue.then(async () => {
    try {
      const reply = await handle(data);
      if (reply) self.postMessage(reply);
    } catch {
      self.postMessage({ type: 'crashed' } satisfies BatchReply);
    }
  });
});
