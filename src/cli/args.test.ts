import { describe, expect, it } from 'vitest';
import { outputPaths, parseCommandLine } from './args.ts';

describe('parseCommandLine', () => {
  it('reads a check with its files and options in any order', () => {
    expect(
      parseCommandLine([
        'check',
        'a.json',
        '--prior',
        'p.json',
        'b.json',
        '--format=json',
        '--final',
      ]),
    ).toEqual({
      name: 'check',
      files: ['a.json', 'b.json'],
      prior: 'p.json',
      format: 'json',
      stage: 'final',
    });
  });

  it('checks drafts as text without a prior by default', () => {
    expect(parseCommandLine(['check', 'a.json'])).toEqual({
      name: 'check',
      files: ['a.json'],
      prior: undefined,
      format: 'text',
      stage: 'draft',
    });
  });

  it('takes words after -- as files even when they look like options', () => {
    expect(parseCommandLine(['check', '--', '--odd.json'])).toMatchObject({
      name: 'check',
      files: ['--odd.json'],
    });
  });

  it.each([
    [['help']],
    [['--help']],
    [['-h']],
    [['check', 'a.json', '--help']],
    [['check', '--bogus', '-h']],
  ])('shows help for %j', (argv) => {
    expect(parseCommandLine(argv)).toEqual({ name: 'help' });
  });

  it.each([
    [['frobnicate'], '未知命令“frobnicate”。'],
    [['check'], 'check 命令需要至少一个报告文件。'],
    [['check', 'a.json', '--bogus'], '未知选项 --bogus。'],
    [['check', 'a.json', '--format', 'xml'], '--format 只能是 text 或 json，不能是“xml”。'],
    [['check', 'a.json', '--prior'], '选项 --prior 后面需要给出上年度报告文件。'],
    [['check', 'a.json', '--prior', '--final'], '选项 --prior 后面需要给出上年度报告文件。'],
    [['check', 'a.json', '--prior', 'x', '--prior', 'y'], '选项 --prior 只能给一次。'],
    [['check', 'a.json', '--final=yes'], '选项 --final 不带取值。'],
    [['sample', 'out.json'], 'sample 命令不需要参数，却收到“out.json”。'],
    [['sample', '--final'], 'sample 命令没有选项 --final。'],
    [['check', 'a.json', '--html', 'a.html'], 'check 命令没有选项 --html。'],
    [['export'], 'export 命令需要至少一个报告文件。'],
    [
      ['export', '2023/a.json', '2024/a.txt', '--docx', 'out'],
      '导出几份报告时，输出文件按报告文件名命名，但有两份都叫“a”。',
    ],
    [
      ['export', 'a.json'],
      'export 命令需要 --html <输出.html>、--pdf <输出.pdf>、--docx <输出.docx> 或 --xlsx <输出.xlsx>，可以同时给几个。',
    ],
    [['export', 'a.json', '--docx'], '选项 --docx 后面需要给出输出的 Word 文件。'],
    [['export', 'a.json', '--html'], '选项 --html 后面需要给出输出的 HTML 文件。'],
    [['export', 'a.json', '--pdf', '--review'], '选项 --pdf 后面需要给出输出的 PDF 文件。'],
    [
      ['export', 'a.json', '--html', 'x', '--xlsx', 'x'],
      '--html、--pdf、--docx、--xlsx 不能写到同一个文件。',
    ],
    [['export', 'a.json', '--html', 'a.html', '--final'], 'export 命令没有选项 --final。'],
    [['import'], 'import 命令需要一个已发布报告的文本（.txt）或网页（.html）文件。'],
    [['import', 'a.txt', 'b.txt'], 'import 命令一次导入一份报告，却收到 2 个文件。'],
    [['import', 'a.txt', '-o'], '选项 -o 后面需要给出输出的报告文件。'],
    [['import', 'a.txt', '--year', '24'], '--year 应为四位数的报告年度，不能是“24”。'],
    [['import', 'a.txt', '--final'], 'import 命令没有选项 --final。'],
    [['check', 'a.txt', '--year', '2024'], 'check 命令没有选项 --year。'],
  ])('explains in Chinese what is wrong with %j', (argv, message) => {
    expect(parseCommandLine(argv)).toEqual({ name: 'misuse', message });
  });

  it('asks for nothing but help when given no words at all', () => {
    expect(parseCommandLine([])).toEqual({ name: 'misuse', message: undefined });
  });

  it('reads an export with both outputs, as a review copy with a signature', () => {
    expect(
      parseCommandLine([
        'export',
        'a.json',
        '--pdf',
        'a.pdf',
        '--review',
        '--html=a.html',
        '--signature',
      ]),
    ).toEqual({
      name: 'export',
      files: ['a.json'],
      html: 'a.html',
      pdf: 'a.pdf',
      docx: undefined,
      xlsx: undefined,
      flavour: 'review',
      hasSignature: true,
    });
  });

  it('exports the clean copy without a signature by default', () => {
    expect(parseCommandLine(['export', 'a.json', '--html', 'a.html'])).toEqual({
      name: 'export',
      files: ['a.json'],
      html: 'a.html',
      pdf: undefined,
      docx: undefined,
      xlsx: undefined,
      flavour: 'clean',
      hasSignature: false,
    });
  });

  it("names each report's outputs after it when several are exported into folders", () => {
    const command = parseCommandLine([
      'export',
      'a/2023.json',
      '2024.txt',
      '--docx',
      'out/',
      '--xlsx',
      'out',
    ]);
    if (command.name !== 'export') throw new Error(`not an export: ${command.name}`);
    expect(outputPaths(command, 'a/2023.json')).toEqual({
      docx: 'out/2023.docx',
      xlsx: 'out/2023.xlsx',
    });
    expect(outputPaths(command, '2024.txt')).toEqual({
      docx: 'out/2024.docx',
      xlsx: 'out/2024.xlsx',
    });
    const one = parseCommandLine(['export', '2024.json', '--docx', '年报.docx']);
    if (one.name !== 'export') throw new Error(`not an export: ${one.name}`);
    expect(outputPaths(one, '2024.json')).toEqual({ docx: '年报.docx' });
  });

  it('reads an import of a text with its output file and year', () => {
    expect(parseCommandLine(['import', '2024.txt', '-o', '2024.json', '--year=2024'])).toEqual({
      name: 'import',
      file: '2024.txt',
      output: '2024.json',
      year: 2024,
    });
    expect(parseCommandLine(['import', 'page.html'])).toEqual({
      name: 'import',
      file: 'page.html',
      output: undefined,
      year: undefined,
    });
  });

  it('reads sample alone', () => {
    expect(parseCommandLine(['sample'])).toEqual({ name: 'sample' });
  });
});
