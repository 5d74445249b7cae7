// fast-check generators of valid reports, for property tests.

import fc from 'fast-check';
import { enteredCells, type CellAddress } from '../model/form/cells.ts';
import { agencyCategories } from '../model/form/header.ts';
import type { Table3Layout } from '../model/form/table3.ts';
import { firstReportYear, lastReportYear, type Report } from '../model/report.ts';
import { computeTotals } from '../model/totals.ts';
import { ruleIds } from '../model/rules/catalogue.ts';
import { setStatuses, type Review } from '../model/review/schema.ts';
import type { CellValue } from '../model/values.ts';

const moneyArbitrary = fc
  .tuple(fc.nat({ max: 99_999 }), fc.nat({ max: 999_999 }))
  .map(([whole, micros]) => {
    const fraction = String(micros).padStart(6, '0').replace(/0+$/, '');
    return fraction ? `${whole}.${fraction}` : String(whole);
  });

const countArbitrary = fc.oneof(
  { weight: 8, arbitrary: fc.nat({ max: 40 }) },
  { weight: 1, arbitrary: fc.nat({ max: 100_000 }) },
);

export const cellValueArbitrary = (kind: 'count' | 'money', complete: boolean) =>
  fc.oneof(
    { weight: 10, arbitrary: kind === 'money' ? moneyArbitrary : countArbitrary },
    { weight: complete ? 0 : 1, arbitrary: fc.constant('/' as const) },
  ) as fc.Arbitrary<CellValue>;

/** Entered cells of a layout; with `complete`, every cell holds a number. */
export function cellsArbitrary(
  layout: Table3Layout,
  complete: boolean,
): fc.Arbitrary<Partial<Record<CellAddress, CellValue>>> {
  const shape: Record<string, fc.Arbitrary<CellValue>> = {};
  for (const def of enteredCells(layout))
    shape[def.address] = cellValueArbitrary(def.kind, complete);
  return fc.record(shape, complete ? {} : { requiredKeys: [] }) as fc.Arbitrary<
    Partial<Record<CellAddress, CellValue>>
  >;
}

const textArbitrary = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom(
    '',
    '无',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '第一段\n\n第二段',
  ),
);

const dateArbitrary = fc
  .date({
    min: new Date('2009-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

/** Names and reasons as the schema keeps them: trimmed and not empty. */
const wordsArbitrary = textArbitrary.map((text) => text.trim()).filter((text) => text.length > 0);

const momentArbitrary = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

const stampArbitrary = fc.record({ by: wordsArbitrary, at: momentArbitrary });

export const reviewArbitrary: fc.Arbitrary<Review> = fc.record({
  annotations: fc.array(
    fc.record({
      rule: fc.constantFrom(...ruleIds),
      cells: fc.array(fc.constantFrom('t3.resultTotal.total', 's5.text', 'header.year'), {
        maxLength: 3,
      }),
      status: fc.constantFrom(...setStatuses),
      comments: fc.array(
        fc.record(
          {
            author: wordsArbitrary,
            at: momentArbitrary,
            text: textArbitrary,
            status: fc.constantFrom(...setStatuses),
          },
          { requiredKeys: ['author', 'at', 'text'] },
        ),
        { maxLength: 3 },
      ),
      message: textArbitrary,
    }),
    { maxLength: 3 },
  ),
  finalised: fc.option(stampArbitrary, { nil: null }),
  history: fc.array(
    fc.oneof(
      stampArbitrary.map((stamp) => ({ kind: 'finalised' as const, ...stamp })),
      fc
        .tuple(stampArbitrary, wordsArbitrary)
        .map(([stamp, reason]) => ({ kind: 'reopened' as const, ...stamp, reason })),
    ),
    { maxLength: 3 },
  ),
});

export interface ReportOptions {
  readonly complete?: boolean;
  /** Declare every total as computed, as a consistent published report would print them. */
  readonly declareTotals?: boolean;
}

export function reportArbitrary(options: ReportOptions = {}): fc.Arbitrary<Report> {
  const complete = options.complete ?? false;
  return fc
    .constantFrom<Table3Layout>('2021', '2019')
    .chain((layout) =>
      fc.record({
        header: fc.record({
          agencyName: textArbitrary,
          year: fc.integer({ min: firstReportYear, max: lastReportYear }),
          category: fc.option(fc.constantFrom(...agencyCategories), { nil: null }),
          publishDate: fc.option(dateArbitrary, { nil: null }),
        }),
        preamble: textArbitrary,
        table3Layout: fc.constant(layout),
        cells: cellsArbitrary(layout, complete),
        declared: fc.constant({}),
        overview: fc.record({
          summary: textArbitrary,
          activeDisclosure: textArbitrary,
          requestDisclosure: textArbitrary,
          informationManagement: textArbitrary,
          platformBuilding: textArbitrary,
          supervision: textArbitrary,
        }),
        problems: textArbitrary,
        review: reviewArbitrary,
        otherMatters: fc.record({
          processingFee: fc.option(
            fc.nat({ max: 100_000 }).map((fen) => (fen / 100).toFixed(2).replace(/\.?0+$/, '')),
            { nil: null },
          ),
          text: textArbitrary,
          items: fc.array(fc.record({ title: textArbitrary, text: textArbitrary }), {
            maxLength: 3,
          }),
        }),
      }),
    )
    .map((report) => (options.declareTotals ? declareComputedTotals(report) : report));
}

export function declareComputedTotals(report: Report): Report {
  const declared: Report['declared'] = {};
  for (const [address, total] of computeTotals(report).cells) {
    if (total !== null) declared[address] = total;
  }
  return { ...report, declared };
}
