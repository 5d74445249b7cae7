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

export async function readEntries(inputs: readonly string[]): Promise<ReadEntries> {
  const { files, problems } = await expandInputs(inputs);
  const entries: BatchEntry[] = [];
  const failures: { file: string; failure: Failure }[] = problems.map(({ input, reason }) => ({
    file: input,
    failure: { summary: `无法读取 ${input}：${reason}`, details: [] },
  }));
  for (const file of files) {
    const read = await readReportFile(file);
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
