// `npm run bench`: speed and size, measured on this machine. Figures go into the README; tests never
// assert on time.

import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { serializeReport } from '../src/export/json.ts';
import { checkReport } from '../src/model/check.ts';
import { importReportText } from '../src/model/import/importReport.ts';
import { parseReportText } from '../src/model/parse.ts';
import type { Report } from '../src/model/report.ts';
import { sampleReport } from '../src/sample/mudanjiang2024.ts';
import { reportArbitrary } from '../src/testing/arbitraries.ts';
import { benchBatch } from './benchBatch.ts';
import { formatSpread, ms, withPreview } from './benchBrowser.ts';
import { benchEditCommit } from './benchEditor.ts';
import { benchImport } from './benchImport.ts';
import { benchOpen } from './benchOpen.ts';
import { benchAppBatch } from './benchAppBatch.ts';
import { benchAppImport } from './benchAppImport.ts';
import { benchPdfImport, longerSamplePdf } from './benchPdf.ts';
import { benchTyping, benchTypingFloor } from './benchTyping.ts';

function perSecond(
  label: string,
  inputs: readonly Report[],
  run: (report: Report) => unknown,
  warmUps = 5000,
) {
  for (let i = 0; i < warmUps; i++) run(inputs[i % inputs.length] as Report); // let the JIT settle
  const start = process.hrtime.bigint();
  let count = 0;
  const budget = 2_000_000_000n; // 2 s
  while (process.hrtime.bigint() - start < budget) {
    for (const report of inputs) run(report);
    count += inputs.length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${label.padEnd(44)} ${Math.round(count / seconds).toLocaleString('en')} /s`);
}

const random = fc.sample(reportArbitrary({ complete: true, declareTotals: true }), 200);
const texts = new Map(random.map((report) => [report, serializeReport(report)]));

console.log('Model (Node %s, one core)', process.version);
perSecond('checkReport, the sample report', [sampleReport], (r) => checkReport(r));
perSecond('checkReport, 200 random complete reports', random, (r) => checkReport(r));
perSecond('parseReportText (JSON file → report)', random, (r) =>
  parseReportText(texts.get(r) ?? ''),
);
const published = readFileSync('src/model/import/fixtures/mudanjiang-edz-2024.txt', 'utf8');
// An import takes milliseconds, not microseconds: fewer runs settle the JIT.
perSecond('import published text (sample)', [sampleReport], () => importReportText(published), 50);
benchImport();

const pdf = await benchPdfImport();
console.log(
  `${'import published PDF (Node, pdf.js)'.padEnd(44)} ${pdf ? `${pdf.pages} pages, median ${pdf.median.toFixed(0)} ms` : 'skipped: no Chromium to print one'}`,
);

const batch = await benchBatch(1000);
console.log(
  `${'batch: 1,000 report files read, checked, summed'.padEnd(44)} median ${batch.seconds.median.toFixed(2)} s (p95 ${batch.seconds.p95.toFixed(2)} s of ${batch.seconds.count}), ${Math.round(batch.perSecond).toLocaleString('en')} reports/s`,
);

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  const html = readFileSync('dist/index.html', 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  const gzip = (file: string) => gzipSync(readFileSync(join('dist', file))).length;
  const initialBytes = initial.reduce((sum, file) => sum + gzip(file), 0);
  const allBytes = readdirSync('dist/assets')
    .filter((file) => /\.(js|css)$/.test(file))
    .reduce((sum, file) => sum + gzip(join('assets', file)), 0);
  console.log('\nProduction bundle (gzip)');
  console.log(`${'initial JS + CSS'.padEnd(44)} ${(initialBytes / 1024).toFixed(1)} kB`);
  console.log(
    `${'all JS + CSS, lazy chunks included'.padEnd(44)} ${(allBytes / 1024).toFixed(1)} kB`,
  );

  await withPreview(4199, async (url) => {
    console.log(
      '\nEditor (headless Chromium, production build; 4× = CPU slowed 4× through DevTools)',
    );
    for (const rate of [1, 4]) {
      const label = rate === 1 ? '' : ', 4×';
      const open = await benchOpen(url, rate, rate === 1 ? 15 : 9);
      console.log(`${`open a report from the library${label}`.padEnd(44)} ${formatSpread(open)}`);
      const live = await benchEditCommit(url, rate, rate === 1 ? 120 : 60);
      console.log(
        `${`Enter → 总计 and findings panel${label}`.padEnd(44)} ${formatSpread(live.commit)}`,
      );
      console.log(
        `${'  of which the key waited for the page'.padEnd(44)} ${formatSpread(live.wait)}`,
      );
      console.log(`${'  Enter → the next frame'.padEnd(44)} ${formatSpread(live.frame)}`);
    }
    for (const [label, typing] of [
      ['key → its character on screen, text field, 4×', await benchTyping(url, 4, 3, 40)],
      ['  the same keys into a bare textarea, 4×', await benchTypingFloor(4, 3, 40)],
    ] as const) {
      console.log(
        `${label.padEnd(44)} ${formatSpread(typing)}; first key ${typing.firsts.map((first) => first.toFixed(0)).join(' / ')} ms, later keys max ${ms(typing.laterMax)}`,
      );
    }
    const pdfBytes = await longerSamplePdf();
    const files = [
      { name: 'sample.txt', mimeType: 'text/plain', bytes: new TextEncoder().encode(published) },
      ...(pdfBytes ? [{ name: 'sample.pdf', mimeType: 'application/pdf', bytes: pdfBytes }] : []),
    ];
    for (const file of files) {
      for (const rate of [1, 4]) {
        const label = `import ${file.name} in the app${rate === 1 ? '' : ', 4×'}`;
        const result = await benchAppImport(url, rate, 5, file);
        console.log(
          `${label.padEnd(44)} ${formatSpread(result.time)}, longest task ${ms(result.longestTask)}`,
        );
      }
    }
    for (const rate of [1, 4]) {
      const label = `批量审核 of 300 report files${rate === 1 ? '' : ', 4×'}`;
      const batch = await benchAppBatch(url, rate, 5);
      console.log(`${label.padEnd(44)} first row ${formatSpread(batch.firstRow)}`);
      console.log(`${'  all 300 read and checked'.padEnd(44)} ${formatSpread(batch.done)}`);
      console.log(
        `${'  longest task on the page, per run'.padEnd(44)} ${formatSpread(batch.longestTask)}, max ${ms(batch.longestTask.max)}`,
      );
    }
  });
}
