import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../model/parse.ts';
import { runImport } from './import.ts';
import type { CliOutput } from './output.ts';
import { readReportFile } from './readReport.ts';
import { makeTempFolder } from '../testing/cli.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../formats/fixtures/${name}`, import.meta.url));

function capture(): CliOutput & { readonly out: string[]; readonly err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
}

describe('nianbao import and check on PDF and Word files', { timeout: 60_000 }, () => {
  it.each(['mudanjiang-2024.pdf', 'mudanjiang-2024.docx'])(
    'imports %s into a report file',
    async (name) => {
      const output = capture();
      const code = await runImport(
        { name: 'import', file: fixture(name), output: undefined, year: undefined },
        output,
      );
      expect(code).toBe(0);
      expect(output.err.join('')).toContain('牡丹江经济技术开发区管理委员会 2024 年度报告');
      const parsed = parseReportText(output.out.join(''));
      expect(parsed.ok && parsed.document.report.cells['t3.newReceived.natural']).toBe(2);
      expect(parsed.ok && parsed.document.report.declared['t3.resultTotal.total']).toBe(2);
    },
  );

  it('checks a PDF as it checks any published report', async () => {
    const read = await readReportFile(fixture('mudanjiang-2024.pdf'));
    expect(read.ok && read.report.cells['t4.review.otherResult']).toBe(1);
  });

  it('tells the user to save an old .doc as .docx, and exits with 2', async () => {
    const folder = await makeTempFolder();
    try {
      const file = join(folder.path, '旧版.doc');
      await writeFile(file, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]));
      const output = capture();
      const code = await runImport(
        { name: 'import', file, output: undefined, year: undefined },
        output,
      );
      expect(code).toBe(2);
      expect(output.err.join('')).toContain('另存为 .docx');
    } finally {
      await folder.remove();
    }
  });
});
