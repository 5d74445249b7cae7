// The batch as one Excel workbook (汇总表二–四 of the reports counted in the 汇总; 明细, 问题清单
// and 名单核对 of all), built as the command line builds it; the writer loads only when asked for.

import { rollUpRows } from '../../model/batch/area.ts';
import type { BatchRow } from '../../model/batch/batch.ts';
import { checkRoster } from '../../model/batch/roster.ts';
import { downloadBytes } from '../print/download.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Downloads the workbook; returns what went wrong, in Chinese, or undefined. */
export async function downloadBatchWorkbook(
  rows: readonly BatchRow[],
  included: readonly BatchRow[],
  areaName: string,
  roster: readonly string[],
): Promise<string | undefined> {
  const rollup = rollUpRows(included, areaName);
  if (!rollup) return '没有可汇总的报告。';
  try {
    const [{ buildBatchWorkbook }, { writeWorkbook }] = await Promise.all([
      import('../../export/xlsx/batchWorkbook.ts'),
      import('../../export/xlsx/workbook.ts'),
    ]);
    const names = rows.map((row) => row.entry.report.header.agencyName);
    const check = roster.length > 0 ? checkRoster(roster, names) : undefined;
    const bytes = await writeWorkbook(buildBatchWorkbook(rollup.area.report, rows, check));
    downloadBytes(`批量审核（${rows.length} 份报告）.xlsx`, new Uint8Array(bytes), xlsxType);
    return undefined;
  } catch {
    return '无法生成 Excel 文件，请重试。';
  }
}
