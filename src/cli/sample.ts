// `nianbao sample`: the built-in sample as a file, a starting point to try `check` on.

import { serializeReport } from '../export/json.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import { exitCodes, type ExitCode } from './exitCodes.ts';
import type { CliOutput } from './output.ts';

export function runSample(output: CliOutput): ExitCode {
  output.stdout(serializeReport(sampleReport));
  return exitCodes.clean;
}
