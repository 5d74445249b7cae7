// Reading an input file whole, safely: only a regular file (a named pipe or a device would block
// the read forever or never end), and no more than a report could ever need.

import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Failure } from './failure.ts';
import { describeReadError } from './fileErrors.ts';

/** A report file is kilobytes and a saved web page a few megabytes; this is far beyond both. */
export const inputSizeLimit = 64 * 1024 * 1024;
const inputSizeLimitText = '64 MB';

export type InputRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly failure: Failure };

const failed = (path: string, reason: string): InputRead => ({
  ok: false,
  failure: { summary: `无法读取文件 ${path}：${reason}`, details: [] },
});

const notRegular = '这不是普通文件（可能是命名管道、设备或套接字），只能读取普通文件';
const tooLarge = `文件超过 ${inputSizeLimitText} 的上限，不像是年报文件`;
const chunkSize = 1024 * 1024;

export async function readInputFile(
  path: string,
  limit: number = inputSizeLimit,
): Promise<InputRead> {
  try {
    // stat first: opening a named pipe for reading waits for a writer, with no way to time out.
    const found = await stat(path);
    if (found.isDirectory()) return failed(path, describeReadError({ code: 'EISDIR' }));
    if (!found.isFile()) return failed(path, notRegular);
    if (found.size > limit) return failed(path, tooLarge);
    // O_NONBLOCK: should the path have become a pipe since the stat, open still returns.
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!(await handle.stat()).isFile()) return failed(path, notRegular);
      const chunks: Buffer[] = [];
      let total = 0;
      // One byte past the stat's size sees the end in the first read; a report file is a few
      // kilobytes, and a zero-filled megabyte per read cost more than the rest of a batch.
      let wanted = Math.min(chunkSize, found.size + 1);
      // The file may grow while it is read: the limit holds for what is read, not the stat.
      for (;;) {
        const chunk = Buffer.allocUnsafe(wanted);
        const { bytesRead } = await handle.read(chunk, 0, wanted, null);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > limit) return failed(path, tooLarge);
        chunks.push(chunk.subarray(0, bytesRead));
        // A regular file's short read is its end: no further read to be told so.
        if (bytesRead < wanted) break;
        wanted = chunkSize;
      }
      return { ok: true, bytes: Buffer.concat(chunks, total) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failed(path, describeReadError(error));
  }
}
