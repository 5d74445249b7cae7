import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBlankReport } from '../../model/blank.ts';
import { reportArbitrary } from '../../testing/arbitraries.ts';
import { headerFields } from './fieldPlaces.ts';
import { headerToFormValues, headerWithInput, isSameHeader } from './headerValues.ts';

const header = {
  ...createBlankReport(2024, '测试市测试局').header,
  category: '县级政府部门' as const,
  publishDate: '2025-01-20',
};

describe('headerWithInput', () => {
  it.each([
    ['2023', 2023],
    ['２０２３', 2023],
    [' 2023 ', 2023],
    ['2008', 2008],
    ['2100', 2100],
  ])('reads the year %j as %d', (text, year) => {
    expect(headerWithInput(header, 'year', text)).toEqual({ ok: true, value: { ...header, year } });
  });

  it.each([
    ['', '请填写报告年度'],
    ['20x4', '应为四位数年份，如 2024'],
    ['202', '应为四位数年份，如 2024'],
    ['0x7e8', '应为四位数年份，如 2024'],
    ['2007', '应为 2008 年以后的年份'],
    ['2101', '年份不正确'],
  ])('refuses the year %j with “%s”', (text, message) => {
    expect(headerWithInput(header, 'year', text)).toEqual({ ok: false, message });
  });

  it.each([
    ['2025年1月10日', '2025-01-10'],
    ['２０２５年１月１０日', '2025-01-10'],
    ['2025 年 1 月 10 日', '2025-01-10'],
    ['2025-01-10', '2025-01-10'],
    ['2025/1/9', '2025-01-09'],
    ['2024.2.29', '2024-02-29'],
  ])('reads the publish date %j as %s, whatever the browser’s language', (text, date) => {
    expect(headerWithInput(header, 'publishDate', text)).toEqual({
      ok: true,
      value: { ...header, publishDate: date },
    });
  });

  it.each(['2025-02-30', '2023.2.29', '01/10/2025', '2025年13月1日', '明天'])(
    'refuses the publish date %j',
    (text) => {
      expect(headerWithInput(header, 'publishDate', text)).toEqual({
        ok: false,
        message: '应为日期，如 2025年1月10日 或 2025-01-10',
      });
    },
  );

  it('shows the publish date as the report prints it', () => {
    expect(headerToFormValues(header).publishDate).toBe('2025年1月20日');
  });

  it('reads a blank category or publish date as not filled in', () => {
    expect(headerWithInput(header, 'category', '')).toMatchObject({ value: { category: null } });
    expect(headerWithInput(header, 'publishDate', '')).toMatchObject({
      value: { publishDate: null },
    });
  });

  it('accepts the nine categories only', () => {
    expect(headerWithInput(header, 'category', '省级政府')).toMatchObject({
      value: { category: '省级政府' },
    });
    expect(headerWithInput(header, 'category', '街道办')).toMatchObject({ ok: false });
  });

  it('refuses a publish date that is not a calendar date', () => {
    expect(headerWithInput(header, 'publishDate', '2025-13-01')).toMatchObject({ ok: false });
    expect(headerWithInput(header, 'publishDate', '2025-02-03')).toMatchObject({
      value: { publishDate: '2025-02-03' },
    });
  });

  it('keeps the agency name exactly as typed', () => {
    expect(headerWithInput(header, 'agencyName', ' 某某局 ')).toMatchObject({
      value: { agencyName: ' 某某局 ' },
    });
  });

  it('changes only the field typed into', () => {
    const reading = headerWithInput(header, 'publishDate', '2025-03-31');
    expect(reading).toEqual({ ok: true, value: { ...header, publishDate: '2025-03-31' } });
  });

  it('gives back any valid header unchanged when a field is re-entered as the form shows it', () => {
    fc.assert(
      fc.property(reportArbitrary(), fc.constantFrom(...headerFields), ({ header }, field) => {
        const reading = headerWithInput(header, field, headerToFormValues(header)[field]);
        expect(reading).toEqual({ ok: true, value: header });
      }),
    );
  });
});

describe('isSameHeader', () => {
  it('tells a changed field from an unchanged header', () => {
    expect(isSameHeader(header, { ...header })).toBe(true);
    expect(isSameHeader(header, { ...header, year: 2023 })).toBe(false);
  });
});
