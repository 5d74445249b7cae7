// `nianbao batch` and `nianbao rollup` as values: which files, which options, or why not.

import { parseArgs } from 'node:util';

export const batchFormats = ['text', 'json', 'csv'] as const;
export type BatchFormat = (typeof batchFormats)[number];

export interface BatchCommand {
  readonly name: 'batch';
  /** Report files and folders of them. */
  readonly inputs: readonly string[];
  /** Last year's reports, files and folders, paired with this year's by agency. */
  readonly priors: readonly string[];
  readonly roster: string | undefined;
  readonly xlsx: string | undefined;
  readonly format: BatchFormat;
}

export interface RollupCommand {
  readonly name: 'rollup';
  readonly inputs: readonly string[];
  readonly output: string;
  /** The area's name for the 汇总 report's title. */
  readonly agencyName: string | undefined;
}

export type BatchCommandLine =
  BatchCommand | RollupCommand | { readonly name: 'misuse'; readonly message: string };

const misuse = (message: string) => ({ name: 'misuse', message }) as const;

export function parseBatchCommandLine(argv: readonly string[]): BatchCommandLine {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: {
        prior: { type: 'string', multiple: true },
        roster: { type: 'string' },
        xlsx: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        name: { type: 'string' },
      },
    });
  } catch (error) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    return misuse(
      option ? `选项 ${option} 用法不对，或 ${command} 命令没有这个选项。` : '选项用法不对。',
    );
  }
  const { values, positionals } = parsed;
  // --prior takes a file each time; files after it are this year's unless flagged again.
  if (positionals.length === 0) return misuse(`${command} 需要至少一个报告文件或文件夹。`);
  if (command === 'rollup') {
    if (values.prior || values.roster || values.xlsx || values.format) {
      return misuse('rollup 只接受 -o 和 --name。');
    }
    if (!values.output) return misuse('rollup 需要 -o 指定输出的汇总报告文件。');
    return { name: 'rollup', inputs: positionals, output: values.output, agencyName: values.name };
  }
  if (values.output || values.name)
    return misuse('batch 不接受 -o 或 --name（汇总报告请用 rollup）。');
  const format = values.format ?? 'text';
  if (!isBatchFormat(format)) {
    return misuse(`--format 应为 ${batchFormats.join('、')} 之一，而不是“${format}”。`);
  }
  return {
    name: 'batch',
    inputs: positionals,
    priors: values.prior ?? [],
    roster: values.roster,
    xlsx: values.xlsx,
    format,
  };
}

const isBatchFormat = (value: string): value is BatchFormat =>
  (batchFormats as readonly string[]).includes(value);
