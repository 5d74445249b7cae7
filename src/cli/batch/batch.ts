// `nianbao batch`: many reports checked at once, with last year's set, a roster and the 汇总.

import { readFile } from 'node:fs/promises';
import { checkBatch } from '../../model/batch/batch.ts';
import { checkRoster, parseRoster, type RosterCheck } from '../../model/batch/roster.ts';
import { rollUpRows } from '../../model/batch/area.ts';
import type { Report } from '../../model/report.ts';
import { exitCodes, type ExitCode } from '../exitCodes.ts';
import type { CliOutput } from '../output.ts';
import { describeReadError } from '../fileErrors.ts';
import { findOutputOverInput, writeOutputFile } from '../outputFile.ts';
import { escapeControls } from '../terminalText.ts';
import type { BatchCommand } from './args.ts';
import { formatBatchCsv, formatBatchJson, formatBatchText } from './format.ts';
import type { BatchResult } from './result.ts';
import { readEntries } from './readEntries.ts';

async function writeBatchWorkbook(path: string, area: Report, result: BatchResult) {
  // The workbook writer is loaded only when a workbook is asked for.
  const [{ buildBatchWorkbook }, { writeWorkbook }] = await Promise.all([
    import('../../export/xlsx/batchWorkbook.ts'),
    import('../../export/xlsx/workbook.ts'),
  ]);
  const bytes = await writeWorkbook(buildBatchWorkbook(area, result.rows, result.roster));
  return writeOutputFile(path, bytes);
}

export async function runBatch(command: BatchCommand, output: CliOutput): Promise<ExitCode> {
  if (command.xlsx !== undefined) {
    const inputs = [...command.inputs, ...command.priors, command.roster ?? ''].filter(Boolean);
    const overwrite = await findOutputOverInput([command.xlsx], inputs);
    if (overwrite) {
      output.stderr(`${overwrite}\n`);
      return exitCodes.couldNotCheck;
    }
  }
  const [current, priors] = [await readEntries(command.inputs), await readEntries(command.priors)];
  const failures = [...current.failures, ...priors.failures];
  let roster: RosterCheck | undefined;
  if (command.roster !== undefined) {
    let text: string;
    try {
      text = await readFile(command.roster, 'utf8');
    } catch (error) {
      output.stderr(`无法读取名单 ${command.roster}：${describeReadError(error)}\n`);
      return exitCodes.couldNotCheck;
    }
    const names = current.entries.map((entry) => entry.report.header.agencyName);
    roster = checkRoster(parseRoster(text), names);
  }
  const rows = checkBatch(current.entries, priors.entries);
  const result: BatchResult = { rows, failures, roster, rollup: rollUpRows(rows, '汇总') };
  if (command.xlsx !== undefined && result.rollup) {
    const written = await writeBatchWorkbook(command.xlsx, result.rollup.area.report, result);
    if (!written.ok) {
      output.stderr(`${written.message}\n`);
      return exitCodes.couldNotCheck;
    }
  }
  if (command.format === 'json') output.stdout(formatBatchJson(result));
  else if (command.format === 'csv') output.stdout(formatBatchCsv(result));
  // Report text (agency names, file names) reaches a terminal: control characters shown escaped.
  else output.stdout(escapeControls(formatBatchText(result)));
  for (const { failure } of failures) output.stderr(`${failure.summary}\n`);
  if (failures.length > 0) return exitCodes.couldNotCheck;
  return rows.some((row) => row.counts.error > 0) ? exitCodes.errorsFound : exitCodes.clean;
}
