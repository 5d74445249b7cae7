// The command line as a value: which command, with which files and options, or why it cannot run.
// node:util parseArgs splits the words; the checks and their messages are ours, in Chinese.

import { parseArgs } from 'node:util';
import type { Stage } from '../model/rules/context.ts';
import type { Flavour } from '../export/html/context.ts';
import { parseBatchCommandLine, type BatchCommandLine } from './batch/args.ts';

export const outputFormats = ['text', 'json'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export interface CheckCommand {
  readonly name: 'check';
  readonly files: readonly string[];
  readonly prior: string | undefined;
  readonly format: OutputFormat;
  readonly stage: Stage;
}

/** The files export can write, each named by its option. */
export const exportFormats = ['html', 'pdf', 'docx', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportCommand {
  readonly name: 'export';
  /** One report, or several: then each output option names a folder (see outputPaths). */
  readonly files: readonly string[];
  /** Where to write the HTML document, the PDF, the Word and the Excel file; at least one is given. */
  readonly html: string | undefined;
  readonly pdf: string | undefined;
  readonly docx: string | undefined;
  readonly xlsx: string | undefined;
  readonly flavour: Flavour;
  readonly hasSignature: boolean;
  /** Last year's report, so the 审核稿 marks the cross-year findings too. */
  readonly prior: string | undefined;
}

export interface ImportCommand {
  readonly name: 'import';
  /** A published report as text (.txt) or as a web page (.html). */
  readonly file: string;
  /** Where to write the report file; on stdout when not given. */
  readonly output: string | undefined;
  /** The report year, for a text that has no title to read it from. */
  readonly year: number | undefined;
}

export type Command =
  | { readonly name: 'help' }
  | { readonly name: 'sample' }
  | CheckCommand
  | ExportCommand
  | ImportCommand
  | BatchCommandLine
  /** Help is shown after the message; no message when nothing was asked at all. */
  | { readonly name: 'misuse'; readonly message: string | undefined };

const optionSpecs = {
  prior: { type: 'string' },
  format: { type: 'string' },
  final: { type: 'boolean' },
  html: { type: 'string' },
  pdf: { type: 'string' },
  docx: { type: 'string' },
  xlsx: { type: 'string' },
  review: { type: 'boolean' },
  signature: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  year: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof optionSpecs;

/** What a missing option value should have been, for the message. */
const optionValueNames: Partial<Record<OptionName, string>> = {
  prior: '上年度报告文件',
  html: '输出的 HTML 文件',
  pdf: '输出的 PDF 文件',
  docx: '输出的 Word 文件',
  xlsx: '输出的 Excel 文件',
  output: '输出的报告文件',
  year: '报告年度',
};

/** The options each command takes; --help goes with every command. */
const commandOptions = {
  check: ['prior', 'format', 'final'],
  export: ['html', 'pdf', 'docx', 'xlsx', 'review', 'signature', 'prior'],
  import: ['output', 'year'],
  sample: [],
} as const satisfies Record<string, readonly OptionName[]>;

const isOptionName = (name: string): name is OptionName => Object.hasOwn(optionSpecs, name);

interface GivenOption {
  readonly rawName: string;
  readonly value: string | undefined;
}

interface Words {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<OptionName, GivenOption>;
  readonly problem: string | undefined;
}

const misuse = (message: string): Command => ({ name: 'misuse', message });

export function parseCommandLine(argv: readonly string[]): Command {
  // Batch commands take options of their own (--roster, --xlsx, --prior more than once).
  if ((argv[0] === 'batch' || argv[0] === 'rollup') && !argv.includes('--help')) {
    return parseBatchCommandLine(argv);
  }
  const words = splitWords(argv);
  if (words.options.has('help')) return { name: 'help' };
  if (words.problem) return misuse(words.problem);

  const [command, ...operands] = words.positionals;
  switch (command) {
    case undefined:
      return { name: 'misuse', message: undefined };
    case 'help':
      return { name: 'help' };
    case 'sample':
      return toSampleCommand(operands, words.options);
    case 'check':
      return toCheckCommand(operands, words.options);
    case 'export':
      return toExportCommand(operands, words.options);
    case 'import':
      return toImportCommand(operands, words.options);
    default:
      return misuse(`未知命令“${command}”。`);
  }
}

/**
 * Non-strict parsing keeps unknown options as tokens instead of throwing an English message, so
 * every problem can be told in Chinese here.
 */
function splitWords(argv: readonly string[]): Words {
  const { tokens } = parseArgs({
    args: [...argv],
    options: optionSpecs,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positionals: string[] = [];
  const options = new Map<OptionName, GivenOption>();
  let problem: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const { name, rawName, value, inlineValue } = token;
    if (!isOptionName(name)) {
      problem ??= `未知选项 ${rawName}。`;
      continue;
    }
    if (options.has(name)) problem ??= `选项 ${rawName} 只能给一次。`;
    const takesValue = optionSpecs[name].type === 'string';
    // Lenient parsing takes the next word as the value even when it is another option.
    const isValueMissing = value === undefined || (!inlineValue && value.startsWith('-'));
    if (takesValue && isValueMissing) {
      problem ??= `选项 ${rawName} 后面需要给出${optionValueNames[name] ?? '取值'}。`;
    }
    if (!takesValue && value !== undefined) problem ??= `选项 ${rawName} 不带取值。`;
    options.set(name, { rawName, value });
  }
  return { positionals, options, problem };
}

function toSampleCommand(
  operands: readonly string[],
  options: ReadonlyMap<OptionName, GivenOption>,
): Command {
  const [extra] = operands;
  if (extra !== undefined) return misuse(`sample 命令不需要参数，却收到“${extra}”。`);
  const foreign = findForeignOption('sample', options);
  if (foreign) return misuse(foreign);
  return { name: 'sample' };
}

/** The first option given that the command does not take, as a message. */
function findForeignOption(
  command: keyof typeof commandOptions,
  options: ReadonlyMap<OptionName, GivenOption>,
): string | undefined {
  const allowed: readonly OptionName[] = commandOptions[command];
  for (const [name, option] of options) {
    if (name !== 'help' && !allowed.includes(name)) {
      return `${command} 命令没有选项 ${option.rawName}。`;
    }
  }
  return undefined;
}

function toCheckCommand(
  files: readonly string[],
  options: ReadonlyMap<OptionName, GivenOption>,
): Command {
  if (files.length === 0) return misuse('check 命令需要至少一个报告文件。');
  const foreign = findForeignOption('check', options);
  if (foreign) return misuse(foreign);
  const format = options.get('format')?.value ?? 'text';
  if (!isOutputFormat(format)) {
    return misuse(`--format 只能是 ${outputFormats.join(' 或 ')}，不能是“${format}”。`);
  }
  return {
    name: 'check',
    files,
    prior: options.get('prior')?.value,
    format,
    stage: options.has('final') ? 'final' : 'draft',
  };
}

function toExportCommand(
  files: readonly string[],
  options: ReadonlyMap<OptionName, GivenOption>,
): Command {
  if (files.length === 0) return misuse('export 命令需要至少一个报告文件。');
  const foreign = findForeignOption('export', options);
  if (foreign) return misuse(foreign);
  const [html, pdf, docx, xlsx] = exportFormats.map((format) => options.get(format)?.value);
  const given = [html, pdf, docx, xlsx].filter((path) => path !== undefined);
  if (given.length === 0) {
    return misuse(
      'export 命令需要 --html <输出.html>、--pdf <输出.pdf>、--docx <输出.docx> 或 --xlsx <输出.xlsx>，可以同时给几个。',
    );
  }
  // With several reports the options name folders, and one folder may take every format.
  if (files.length === 1 && new Set(given).size < given.length) {
    return misuse('--html、--pdf、--docx、--xlsx 不能写到同一个文件。');
  }
  const names = files.map(outputStem);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (files.length > 1 && repeated !== undefined) {
    return misuse(`导出几份报告时，输出文件按报告文件名命名，但有两份都叫“${repeated}”。`);
  }
  return {
    name: 'export',
    files,
    html,
    pdf,
    docx,
    xlsx,
    flavour: options.has('review') ? 'review' : 'clean',
    hasSignature: options.has('signature'),
    prior: options.get('prior')?.value,
  };
}

/** A report file's name without its folder and extension: 2024/牡丹江.json → 牡丹江. */
export function outputStem(file: string): string {
  const name = file.split(/[\\/]/u).at(-1) ?? file;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * Where one report's outputs go. With one report each option names the file; with several it
 * names a folder, and each report is written there under its own name: --docx 出 →
 * 出/2024.docx for 2024.json.
 */
export function outputPaths(
  command: ExportCommand,
  file: string,
): Partial<Record<ExportFormat, string>> {
  const paths: Partial<Record<ExportFormat, string>> = {};
  for (const format of exportFormats) {
    const given = command[format];
    if (given === undefined) continue;
    paths[format] =
      command.files.length === 1
        ? given
        : `${given.replace(/[\\/]+$/u, '')}/${outputStem(file)}.${format}`;
  }
  return paths;
}

function toImportCommand(
  files: readonly string[],
  options: ReadonlyMap<OptionName, GivenOption>,
): Command {
  const [file, ...extra] = files;
  if (file === undefined)
    return misuse('import 命令需要一个已发布报告的文本（.txt）或网页（.html）文件。');
  if (extra.length > 0) {
    return misuse(`import 命令一次导入一份报告，却收到 ${files.length} 个文件。`);
  }
  const foreign = findForeignOption('import', options);
  if (foreign) return misuse(foreign);
  const year = options.get('year')?.value;
  if (year !== undefined && !/^\d{4}$/.test(year)) {
    return misuse(`--year 应为四位数的报告年度，不能是“${year}”。`);
  }
  return {
    name: 'import',
    file,
    output: options.get('output')?.value,
    year: year === undefined ? undefined : Number(year),
  };
}

function isOutputFormat(value: string): value is OutputFormat {
  return outputFormats.some((format) => format === value);
}
