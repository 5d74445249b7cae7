// Reads and checks a batch file by file, telling its progress and stopping when 取消 is pressed.
// Each file is read and checked in its own task, so the page answers between files; PDF and Word
// files are read in their readers' workers.

import { checkEntry, type BatchRow } from '../../model/batch/batch.ts';
import { readBatchFile } from './readBatchFile.ts';

export interface BatchFailure {
  readonly file: string;
  readonly problem: string;
}

export interface BatchOutcome {
  readonly rows: readonly BatchRow[];
  readonly failures: readonly BatchFailure[];
  /** 取消 was pressed: the files before it are in, the rest were not read. */
  readonly cancelled: boolean;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runBatch(
  files: readonly File[],
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<BatchOutcome> {
  const rows: BatchRow[] = [];
  const failures: BatchFailure[] = [];
  const noPriors = new Map();
  for (const [index, file] of files.entries()) {
    if (signal.aborted) return { rows, failures, cancelled: true };
    const read = await readBatchFile(file);
    if (read.ok) rows.push(checkEntry(read.entry, noPriors));
    else failures.push({ file: read.file, problem: read.problem });
    onProgress(index + 1, files.length);
    await nextTask();
  }
  return { rows, failures, cancelled: signal.aborted };
}
