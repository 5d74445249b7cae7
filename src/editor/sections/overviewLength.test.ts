import { describe, expect, it } from 'vitest';
import { createBlankReport } from '../../model/blank.ts';
import { countOverviewCharacters, describeOverviewLength } from './overviewLength.ts';

describe('countOverviewCharacters', () => {
  it('counts every part together, white space and line breaks excluded', () => {
    const overview = {
      ...createBlankReport(2024).overview,
      summary: '本机关 认真贯彻。',
      activeDisclosure: '第一段。\n\n第二段，共 12 件。',
      supervision: '\u3000\u3000考核。',
    };
    expect(countOverviewCharacters(overview)).toBe(8 + 13 + 3);
  });
});

describe('describeOverviewLength', () => {
  it('states the count against the guideline', () => {
    expect(describeOverviewLength(807)).toEqual({
      isOver: false,
      text: '已写 807 字 / 建议不超过 1000 字',
      excess: undefined,
      announcement: '',
    });
  });

  it('is not over at exactly the guideline', () => {
    expect(describeOverviewLength(1000).isOver).toBe(false);
  });

  it('marks the excess once over', () => {
    expect(describeOverviewLength(1207)).toMatchObject({ isOver: true, excess: '超出 207 字' });
  });

  it('announces the same words however far over, so a screen reader hears it once', () => {
    const announcement = describeOverviewLength(1001).announcement;
    expect(announcement).toBe('一、总体情况已超过建议篇幅 1000 字');
    expect(describeOverviewLength(1500).announcement).toBe(announcement);
  });
});
