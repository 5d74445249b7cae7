// Writing an output file so that a failure never leaves a broken one: the data goes to a temporary
// file beside the target and is renamed over it only once complete (rename within a folder is
// atomic), and no output may be one of the command's own inputs.

import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeWriteError } from './fileErrors.ts';

export type WriteOutcome = { readonly ok: true } | { readonly ok: false; readonly message: string };

export interface WriteOptions {
  /**
   * Writes the data into the open temporary file. Only tests replace it, to fail part way through
   * the same steps a full disk would.
   */
  readonly writeData?: (handle: WritableHandle, data: string | Uint8Array) => Promise<void>;
}

export type WritableHandle = Awaited<ReturnType<typeof open>>;

const writeAll = (handle: WritableHandle, data: string | Uint8Array) =>
  handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);

/** A symlinked output is written through: the file it points to is replaced, the link kept. */
async function resolveTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

export async function writeOutputFile(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const target = await resolveTarget(path);
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let created = false;
  try {
    const existing = await stat(target).catch(() => undefined);
    if (existing?.isDirectory()) throw Object.assign(new Error(target), { code: 'EISDIR' });
    const handle = await open(temporary, 'wx', existing?.mode ?? 0o644);
    created = true;
    try {
      await (options.writeData ?? writeAll)(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
    return { ok: true };
  } catch (error) {
    if (created) await unlink(temporary).catch(() => undefined);
    return {
      ok: false,
      message: `无法写入文件 ${path}：${describeWriteError(error)}，原有文件未被改动。`,
    };
  }
}

/**
 * The first output that is the same file as an input (through a symlink, a hard link or another
 * spelling of its path), as a sentence; undefined when every output is safe to write.
 */
export async function findOutputOverInput(
  outputs: readonly string[],
  inputs: readonly string[],
): Promise<string | undefined> {
  const identity = async (path: string) => {
    const found = await stat(path).catch(() => undefined);
    return found ? `${found.dev}:${found.ino}` : undefined;
  };
  const inputIds = new Map<string, string>();
  for (const input of inputs) {
    const id = await identity(input);
    if (id !== undefined && !inputIds.has(id)) inputIds.set(id, input);
  }
  const outputIds = new Map<string, string>();
  for (const output of outputs) {
    const id = await identity(output);
    if (id === undefined) continue;
    const input = inputIds.get(id);
    if (input !== undefined) {
      return `不能写入 ${output}：它就是输入文件 ${input}，写入会覆盖原文件。请换一个输出文件名。`;
    }
    const other = outputIds.get(id);
    if (other !== undefined) return `不能把两种输出都写入同一个文件 ${output}（${other}）。`;
    outputIds.set(id, output);
  }
  return undefined;
}
