import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './args.ts';

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
  ])('explains in Chinese what is wrong with %j', (argv, message) => {
    expect(parseCommandLine(argv)).toEqual({ name: 'misuse', message });
  });

  it('asks for nothing but help when given no words at all', () => {
    expect(parseCommandLine([])).toEqual({ name: 'misuse', message: undefined });
  });

  it('reads sample alone', () => {
    expect(parseCommandLine(['sample'])).toEqual({ name: 'sample' });
  });
});
