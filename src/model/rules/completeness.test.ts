import { describe, expect, it } from 'vitest';
import { createBlankReport } from '../blank.ts';
import { checkReport } from '../check.ts';
import { t2, t3, t4 } from '../form/cells.ts';
import { withCells, zeroReport } from '../../testing/reports.ts';

describe('C-BLANK: what is still blank', () => {
  it('finds nothing blank in a complete report', () => {
    expect(checkReport(zeroReport()).filter((f) => f.rule === 'C-BLANK')).toEqual([]);
  });

  it('lists a blank report’s cells per table, its header fields and its empty sections', () => {
    const findings = checkReport(createBlankReport(2024)).filter((f) => f.rule === 'C-BLANK');
    expect(findings.map((f) => [f.section, f.cells.length])).toEqual([
      ['header', 3],
      ['s1', 6],
      ['t2', 10],
      ['t3', 24 * 6],
      ['t4', 12],
      ['s5', 1],
    ]);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
    expect(findings[0]?.message).toBe('尚未填写：机关名称、机关类别、发布日期。');
  });

  it('names one blank cell and blocks finalising while it stays blank', () => {
    const report = withCells(zeroReport(), { [t4('review', 'pending')]: undefined });
    const [draft] = checkReport(report).filter((f) => f.rule === 'C-BLANK');
    expect(draft).toMatchObject({ severity: 'info', cells: [t4('review', 'pending')] });
    expect(draft?.message).toBe('表四还有 1 个单元格未填写：没有发生的填 0，不适用的填“/”。');
    const [final] = checkReport(report, { stage: 'final' }).filter((f) => f.rule === 'C-BLANK');
    expect(final?.severity).toBe('error');
  });

  it('counts "/" as filled in', () => {
    const report = withCells(zeroReport(), { [t2('rules', 'issued')]: '/' });
    expect(checkReport(report).filter((f) => f.rule === 'C-BLANK')).toEqual([]);
  });
});

describe('V-NA: "/" where table 三 or 四 counts cases', () => {
  it('says where "/" stands in table 三 and leaves table 二 alone', () => {
    const report = withCells(zeroReport(), {
      [t2('rules', 'issued')]: '/',
      [t3('carriedOver', 'research')]: '/',
    });
    const findings = checkReport(report).filter((f) => f.rule === 'V-NA');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ section: 't3', cells: [t3('carriedOver', 'research')] });
  });
});
