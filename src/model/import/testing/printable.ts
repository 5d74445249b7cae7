// Generated reports for print round trips (PDF, Word): complete, consistent, with short texts so
// that tables do not break across pages mid-block, and figures small enough for the print's
// narrow columns — a six-digit figure wraps inside its cell (「19480」 over 「9」), and no copy
// of the page can tell that from two figures.

import fc from 'fast-check';
import { declareComputedTotals, reportArbitrary } from '../../../testing/arbitraries.ts';
import type { Report } from '../../report.ts';
import { withPlainItemTitles } from './published.ts';

/** Even （七）总计's 总计, the sum of 20 rows of 6 figures, stays under six digits. */
const largest = 699;

function withSmallFigures(report: Report): Report {
  const cells: Report['cells'] = {};
  for (const [address, value] of Object.entries(report.cells)) {
    Object.assign(cells, { [address]: typeof value === 'number' ? value % (largest + 1) : value });
  }
  return declareComputedTotals({ ...report, cells });
}

const shortText = fc.string({ unit: fc.constantFrom(...'政务公开工作推进落实'), maxLength: 30 });

export const printableReports: fc.Arbitrary<Report> = fc
  .tuple(reportArbitrary({ complete: true, declareTotals: true }), shortText, shortText)
  .map(([report, name, text]) =>
    withPlainItemTitles({
      ...withSmallFigures(report),
      header: { ...report.header, agencyName: `${name}管理委员会` },
      preamble: text,
      overview: {
        summary: text,
        activeDisclosure: text,
        requestDisclosure: text,
        informationManagement: text,
        platformBuilding: text,
        supervision: text,
      },
      problems: text,
      otherMatters: { ...report.otherMatters, text, items: [] },
    }),
  );
