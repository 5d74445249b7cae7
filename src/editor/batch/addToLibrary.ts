// A report of the batch (or its 汇总) stored in the library as a new report, and every open
// library told so.

import type { Report } from '../../model/report.ts';
import { createReport } from '../../storage/library.ts';
import { announce } from '../../storage/reportChannel.ts';
import { describeStorageFailure } from '../../storage/database.ts';

export async function addToLibrary(
  report: Report,
): Promise<{ readonly id: string } | { readonly problem: string }> {
  try {
    const { meta } = await createReport(report);
    announce({ type: 'library-changed' });
    return { id: meta.id };
  } catch (error) {
    return { problem: `未能保存到报告库：${describeStorageFailure(error)}` };
  }
}
