import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../model/check.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import {
  locateQuote,
  mergeRanges,
  narrativeTextAt,
  quotedRanges,
  splitByRanges,
  type TextRange,
} from './passages.ts';

const marked = (text: string, ranges: TextRange[]) =>
  splitByRanges(text, ranges)
    .filter((segment) => segment.isMarked)
    .map((segment) => segment.text);

describe('splitByRanges', () => {
  it.each<[string, string, TextRange[], string[]]>([
    ['no range leaves the text whole and unmarked', '甲乙丙', [], []],
    ['one range marks its characters', '甲乙丙丁', [{ start: 1, end: 3 }], ['乙丙']],
    [
      'overlapping ranges become one mark',
      '甲乙丙丁戊',
      [
        { start: 2, end: 4 },
        { start: 1, end: 3 },
      ],
      ['乙丙丁'],
    ],
    [
      'a range inside another adds nothing',
      '甲乙丙丁戊',
      [
        { start: 0, end: 5 },
        { start: 1, end: 2 },
      ],
      ['甲乙丙丁戊'],
    ],
    [
      'ranges that only touch stay two marks',
      '一句。二句。',
      [
        { start: 3, end: 6 },
        { start: 0, end: 3 },
      ],
      ['一句。', '二句。'],
    ],
    ['a range past the end is cut to the text', '甲乙', [{ start: 1, end: 9 }], ['乙']],
    ['an empty range marks nothing', '甲乙', [{ start: 1, end: 1 }], []],
  ])('%s', (_, text, ranges, expected) => {
    expect(marked(text, ranges)).toEqual(expected);
  });

  it('gives pieces that join into the text, marked ones never overlapping', () => {
    const textAndRanges = fc.string({ maxLength: 40 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc
            .tuple(fc.nat({ max: text.length + 2 }), fc.nat({ max: text.length + 2 }))
            .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
          { maxLength: 6 },
        ),
      ),
    );
    fc.assert(
      fc.property(textAndRanges, ([text, ranges]) => {
        const segments = splitByRanges(text, ranges);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        for (const segment of segments) {
          expect(text.slice(segment.start, segment.start + segment.text.length)).toBe(segment.text);
          expect(segment.text).not.toBe('');
        }
        const merged = mergeRanges(ranges, text.length);
        merged.slice(1).forEach((range, i) => {
          expect(range.start).toBeGreaterThanOrEqual(merged[i]?.end ?? 0);
        });
      }),
    );
  });
});

describe('locateQuote', () => {
  const quote = (start: number, end: number, text: string) => ({
    field: 's5.text',
    start,
    end,
    text,
  });

  it('keeps offsets that still hold the quoted words', () => {
    expect(locateQuote('前文。共收到申请5件。', quote(3, 11, '共收到申请5件。'))).toEqual({
      start: 3,
      end: 11,
    });
  });

  it('finds nothing where the offsets no longer hold the words', () => {
    expect(locateQuote('新加的话。前文。共收到申请5件。', quote(3, 11, '共收到申请5件。'))).toBe(
      undefined,
    );
  });

  it('finds nothing once the words are gone', () => {
    expect(locateQuote('共收到申请2件。', quote(0, 8, '共收到申请5件。'))).toBeUndefined();
  });
});

describe('quotedRanges', () => {
  it('gives the sentence T-TEXT quotes from the field it stands in, and nothing elsewhere', () => {
    const sentence = '本年共收到政府信息公开申请5件。';
    const report = {
      ...sampleReport,
      overview: {
        ...sampleReport.overview,
        requestDisclosure: `依申请公开工作规范开展。${sentence}`,
      },
    };
    const findings = checkReport(report);
    const text = narrativeTextAt(report, 's1.requestDisclosure');
    const ranges = quotedRanges(findings, 's1.requestDisclosure', text);
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual([sentence]);
    expect(quotedRanges(findings, 's1.summary', narrativeTextAt(report, 's1.summary'))).toEqual([]);
  });
});

describe('quotedRanges with last year’s report', () => {
  it('gives the longest passage L-REPEAT finds copied, in the field it was copied into', () => {
    const findings = checkReport(sampleReport, { prior: sampleReport });
    const repeat = findings.find((f) => f.rule === 'L-REPEAT' && f.section === 's5');
    expect(repeat?.quote?.field).toBe('s5.text');
    const text = narrativeTextAt(sampleReport, 's5.text');
    const ranges = quotedRanges(findings, 's5.text', text);
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual([repeat?.quote?.text]);
  });
});

describe('narrativeTextAt', () => {
  it('reads each narrative field by its address', () => {
    const report = {
      ...sampleReport,
      otherMatters: { ...sampleReport.otherMatters, items: [{ title: '提案', text: '已公开。' }] },
    };
    expect(narrativeTextAt(report, 'preamble')).toBe(report.preamble);
    expect(narrativeTextAt(report, 's1.requestDisclosure')).toBe(report.overview.requestDisclosure);
    expect(narrativeTextAt(report, 's5.text')).toBe(report.problems);
    expect(narrativeTextAt(report, 's6.text')).toBe('无');
    expect(narrativeTextAt(report, 's6.items.0.text')).toBe('已公开。');
  });
});
