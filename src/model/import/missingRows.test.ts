import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../export/html/document.ts';
import { reportArbitrary } from '../../testing/arbitraries.ts';
import { importReportText } from './importReport.ts';
import { copyAsText } from './testing/browserCopy.ts';
import { withPlainItemTitles } from './testing/published.ts';

const published = readFile(new URL('./fixtures/mudanjiang-edz-2024.txt', import.meta.url), 'utf8');

async function importedWithout(dropped: (line: string) => boolean) {
  const text = (await published)
    .split('\n')
    .filter((line) => !dropped(line))
    .join('\n');
  const outcome = importReportText(text);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.findings.filter((finding) => finding.rule === 'I-ROW');
}

describe('a published table without one of its official rows', () => {
  it('has no such finding when every row is there', async () => {
    expect(await importedWithout(() => false)).toEqual([]);
  });

  it('says once, as a warning, that table 二 lacks its 规章 row', async () => {
    const missing = await importedWithout((line) => line.startsWith('规章\t'));
    expect(missing).toEqual([
      expect.objectContaining({
        severity: 'warning',
        section: 't2',
        cells: ['t2.rules.issued', 't2.rules.repealed', 't2.rules.inForce'],
        message: expect.stringContaining('表二第二十条第（一）项的“规章”一行在原文中没有找到'),
      }),
    ]);
  });

  it('names a table 三 row by its official words', async () => {
    const missing = await importedWithout((line) => line.startsWith('本年\t(二) 部分公开'));
    expect(missing.map((finding) => finding.message)).toEqual([
      expect.stringContaining('表三的“（二）部分公开”一行在原文中没有找到'),
    ]);
    expect(missing[0]?.cells).toHaveLength(6);
  });

  it('finds a missing short row though its words are a column heading too: 3.其他', () => {
    const [report] = fc.sample(
      reportArbitrary({ complete: true, declareTotals: true })
        .map(withPlainItemTitles)
        .filter((r) => r.table3Layout === '2021'),
      { seed: 7, numRuns: 1 },
    );
    if (!report) throw new Error('no report');
    const text = copyAsText(renderReportHtml(report, { flavour: 'clean' }));
    const without = text.replace(/^3\.其他\t.*$/mu, '');
    expect(without).not.toBe(text);
    const outcome = importReportText(without);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.findings.filter((finding) => finding.rule === 'I-ROW')).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('表三的“（六）其他处理·3.其他”一行'),
      }),
    ]);
  });

  it('leaves a row whose figures could not be read to the finding that says so', async () => {
    const text = (await published).replace('规章\t0\t0\t0', '规章\t零\t零\t零');
    const outcome = importReportText(text);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.findings.map((finding) => finding.rule)).not.toContain('I-ROW');
  });

  it('does not call a row printed in the 2019 columns missing: it is there, its figures unread', () => {
    const table2 = [
      '第二十条第（一）项',
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规章\t1\t1\t9',
      '规范性文件\t2\t2\t30',
      '第二十条第（五）项',
      '信息内容\t本年处理决定数量',
      '行政许可\t35',
      '第二十条第（八）项',
      '信息内容\t上一年项目数量\t本年增/减',
      '行政事业性收费\t1\t0',
    ];
    const outcome = importReportText(
      ['测试局2024年政府信息公开工作年度报告', '二、主动公开政府信息情况', ...table2].join('\n'),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    const rows = outcome.findings.filter((finding) => finding.rule === 'I-ROW');
    // 行政处罚 and 行政强制 are not in this copy at all; 规范性文件 and 行政事业性收费 are.
    expect(rows.map((finding) => finding.message)).toEqual([
      expect.stringContaining('“行政处罚”一行在原文中没有找到'),
      expect.stringContaining('“行政强制”一行在原文中没有找到'),
    ]);
  });

  it('says nothing of rows when a whole table is missing', async () => {
    const missing = await importedWithout((line) => /^第二十条|^规章|^行政|^信息内容/.test(line));
    expect(missing.filter((finding) => finding.section === 't2')).toEqual([]);
  });
});
