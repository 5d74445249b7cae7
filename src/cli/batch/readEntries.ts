// Batch inputs read through the same door as `check`: each file parsed or imported, a file that
// cannot be read listed with its reason and never stopping the others.

import { extname } from 'node:path';
import type { BatchEntry } from '../../model/batch/batch.ts';
import type { Failure } from '../failure.ts';
import { readReportFile } from '../readReport.ts';
import { expandInputs } from './files.ts';

export interface ReadEntries {
  readonly entries: readonly BatchEntry[];
  readonly failures: readonly { readonly file: string; readonly failure: Failure }[];
}

/** How a file was read, by its name: a report file, or the form of a published report. */
function readAsOf(file: string): string {
  const ext = extname(file).toLowerCase().replace('.', '');
  if (ext === 'htm') return 'html';
  return ext === 'json' || ext === '' ? 'json' : ext;
}

/** Files read at once: the disk stays busy while one is parsed, far below any open-file limit. */
const filesInFlight = 16;

/** `work` over every item, up to `limit` at a time, results in the items' order. */
async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  // One iterator shared by every lane: each takes the next item as soon as it is free.
  const queue = items.entries();
  const lane = async () => {
    for (const [index, item] of queue) results[index] = await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

export async function readEntries(inputs: readonly string[]): Promise<ReadEntries> {
  const { files, problems } = await expandInputs(inputs);
  const entries: BatchEntry[] = [];
  const failures: { file: string; failure: Failure }[] = problems.map(({ input, reason }) => ({
    file: input,
    failure: { summary: `无法读取 ${input}：${reason}`, details: [] },
  }));
  const reads = await mapInOrder(files, filesInFlight, async (file) => ({
    file,
    read: await readReportFile(file),
  }));
  for (const { file, read } of reads) {
    if (read.ok) {
      entries.push({
        source: file,
        report: read.report,
        readAs: readAsOf(file),
        importFindings: read.importFindings,
      });
    } else {
      failures.push({ file, failure: read.failure });
    }
  }
  return { entries, failures };
}
