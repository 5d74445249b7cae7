import { describe, expect, it } from 'vitest';
import { importReportHtml, importReportText, longestLine } from './importReport.ts';

const title = '某局2024年政府信息公开工作年度报告';
const tenMillion = 10_000_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(tenMillion / unit.length));

// Each of these, as one line of ten million characters, exhausted the stack before (RangeError in
// a RegExp), or took twenty seconds.
const shapes = {
  ideographs: repeat('一'),
  digits: repeat('1'),
  'spaced digits': repeat('1 '),
  tabs: repeat('\t'),
  'a row label': repeat('本年新收政府信息公开申请数量'),
  'a numbering': repeat('一、'),
  brackets: repeat('（'),
};

describe('a line of ten million characters', () => {
  it.each(Object.entries(shapes))(
    'of %s is set aside with its length, or read as blank',
    (_, line) => {
      const outcome = importReportText(
        `${title}\n${line}\n一、总体情况\n全年主动公开信息 226 条。`,
      );
      if (!outcome.ok) throw new Error(outcome.message);
      const aside = outcome.findings.filter((finding) => finding.message.includes('长达'));
      // A line of nothing but tabs is a blank line.
      const length = line.trim().length;
      expect(aside).toHaveLength(length > 0 ? 1 : 0);
      if (length > 0) expect(aside[0]?.message).toContain(`长达 ${length} 字`);
      expect(outcome.report.overview.summary).toContain('226 条');
    },
  );

  it('in a web page is set aside as well', () => {
    const outcome = importReportHtml(`<h1>${title}</h1><p>${shapes.ideographs}</p>`);
    expect(outcome.ok && outcome.findings.some((f) => f.message.includes('长达'))).toBe(true);
  });

  it('is read when it is a long paragraph within the limit', () => {
    const paragraph = '全年主动公开信息 226 条。'.repeat(Math.floor(longestLine / 16));
    const outcome = importReportText(`${title}\n一、总体情况\n${paragraph}`);
    expect(outcome.ok && outcome.report.overview.summary.length).toBe(paragraph.length);
  });
});
