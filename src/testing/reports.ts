// Reports for tests, built through the model's own functions so they stay valid as it evolves.

import { createBlankReport } from '../model/blank.ts';
import { enteredCells, type CellAddress } from '../model/form/cells.ts';
import type { Report } from '../model/report.ts';
import type { CellValue } from '../model/values.ts';

/** A complete report: every entered cell 0 (money "0"), header and text filled in. */
export function zeroReport(): Report {
  const report = createBlankReport(2024, '测试市测试局');
  const cells: Partial<Record<CellAddress, CellValue>> = {};
  for (const def of enteredCells('2021')) cells[def.address] = def.kind === 'money' ? '0' : 0;
  return {
    ...report,
    header: { ...report.header, category: '地市级政府部门', publishDate: '2025-01-20' },
    cells,
    overview: { ...report.overview, summary: '本机关认真贯彻落实条例。' },
    problems: '存在的问题及改进措施。',
    otherMatters: { processingFee: '0', text: '本年度未收取信息处理费。', items: [] },
  };
}

export function withCells(
  report: Report,
  cells: Partial<Record<CellAddress, CellValue | undefined>>,
): Report {
  const merged = Object.entries({ ...report.cells, ...cells }).filter(([, v]) => v !== undefined);
  return { ...report, cells: Object.fromEntries(merged) };
}

export function withDeclared(
  report: Report,
  declared: Partial<Record<CellAddress, number | '/'>>,
): Report {
  return { ...report, declared: { ...report.declared, ...declared } };
}
