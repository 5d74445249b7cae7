import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../export/html/document.ts';
import { reportArbitrary } from '../../testing/arbitraries.ts';
import type { Report } from '../report.ts';
import { importReportHtml, importReportText } from './importReport.ts';
import type { ImportOutcome } from './result.ts';
import { copyAsText, copyBlocks, serializeCopy } from './testing/browserCopy.ts';
import { damageCopy, type Damage } from './testing/mutations.ts';
import { publishedReport, withPlainItemTitles, withSentences } from './testing/published.ts';

/** Consistent published reports: every cell filled in, every total printed as computed. */
const reports = reportArbitrary({ complete: true, declareTotals: true }).map(withPlainItemTitles);
const render = (report: Report) => renderReportHtml(report, { flavour: 'clean' });

/** The imported data, to compare with the report as its page shows it (category is not shown). */
function importedData(outcome: ImportOutcome): Report {
  if (!outcome.ok) throw new Error(outcome.message);
  return { ...outcome.report, header: { ...outcome.report.header, category: null } };
}

const runs = { numRuns: 50 };

// Each property renders and imports dozens of whole reports; a loaded machine needs the time.
describe('importing what the printable HTML shows', { timeout: 60_000 }, () => {
  it('brings back a rendered report’s data: cells, declared totals, layout, header, texts', () => {
    fc.assert(
      fc.property(reports, (report) => {
        expect(importedData(importReportHtml(render(report)))).toEqual(publishedReport(report));
      }),
      runs,
    );
  });

  it('brings back the same data from a browser’s plain-text copy of the page', () => {
    // Plain text cannot tell a paragraph that ends mid-sentence from a line broken by copying,
    // and joins them; these reports' paragraphs end their sentences.
    fc.assert(
      fc.property(reports.map(withSentences), (report) => {
        expect(importedData(importReportText(copyAsText(render(report))))).toEqual(
          publishedReport(report),
        );
      }),
      runs,
    );
  });

  const damage: fc.Arbitrary<Damage> = fc.record({
    typos: fc.boolean(),
    wraps: fc.boolean(),
    fullWidth: fc.boolean(),
    pageMarks: fc.boolean(),
    choices: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
  });

  it('still brings them back from copies with typos, wrapped lines, full-width digits and page numbers', () => {
    fc.assert(
      fc.property(reports.map(withSentences), damage, (report, harm) => {
        const text = serializeCopy(damageCopy(copyBlocks(render(report)), harm));
        expect(importedData(importReportText(text))).toEqual(publishedReport(report));
      }),
      runs,
    );
  });

  it('reads each kind of damage on its own, with every choice of where it strikes', () => {
    const kinds = ['typos', 'wraps', 'fullWidth', 'pageMarks'] as const;
    fc.assert(
      fc.property(
        reports.map(withSentences),
        fc.constantFrom(...kinds),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        (report, kind, choices) => {
          const harm = { typos: false, wraps: false, fullWidth: false, pageMarks: false, choices };
          const text = serializeCopy(
            damageCopy(copyBlocks(render(report)), { ...harm, [kind]: true }),
          );
          expect(importedData(importReportText(text))).toEqual(publishedReport(report));
        },
      ),
      runs,
    );
  });
});
