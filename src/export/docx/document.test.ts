// The Word document read back through mammoth (the .docx reader the app's Word import uses): it
// must say what the printed report says, word for word and figure for figure, with the tables'
// merged headers intact.

import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../model/check.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { buildReportBody } from '../html/body.ts';
import type { RenderOptions } from '../html/context.ts';
import { isElement, type Node } from '../html/element.ts';
import { renderReportDocx } from './document.ts';

const compact = (text: string) => text.replace(/\s+/gu, '');

function printedText(node: Node): string {
  return isElement(node) ? node.children.map(printedText).join('') : node;
}

async function readBack(options: RenderOptions): Promise<string> {
  const bytes = await renderReportDocx(sampleReport, options);
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return value;
}

const htmlText = (html: string) =>
  html
    .replace(/<[^>]+>/gu, '')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"');

/** One document written and read by mammoth: 0.7 s idle, 6 s measured on a busy machine. */
const perDocument = 20_000;

describe('renderReportDocx', () => {
  it.each<[string, RenderOptions]>([
    ['公开版 with the signature', { flavour: 'clean', signature: true }],
    ['审核稿', { flavour: 'review', findings: checkReport(sampleReport) }],
  ])(
    'says exactly what the print says (%s)',
    async (_, options) => {
      const html = await readBack(options);
      expect(compact(htmlText(html))).toBe(
        compact(printedText(buildReportBody(sampleReport, options))),
      );
    },
    perDocument,
  );

  it(
    'keeps the official merged headers of 表三 and 表四',
    async () => {
      const html = await readBack({ flavour: 'clean' });
      expect(html).toContain('<th colspan="3" rowspan="3"><p>（本列数据的勾稽关系为');
      expect(html).toMatch(/<th colspan="7"><p>申请人情况<\/p><\/th>/u);
      expect(html).toMatch(
        /<th rowspan="2"><p>自然人<\/p><\/th><th colspan="5"><p>法人或其他组织/u,
      );
      expect(html).toMatch(/<th colspan="5"><p>行政复议<\/p><\/th><th colspan="10"><p>行政诉讼/u);
    },
    perDocument,
  );

  it(
    'sets the title on two lines only when it does not fit on one',
    async () => {
      const twoLines = await readBack({ flavour: 'clean' });
      expect(twoLines).toContain(
        '<p>牡丹江经济技术开发区管理委员会<br />2024年政府信息公开工作年度报告</p>',
      );
      const short = { ...sampleReport, header: { ...sampleReport.header, agencyName: '某某局' } };
      const { value } = await mammoth.convertToHtml({
        buffer: Buffer.from(await renderReportDocx(short, { flavour: 'clean' })),
      });
      expect(value).toContain('<p>某某局2024年政府信息公开工作年度报告</p>');
    },
    perDocument,
  );

  it(
    'prints computed totals, as the print does',
    async () => {
      const html = await readBack({ flavour: 'clean' });
      // The sample declared 1 in （七）总计 for 自然人; its results add up to 2.
      expect(html).toMatch(/（七）总计<\/p><\/td><td><p>2<\/p>/u);
    },
    perDocument,
  );
});
