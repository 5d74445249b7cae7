import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputSizeLimit, readInputFile } from './inputFile.ts';
import {
  makeTempFolder,
  runNianbao,
  sampleFileText,
  spawnTimeout,
  type TempFolder,
} from '../testing/cli.ts';

describe('reading input files', { timeout: spawnTimeout * 2 }, () => {
  let folder: TempFolder;
  beforeAll(async () => {
    folder = await makeTempFolder();
    execFileSync('mkfifo', [join(folder.path, 'pipe.json')]);
  });
  afterAll(() => folder.remove());

  it('refuses a named pipe instead of waiting on it forever', async () => {
    const run = await runNianbao(['check', 'pipe.json'], folder.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pipe.json：这不是普通文件');
  });

  it('refuses a file past the size cap and states the cap', async () => {
    const path = join(folder.path, 'big.json');
    await writeFile(path, 'x'.repeat(2000));
    const read = await readInputFile(path, 1000);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.failure.summary).toContain('超过 64 MB 的上限');
    expect(inputSizeLimit).toBe(64 * 1024 * 1024);
  });

  it('reads every byte of files that end just before, at and past a read’s megabyte', async () => {
    const megabyte = 1024 * 1024;
    for (const size of [0, 1, megabyte - 1, megabyte, megabyte + 1, 3 * megabyte + 7]) {
      const bytes = Buffer.alloc(size, 'a');
      if (size > 0) bytes[size - 1] = 0x7a; // the last byte differs, so a lost tail shows
      const path = join(folder.path, `size-${size}.txt`);
      await writeFile(path, bytes);
      const read = await readInputFile(path);
      expect(read.ok && Buffer.from(read.bytes).equals(bytes)).toBe(true);
    }
  });

  it('reads a report file saved as UTF-16, with or without a byte-order mark', async () => {
    const text = sampleFileText();
    const utf16le = Buffer.from(text, 'utf16le');
    await writeFile(
      join(folder.path, 'bom.json'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]),
    );
    await writeFile(join(folder.path, 'plain.json'), utf16le);
    const run = await runNianbao(['check', 'bom.json', 'plain.json'], folder.path);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('bom.json — ');
    expect(run.stdout).toContain('plain.json — ');
  });
});
