// Import time for 100,000-line texts of the shapes that cost the importer most: long lines that
// end mid-sentence (joined into one paragraph), lines ending in a comma, short lines each compared
// with the section headings, table rows, numbers one per line, headings, and one line of ten
// million characters.

import { importReportText } from '../src/model/import/importReport.ts';

const lineCount = 100_000;
const longLine = '政府信息公开工作稳步推进各类信息发布及时准确abc';

const shapes: readonly (readonly [string, () => string])[] = [
  ['long lines ending in a letter or digit', () => lines((i) => `${longLine}${i}`)],
  ['lines ending in a comma', () => lines((i) => `依申请公开办理${i}件，`)],
  ['short lines', () => lines((i) => `第${i}行`)],
  ['table rows', () => lines((i) => `自然人\t${i}\t0\t1\t2\t3\t4\t5`)],
  ['table 二 rows', () => lines((i) => `规章\t${i}\t${i}\t${i}`)],
  ['table 四 rows', () => lines((i) => `${i}\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13`)],
  ['one number per line (text copied from a PDF)', () => lines((i) => `${i}`)],
  ['numbered headings', () => lines((i) => `一、总体情况${i}`)],
  ['one 10,000,000-character line', () => '公'.repeat(10_000_000)],
];

function lines(make: (index: number) => string): string {
  const all: string[] = [];
  for (let i = 0; i < lineCount; i++) all.push(make(i));
  return all.join('\n');
}

export function benchImport(): void {
  console.log('Import of published text (Node %s, one core)', process.version);
  for (const [label, make] of shapes) {
    const text = make();
    const start = process.hrtime.bigint();
    const outcome = importReportText(text, { fallbackYear: 2024 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const verdict = outcome.ok ? 'imported' : 'refused with a message';
    console.log(`  ${label.padEnd(46)} ${seconds.toFixed(2)} s (${verdict})`);
  }
}

if (process.argv[1]?.endsWith('benchImport.ts')) benchImport();
