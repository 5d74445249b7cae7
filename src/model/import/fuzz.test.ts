import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../export/html/document.ts';
import { reportArbitrary } from '../../testing/arbitraries.ts';
import { reportSchema } from '../report.ts';
import { importReportHtml, importReportText } from './importReport.ts';
import type { ImportOutcome } from './result.ts';

const example = readFileSync(
  new URL('./fixtures/mudanjiang-edz-2024.txt', import.meta.url),
  'utf8',
);

/** A result with a valid report, or a failure that says why in words. */
function expectUsable(outcome: ImportOutcome) {
  if (outcome.ok) expect(reportSchema.safeParse(outcome.report).success).toBe(true);
  else expect(outcome.message).toMatch(/\p{Script=Han}/u);
}

/** Pieces real pages and reports are made of, to build inputs nearer to real than random text. */
const pieces = [
  '<table>',
  '<tr>',
  '<td rowspan="3">',
  '<td colspan="99999">',
  '<th colspan=0>',
  '</td>',
  '</tr>',
  '</table>',
  '<p>',
  '</p>',
  '<br>',
  '<div hidden>',
  '</div>',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '&amp;',
  '&#x110000;',
  '&#0;',
  '&nbsp',
  '<b',
  '"',
  "'",
  '\t',
  '\n',
  '  ',
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '2024年政府信息公开工作年度报告',
  '2025年1月10日',
  '第二十条第（一）项',
  '（六）其他处理',
  '（七）总计',
  '1.属于国家秘密',
  '行政复议',
  '1',
  '0',
  '/',
  '22（其中修订16件）',
  '（一）主动公开。',
  '— 3 —',
  '**',
];

describe('importing never throws', { timeout: 60_000 }, () => {
  it('on any text or markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (input) => {
        expectUsable(importReportText(input));
        expectUsable(importReportHtml(input));
      }),
      { numRuns: 150 },
    );
  });

  it('on inputs assembled from pieces of reports and pages', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 200 }), (parts) => {
        const input = parts.join('');
        expectUsable(importReportText(input));
        expectUsable(importReportHtml(input));
      }),
      { numRuns: 150 },
    );
  });

  it('on any stretch of the published example', () => {
    fc.assert(
      fc.property(fc.nat(example.length), fc.nat(example.length), (a, b) => {
        expectUsable(importReportText(example.slice(Math.min(a, b), Math.max(a, b))));
      }),
      { numRuns: 100 },
    );
  });

  it('on a rendered page cut off anywhere', () => {
    fc.assert(
      fc.property(reportArbitrary(), fc.double({ min: 0, max: 1, noNaN: true }), (report, cut) => {
        const html = renderReportHtml(report, { flavour: 'clean' });
        expectUsable(importReportHtml(html.slice(0, Math.floor(html.length * cut))));
      }),
      { numRuns: 60 },
    );
  });

  it('fails in words, not with an exception, when there is no year to be found', () => {
    expect(importReportText('')).toEqual({
      ok: false,
      message: expect.stringContaining('无法确定报告年度'),
    });
    expect(importReportText('', { fallbackYear: 2024 })).toMatchObject({ ok: true });
  });
});
