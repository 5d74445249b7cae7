import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importReportText } from './importReport.ts';

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

  it('leaves a row whose figures could not be read to the finding that says so', async () => {
    const text = (await published).replace('规章\t0\t0\t0', '规章\t零\t零\t零');
    const outcome = importReportText(text);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.findings.map((finding) => finding.rule)).not.toContain('I-ROW');
  });

  it('says nothing of rows when a whole table is missing', async () => {
    const missing = await importedWithout((line) => /^第二十条|^规章|^行政|^信息内容/.test(line));
    expect(missing.filter((finding) => finding.section === 't2')).toEqual([]);
  });
});
