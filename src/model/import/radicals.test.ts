import { describe, expect, it } from 'vitest';
import { importReportText } from './importReport.ts';
import { normaliseRadicals } from './radicals.ts';

describe('normaliseRadicals', () => {
  it.each([
    ['⾃然⼈', '自然人'],
    ['⺠', '民'],
    ['⻔户⽹站', '门户网站'],
    ['第⼀项加第⼆项', '第一项加第二项'],
  ])('maps the radicals in %s back to the ideographs %s', (input, expected) => {
    expect(normaliseRadicals(input)).toBe(expected);
  });

  it('leaves ideographs, full-width punctuation and digits as they are', () => {
    const text = '（一）予以公开：１２，共 3 件。';
    expect(normaliseRadicals(text)).toBe(text);
  });
});

describe('importing text with radicals for ideographs', () => {
  it('reads labels a PDF copy spelled with radicals', () => {
    const text = [
      '某某局2024年政府信息公开⼯作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '⾃然⼈\t法⼈或其他组织\t总计',
      '⼀、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2',
    ].join('\n');
    const outcome = importReportText(text);
    expect(outcome.ok && outcome.report.cells['t3.newReceived.natural']).toBe(2);
  });
});
