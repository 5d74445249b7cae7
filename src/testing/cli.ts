// Test support for the CLI specs: run the real launcher in a child process, the way a user's shell
// would, and write report files into a temporary folder. Not imported by the CLI itself.

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toReportDocument } from '../export/json.ts';
import type { ReportDocument } from '../model/document.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';

const launcher = fileURLToPath(new URL('../../bin/nianbao.mjs', import.meta.url));

/** A spawn with tsx takes about half a second; this only catches a hung process. */
export const spawnTimeout = 20_000;

export interface CliRun {
  /** null when the process was killed (timeout) instead of exiting. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runNianbao(
  args: readonly string[],
  cwd?: string,
  timeout = spawnTimeout,
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [launcher, ...args],
      { cwd, timeout, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The sample report as a saved file, after `edit` changed its document. */
export function sampleFileText(edit: (document: ReportDocument) => void = () => {}): string {
  const document = structuredClone(toReportDocument(sampleReport));
  edit(document);
  return JSON.stringify(document, null, 2);
}

/**
 * A block of text output: the first line starting with `start` and the indented lines under it,
 * up to the next unindented line. Empty when no line starts so.
 */
export function outputBlock(stdout: string, start: string): string[] {
  const lines = stdout.split('\n');
  const from = lines.findIndex((line) => line.startsWith(start));
  if (from === -1) return [];
  const rest = lines.slice(from + 1);
  const end = rest.findIndex((line) => !line.startsWith(' '));
  return [lines[from] ?? '', ...rest.slice(0, end === -1 ? undefined : end)];
}

export interface TempFolder {
  readonly path: string;
  /** Writes the files (name → text) into the folder. */
  readonly write: (files: Readonly<Record<string, string>>) => Promise<void>;
  readonly remove: () => Promise<void>;
}

export async function makeTempFolder(): Promise<TempFolder> {
  const path = await mkdtemp(join(tmpdir(), 'nianbao-cli-'));
  return {
    path,
    write: async (files) => {
      await Promise.all(
        Object.entries(files).map(([name, text]) => writeFile(join(path, name), text, 'utf8')),
      );
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}
