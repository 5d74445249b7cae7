// 批量审核 in Node: a thousand report files read, parsed, checked and summed into one area report,
// as `nianbao batch` does it. Five runs over the same files (the first one also warms the JIT).

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkBatch } from '../src/model/batch/batch.ts';
import { rollUpRows } from '../src/model/batch/area.ts';
import { readEntries } from '../src/cli/batch/readEntries.ts';
import { serializeReport } from '../src/export/json.ts';
import { reportArbitrary } from '../src/testing/arbitraries.ts';
import { spread, type Spread } from './benchBrowser.ts';

const runs = 5;

/** Seconds per run over `count` files, and reports per second at the median. */
export async function benchBatch(count: number): Promise<{ seconds: Spread; perSecond: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-bench-batch-'));
  try {
    const reports = fc.sample(reportArbitrary({ complete: true }), count);
    await Promise.all(
      reports.map((report, i) =>
        writeFile(join(dir, `${String(i).padStart(4, '0')}.json`), serializeReport(report)),
      ),
    );
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = process.hrtime.bigint();
      const { entries } = await readEntries([dir]);
      rollUpRows(checkBatch(entries), '汇总');
      times.push(Number(process.hrtime.bigint() - start) / 1e9);
      if (entries.length !== count) throw new Error(`read ${entries.length} of ${count} files`);
    }
    const seconds = spread(times);
    return { seconds, perSecond: count / seconds.median };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
