// The files a batch names: each file as given, each folder's report files (not its subfolders'
// hidden ones), sorted so a run lists them the same way every time.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeReadError } from '../fileErrors.ts';

/** What a folder is searched for: report files and the published forms the importer reads. */
export const batchExtensions = ['.json', '.txt', '.html', '.htm', '.pdf', '.docx', '.xlsx'];

export interface ExpandedInputs {
  readonly files: readonly string[];
  /** Inputs that could not be listed, with the reason. */
  readonly problems: readonly { readonly input: string; readonly reason: string }[];
}

const isReportFile = (name: string) =>
  !name.startsWith('.') && batchExtensions.some((ext) => name.toLowerCase().endsWith(ext));

export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const problems: { input: string; reason: string }[] = [];
  // A queue, not recursion: a deep tree of folders cannot exhaust the stack.
  const queue = [...inputs];
  for (let input = queue.shift(); input !== undefined; input = queue.shift()) {
    try {
      if (!(await stat(input)).isDirectory()) {
        files.push(input);
        continue;
      }
      const entries = await readdir(input, { withFileTypes: true });
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const path = join(input, entry.name);
        if (entry.isDirectory() && !entry.name.startsWith('.')) queue.push(path);
        else if (entry.isFile() && isReportFile(entry.name)) files.push(path);
      }
    } catch (error) {
      problems.push({ input, reason: describeReadError(error) });
    }
  }
  return { files, problems };
}
