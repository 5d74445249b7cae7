import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { checkReport } from '../check.ts';
import { enteredCells } from '../form/cells.ts';
import { reportSchema } from '../report.ts';
import { importReportHtml, importReportText } from './importReport.ts';
import { importSteps, type ImportStep } from './result.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(here, '../../..');
const exampleName = 'mudanjiang-edz-2024.txt';
/** The copy kept with the tests; the shared original lives beside the checkout, where there is one. */
const fixture = resolve(here, 'fixtures', exampleName);
const shared = resolve(repoRoot, '../shared/examples', exampleName);

const text = readFileSync(fixture, 'utf8');

function importExample() {
  const outcome = importReportText(text);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('importing the published 牡丹江经开区 2024 report (shared example)', () => {
  const imported = importExample();
  const { report } = imported;

  it.skipIf(!existsSync(shared))('tests the shared example as it is, byte for byte', () => {
    expect(readFileSync(shared, 'utf8')).toBe(text);
  });

  it('tells a progress indicator each of its stages once, in order, for text and web page alike', () => {
    const told = (run: (onStep: (step: ImportStep) => void) => void) => {
      const steps: ImportStep[] = [];
      run((step) => steps.push(step));
      return steps;
    };
    expect(told((onStep) => importReportText(text, { onStep }))).toEqual(importSteps);
    expect(
      told((onStep) => importReportHtml(`<p>${text.replaceAll('\n', '</p><p>')}</p>`, { onStep })),
    ).toEqual(importSteps);
  });

  it('puts every figure where the hand-built sample has it, entered and declared', () => {
    expect(report.cells).toEqual(sampleReport.cells);
    expect(report.declared).toEqual(sampleReport.declared);
    expect(report.table3Layout).toBe('2019');
  });

  it('reads the header from the title split over two lines and the date below it', () => {
    expect(report.header).toEqual({ ...sampleReport.header, category: null });
  });

  it('splits the sections at their headings and rejoins the paragraphs the copy broke', () => {
    expect(report.preamble).toBe(sampleReport.preamble);
    expect(report.overview).toEqual(sampleReport.overview);
    expect(report.problems).toBe(sampleReport.problems);
    expect(report.otherMatters).toEqual(sampleReport.otherMatters);
  });

  it('is a valid report that checks exactly as the sample: （七）总计 1 against results of 2', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
    const errors = (findings: ReturnType<typeof checkReport>) =>
      findings.filter((finding) => finding.severity === 'error');
    expect(errors(checkReport(report))).toEqual(errors(checkReport(sampleReport)));
    expect(errors(checkReport(report)).map((finding) => finding.rule)).toEqual(['R3-RESULT']);
  });

  it('sees table 三 in the 2019 layout and table 二 in 2021’s: a mixed edition', () => {
    expect(imported.edition).toBe('mixed');
  });

  it('accounts for every figure with its line and cell, and leaves no line unused', () => {
    const { cells, unplaced } = imported.account;
    const entered = enteredCells('2019').length;
    expect(Object.keys(cells)).toHaveLength(entered + Object.keys(sampleReport.declared).length);
    expect(cells['t3.newReceived.natural']).toEqual({ line: 51, column: 3, raw: '2' });
    expect(cells['t3.resultTotal.total']).toEqual({ line: 74, column: 10, raw: '1' });
    expect(cells['t2.fees.amount']).toEqual({ line: 44, column: 2, raw: '0' });
    expect(cells['t4.review.otherResult']).toEqual({ line: 82, column: 3, raw: '1' });
    expect(unplaced).toEqual([]);
  });

  it('says what it had to decide: a typo, 元 for 万元, four rows without their 总计, no category', () => {
    const found = imported.findings.map((finding) => [
      finding.rule,
      finding.severity,
      finding.line,
    ]);
    expect(found).toEqual([
      ['I-HEADER', 'info', null],
      ['I-LABEL', 'warning', 32],
      ['I-UNIT', 'warning', 43],
      ['I-EDITION', 'info', null],
      ['I-MISSING', 'info', 51],
      ['I-MISSING', 'info', 52],
      ['I-MISSING', 'info', 53],
      ['I-MISSING', 'info', 54],
    ]);
    const [, label, unit, , missing] = imported.findings;
    expect(label?.message).toContain('“本年废制件数”');
    expect(label?.message).toContain('“本年废止件数”');
    expect(unit).toMatchObject({ cells: ['t2.fees.amount'], left: '元', right: '万元' });
    expect(missing).toMatchObject({ cells: ['t3.newReceived.total'] });
    expect(missing?.message).toContain('表头没有“总计”列');
  });
});
