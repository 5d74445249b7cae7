// A report of the batch (or its 汇总) stored in the library as a new report (storage tells every
// open library).

import type { Report } from '../../model/report.ts';
import { createReport, describeStorageFailure } from '../../storage/index.ts';

export async function addToLibrary(
  report: Report,
): Promise<{ readonly id: string } | { readonly problem: string }> {
  try {
    const { meta } = await createReport(report);
    return { id: meta.id };
  } catch (error) {
    return { problem: `未能保存到报告库：${describeStorageFailure(error)}` };
  }
}
