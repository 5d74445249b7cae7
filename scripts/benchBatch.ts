// 批量审核 in Node: a thousand report files read, parsed, checked and summed into one area report.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkBatch } from '../src/model/batch/batch.ts';
import { rollUpRows } from '../src/model/batch/area.ts';
import { readEntries } from '../src/cli/batch/readEntries.ts';
import { serializeReport } from '../src/export/json.ts';
import { reportArbitrary } from '../src/testing/arbitraries.ts';

export async function benchBatch(count: number): Promise<{ seconds: number; perSecond: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-bench-batch-'));
  try {
    const reports = fc.sample(reportArbitrary({ complete: true }), count);
    await Promise.all(
      reports.map((report, i) =>
        writeFile(join(dir, `${String(i).padStart(4, '0')}.json`), serializeReport(report)),
      ),
    );
    const start = process.hrtime.bigint();
    const { entries } = await readEntries([dir]);
    const rows = checkBatch(entries);
    rollUpRows(rows, '汇总');
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    return { seconds, perSecond: entries.length / seconds };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
