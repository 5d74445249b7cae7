import { describe, expect, it } from 'vitest';
import { createBlankReport } from './blank.ts';
import { checkReport } from './check.ts';
import { t2, t3 } from './form/cells.ts';
import { table3ApplicantColumns } from './form/table3.ts';
import { computeTotals } from './totals.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import type { Report } from './report.ts';
import { describeNextYear, startNextYear } from './nextYear.ts';

const thisYear: Report = {
  ...sampleReport,
  header: { ...sampleReport.header, category: '县级政府部门', publishDate: '2025-01-20' },
  cells: {
    ...sampleReport.cells,
    [t3('carriedForward', 'natural')]: 3,
    [t3('carriedForward', 'commercial')]: 1,
    [t3('carriedForward', 'otherOrg')]: '/',
    [t2('rules', 'inForce')]: 4,
    [t2('normativeDocs', 'inForce')]: 17,
  },
};

describe('startNextYear', () => {
  const next = startNextYear(thisYear);

  it('is the next year of the same agency and category, unpublished', () => {
    expect(next.header).toEqual({
      agencyName: thisYear.header.agencyName,
      year: thisYear.header.year + 1,
      category: '县级政府部门',
      publishDate: null,
    });
  });

  it('carries 四、结转下年度继续办理 into 二、上年结转, column by column', () => {
    for (const column of table3ApplicantColumns) {
      expect(next.cells[t3('carriedOver', column.id)]).toBe(
        thisYear.cells[t3('carriedForward', column.id)],
      );
    }
    expect(computeTotals(next).cells.get(t3('carriedOver', 'total'))).toBe(4);
  });

  it('starts 现行有效件数 from last year’s figure', () => {
    expect(next.cells[t2('rules', 'inForce')]).toBe(4);
    expect(next.cells[t2('normativeDocs', 'inForce')]).toBe(17);
  });

  it('leaves every other cell, every text and every declared total blank', () => {
    const blank = createBlankReport(next.header.year, next.header.agencyName);
    const carried = new Set<string>([
      ...table3ApplicantColumns.map((column) => t3('carriedOver', column.id)),
      t2('rules', 'inForce'),
      t2('normativeDocs', 'inForce'),
    ]);
    expect(Object.keys(next.cells).filter((address) => !carried.has(address))).toEqual([]);
    expect({ ...next, cells: {}, header: blank.header }).toEqual({ ...blank, cells: {} });
  });

  it('passes the cross-year checks against the report it came from', () => {
    const rules = checkReport(next, { prior: thisYear }).map((finding) => finding.rule);
    expect(rules).not.toContain('X-CARRY');
    expect(rules).not.toContain('X-VALID');
  });

  it('uses the current table 三 layout even when last year kept the 2019 one', () => {
    expect(sampleReport.table3Layout).toBe('2019');
    expect(startNextYear(sampleReport).table3Layout).toBe('2021');
  });
});

describe('describeNextYear', () => {
  it('names each figure it carries, as the next report will hold it', () => {
    const lines = describeNextYear(sampleReport);
    const next = startNextYear(sampleReport);
    expect(lines[0]).toBe(
      '机关名称「牡丹江经济技术开发区管理委员会」和机关类别（开发区等其他）沿用本报告。',
    );
    expect(lines[1]).toContain(`自然人 ${String(next.cells['t3.carriedOver.natural'])}`);
    expect(lines[2]).toContain(`规章 ${String(next.cells['t2.rules.inForce'])}`);
    expect(lines).toHaveLength(4);
  });
});
