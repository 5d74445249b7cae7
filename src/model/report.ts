// The report as data. Types are inferred from these schemas and nowhere written again.

import './zodLocale.ts';
import { z } from 'zod/mini';
import { agencyCategories } from './form/header.ts';
import { getCellDef, isCellAddress, type CellAddress } from './form/cells.ts';
import { table3Layouts } from './form/table3.ts';
import { reviewSchema } from './review/schema.ts';
import {
  decimalSchema,
  feeAmountScale,
  fitsCell,
  processingFeeScale,
  type CellValue,
  type notApplicable,
} from './values.ts';

/** 2008 is the first year 政府信息公开条例 applied; 2100 only guards against typos. */
export const firstReportYear = 2008;
export const lastReportYear = 2100;

const isoDateSchema = z.iso.date({ error: '应为日期，形如 2025-01-20' });

export const headerSchema = z.object({
  agencyName: z.string(),
  year: z
    .int({ error: '应为四位数年份' })
    .check(
      z.gte(firstReportYear, { error: `应为 ${firstReportYear} 年以后的年份` }),
      z.lte(lastReportYear, { error: '年份不正确' }),
    ),
  category: z.nullable(
    z.enum(agencyCategories, { error: `应为以下之一：${agencyCategories.join('、')}` }),
  ),
  publishDate: z.nullable(isoDateSchema),
});

type CellRole = 'entered' | 'declared';

/** Whether a value fits a cell, as a message naming what the cell accepts. */
function cellProblem(address: string, value: unknown, role: CellRole): string | undefined {
  if (!isCellAddress(address)) return '不是表格中的单元格';
  const def = getCellDef(address);
  if (role === 'entered' && def.isComputed) return '是计算得出的合计，不能填写';
  if (role === 'declared' && !def.isComputed) return '不是合计单元格，不能作为申报合计';
  if (fitsCell(value, def.kind)) return undefined;
  return def.kind === 'money'
    ? `应为非负金额（单位：万元，最多 ${feeAmountScale} 位小数），或“/”表示不适用`
    : '应为非负整数，或“/”表示不适用';
}

/**
 * Cells keyed by address. Each value is checked against its own cell's kind so that a problem
 * names the cell; null is read as blank, which is otherwise simply an absent key.
 */
function cellMapSchema<Value extends CellValue>(role: CellRole) {
  const checked = z.record(z.string(), z.unknown()).check((ctx) => {
    for (const [address, cell] of Object.entries(ctx.value)) {
      const message = cell === null ? undefined : cellProblem(address, cell, role);
      if (message) ctx.issues.push({ code: 'custom', path: [address], input: cell, message });
    }
  });
  return z.pipe(
    checked,
    z.transform(
      // Runs only when the check found nothing: every key names a cell and every value fits it.
      // Checking them again against the enum of addresses and the union of values doubled the
      // cost of opening a file (1,000 files: 250 → 170 ms).
      (cells: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== null)) as Partial<
          Record<CellAddress, Value>
        >,
    ),
  );
}

export const cellsSchema = cellMapSchema<CellValue>('entered');

/** A declared total is a count, or 「/」 where the report printed one. */
export const declaredTotalsSchema = cellMapSchema<number | typeof notApplicable>('declared');

export const overviewSchema = z.object({
  summary: z.string(),
  activeDisclosure: z.string(),
  requestDisclosure: z.string(),
  informationManagement: z.string(),
  platformBuilding: z.string(),
  supervision: z.string(),
});

export const otherMattersSchema = z.object({
  /** 信息处理费 collected, in 元; null while not stated (0 must be stated, not left blank). */
  processingFee: z.nullable(decimalSchema(processingFeeScale, '元')),
  text: z.string(),
  /** Items a local 政务公开工作要点 asks to report here, named by the user. */
  items: z.array(z.object({ title: z.string(), text: z.string() })),
});

export const reportSchema = z
  .object({
    header: headerSchema,
    /** Opening paragraph before section 一, as published reports have it. */
    preamble: z.string(),
    table3Layout: z.enum(table3Layouts, { error: '应为 2021 或 2019' }),
    cells: cellsSchema,
    /** Totals a report printed itself (imported reports); compared with computed totals, never used as them. */
    declared: declaredTotalsSchema,
    overview: overviewSchema,
    problems: z.string(),
    otherMatters: otherMattersSchema,
    /** Annotations of findings, 定稿 and its history (schema version 2 on). */
    review: reviewSchema,
  })
  .check(
    z.superRefine((report, ctx) => {
      for (const [field, values] of [
        ['cells', report.cells],
        ['declared', report.declared],
      ] as const) {
        for (const [address, value] of Object.entries(values)) {
          if (
            isCellAddress(address) &&
            !getCellDef(address).layouts.includes(report.table3Layout)
          ) {
            ctx.addIssue({
              code: 'custom',
              path: [field, address],
              input: value,
              message: `${report.table3Layout} 格式的表三没有这一行`,
            });
          }
        }
      }
    }),
  );

export type Report = z.infer<typeof reportSchema>;
export type Header = Report['header'];
export type Cells = Report['cells'];
export type Overview = Report['overview'];
export type OtherMatters = Report['otherMatters'];
