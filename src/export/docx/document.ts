// renderReportDocx: the printed report as a Word document — the same element tree the print and
// the HTML export are built from (buildReportBody), on A4 with GB/T 9704 margins, 仿宋 16 pt body,
// tables with merged headers repeated on each page, and 「— 1 —」 page numbers in the footer.
// Runs in Node (the CLI) and the browser (导出 Word, loaded on demand).

import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Report } from '../../model/report.ts';
import { reportTitle } from '../../model/title.ts';
import { buildReportBody } from '../html/body.ts';
import type { RenderOptions } from '../html/context.ts';
import { blocksOf, startPlace } from './blocks.ts';
import { a4, body, bodyStyle, fonts, halfPoints, pageMargins, runFont } from './style.ts';

export const docxMimeType =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const pageNumberRun = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
  new TextRun({ children, font: runFont(fonts.songti), size: halfPoints(14) });

/** 「— 1 —」 centred under the text block, as the print's @bottom-center. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [pageNumberRun(['— ', PageNumber.CURRENT, ' —'])],
      }),
    ],
  });
}

export function buildReportDocx(report: Report, options: RenderOptions): Document {
  const article = buildReportBody(report, options);
  const title = reportTitle(report.header) + (options.flavour === 'review' ? '（审核稿）' : '');
  return new Document({
    title,
    creator: report.header.agencyName.trim() || 'Nianbao',
    styles: {
      default: {
        document: {
          run: { font: runFont(bodyStyle.font), size: halfPoints(body.size) },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: a4, margin: pageMargins } },
        footers: { default: pageNumberFooter() },
        children: blocksOf(article, startPlace(bodyStyle)),
      },
    ],
  });
}

export async function renderReportDocx(
  report: Report,
  options: RenderOptions,
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildReportDocx(report, options)));
}
