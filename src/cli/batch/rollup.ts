// `nianbao rollup`: the 汇总 of many reports as a report file of its own.

import { checkBatch } from '../../model/batch/batch.ts';
import { serializeReport } from '../../export/json.ts';
import { exitCodes, type ExitCode } from '../exitCodes.ts';
import type { CliOutput } from '../output.ts';
import { findOutputOverInput, writeOutputFile } from '../outputFile.ts';
import type { RollupCommand } from './args.ts';
import { rollUpRows } from '../../model/batch/area.ts';
import { readEntries } from './readEntries.ts';

export async function runRollup(command: RollupCommand, output: CliOutput): Promise<ExitCode> {
  const overwrite = await findOutputOverInput([command.output], command.inputs);
  if (overwrite) {
    output.stderr(`${overwrite}\n`);
    return exitCodes.couldNotCheck;
  }
  const { entries, failures } = await readEntries(command.inputs);
  for (const { failure } of failures) output.stderr(`${failure.summary}\n`);
  const rows = checkBatch(entries);
  const rollup = rollUpRows(rows, command.agencyName ?? '汇总');
  if (!rollup) {
    output.stderr('没有可汇总的报告。\n');
    return exitCodes.couldNotCheck;
  }
  const year = rollup.area.report.header.year;
  const others = rows.filter((row) => row.entry.report.header.year !== year);
  for (const row of others) {
    output.stderr(
      `未汇总 ${row.entry.source}：它是 ${row.entry.report.header.year} 年度的报告，汇总的是 ${year} 年度。\n`,
    );
  }
  const written = await writeOutputFile(command.output, serializeReport(rollup.area.report));
  if (!written.ok) {
    output.stderr(`${written.message}
`);
    return exitCodes.couldNotCheck;
  }
  const withErrors = rows.filter((row) => row.counts.error > 0).length;
  output.stdout(
    `已汇总 ${rollup.reports} 份 ${year} 年度报告到 ${command.output}` +
      (withErrors ? `（其中 ${withErrors} 份有错误，数字照报告所填计入）` : '') +
      '。\n',
  );
  return failures.length > 0 || others.length > 0 ? exitCodes.couldNotCheck : exitCodes.clean;
}
