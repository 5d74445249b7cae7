import { readFileSync } from 'node:fs';
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

describe('nianbao import on a file whose name says another kind', { timeout: 60_000 }, () => {
  async function importNamed(name: string, bytes: Uint8Array) {
    const folder = await makeTempFolder();
    try {
      const file = join(folder.path, name);
      await writeFile(file, bytes);
      const output = capture();
      const code = await runImport(
        { name: 'import', file, output: undefined, year: undefined },
        output,
      );
      return { code, out: output.out.join(''), err: output.err.join('') };
    } finally {
      await folder.remove();
    }
  }

  it('reads a PDF saved as .txt as the PDF it is', async () => {
    const { code, out } = await importNamed(
      '年报.txt',
      new Uint8Array(readFileSync(fixture('mudanjiang-2024.pdf'))),
    );
    expect(code).toBe(0);
    const parsed = parseReportText(out);
    expect(parsed.ok && parsed.document.report.cells['t3.newReceived.natural']).toBe(2);
  });

  it('reads a web page saved as .doc (Word’s 网页 format) as the page it is', async () => {
    const page = [
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"></head><body>',
      '<p>某某局2024年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本局认真贯彻落实条例。</p>',
      '</body></html>',
    ].join('');
    const { code, err } = await importNamed('年报.doc', new TextEncoder().encode(page));
    expect(code).toBe(0);
    expect(err).toContain('某某局 2024 年度报告');
  });

  it('says a binary file named .txt is not text, instead of asking for a title', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const { code, err } = await importNamed('年报.txt', bytes);
    expect(code).toBe(2);
    expect(err).toContain('不是文本文件');
    expect(err).not.toContain('未找到报告标题');
  });
});
