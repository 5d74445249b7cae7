// A published report as a 6-page PDF, read and imported in Node (pdf.js, then the text importer):
// the time `nianbao import x.pdf` spends, printing aside. The PDF is our own print of the sample
// with a longer 总体情况, made once per run by Chromium.

import { renderReportHtml } from '../src/export/html/document.ts';
import { nodeReaders } from '../src/cli/pdfSetup.ts';
import { printHtmlToPdf } from '../src/cli/printPdf.ts';
import { readDocument } from '../src/formats/readDocument.ts';
import { importReportText } from '../src/model/import/importReport.ts';
import { sampleReport } from '../src/sample/mudanjiang2024.ts';

/** The sample with a longer 总体情况, printed: six pages. Undefined without a Chromium. */
export async function longerSamplePdf(): Promise<Uint8Array | undefined> {
  const longer = {
    ...sampleReport,
    overview: {
      ...sampleReport.overview,
      summary: Array.from({ length: 4 }, () => sampleReport.overview.summary).join('\n'),
    },
  };
  const printed = await printHtmlToPdf(renderReportHtml(longer, { flavour: 'clean' }));
  return printed.ok ? new Uint8Array(printed.pdf) : undefined;
}

export async function benchPdfImport(): Promise<{ pages: number; median: number } | undefined> {
  const bytes = await longerSamplePdf();
  if (!bytes) return undefined;
  const times: number[] = [];
  let pages = 0;
  for (let run = 0; run < 5; run++) {
    const start = process.hrtime.bigint();
    const read = await readDocument('bench.pdf', bytes, nodeReaders, (_, total) => {
      pages = total;
    });
    if (!read.ok || !importReportText(read.content).ok) throw new Error('the PDF did not import');
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { pages, median: times[2] ?? 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchPdfImport();
  console.log(
    result ? `${result.pages} pages, median ${result.median.toFixed(0)} ms` : 'no Chromium',
  );
}
