import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFileText } from '../testing/cli.ts';
import { makeTempFolder, runNianbao, spawnTimeout, type TempFolder } from '../testing/cli.ts';
import { findOutputOverInput, writeOutputFile } from './outputFile.ts';

describe('CLI outputs never destroy a file', { timeout: spawnTimeout * 2 }, () => {
  let folder: TempFolder;
  beforeAll(async () => {
    folder = await makeTempFolder();
    await folder.write({ 'r.json': sampleFileText(), 'a.txt': '一、总体情况\n' });
    await symlink(join(folder.path, 'r.json'), join(folder.path, 'link.html'));
  });
  afterAll(() => folder.remove());

  it.each([
    [['export', 'r.json', '--html', 'r.json'], 'r.json'],
    [['export', 'r.json', '--html', 'link.html'], 'r.json'],
    [['export', 'r.json', '--html', './sub/../r.json'], 'r.json'],
    [['import', 'a.txt', '-o', 'a.txt'], 'a.txt'],
  ])(
    'refuses %j, whose output is its own input, and leaves the input as it was',
    async (args, input) => {
      await mkdir(join(folder.path, 'sub'), { recursive: true });
      const before = await readFile(join(folder.path, input), 'utf8');
      const run = await runNianbao(args, folder.path);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('它就是输入文件');
      expect(await readFile(join(folder.path, input), 'utf8')).toBe(before);
    },
  );

  it('says a folder given as output is a folder, in a sentence', async () => {
    await mkdir(join(folder.path, 'out.json'), { recursive: true });
    const run = await runNianbao(
      ['import', 'a.txt', '--year', '2024', '-o', 'out.json'],
      folder.path,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('无法写入文件 out.json：这是一个文件夹，不是文件');
    expect(run.stderr).not.toContain('EISDIR');
  });

  it('writes through a symlink to another file, keeping the link', async () => {
    await writeFile(join(folder.path, 'target.html'), 'old');
    await symlink(join(folder.path, 'target.html'), join(folder.path, 'alias.html'));
    expect(await writeOutputFile(join(folder.path, 'alias.html'), 'new')).toEqual({ ok: true });
    expect(await readFile(join(folder.path, 'target.html'), 'utf8')).toBe('new');
  });

  it('names no conflict for outputs that are new files', async () => {
    const result = await findOutputOverInput([join(folder.path, 'new.html')], [folder.path]);
    expect(result).toBeUndefined();
  });
});

describe('a failed write leaves the old file untouched and nothing partial', () => {
  let folder: TempFolder;
  beforeAll(async () => {
    folder = await makeTempFolder();
  });
  afterAll(() => folder.remove());

  it('keeps the previous file when the write fails part way (injected)', async () => {
    const path = join(folder.path, 'report.html');
    await writeFile(path, 'the previous good file');
    const result = await writeOutputFile(path, 'x'.repeat(10_000), {
      writeData: async (handle, data) => {
        await handle.write(String(data).slice(0, 100));
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    });
    expect(result).toEqual({
      ok: false,
      message: `无法写入文件 ${path}：磁盘空间不足，原有文件未被改动。`,
    });
    expect(await readFile(path, 'utf8')).toBe('the previous good file');
    expect(await readdir(folder.path)).toEqual(['report.html']);
  });

  it('keeps the previous file on a real full disk (a 64 KB tmpfs)', async () => {
    const disk = join(folder.path, 'disk');
    await mkdir(disk);
    // Root in CI mounts the small disk; elsewhere the injected failure above covers the same path.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]);
    try {
      const path = join(disk, 'report.json');
      await writeFile(path, 'the previous good file');
      const result = await writeOutputFile(path, 'x'.repeat(200_000));
      expect(result.ok).toBe(false);
      expect(await readFile(path, 'utf8')).toBe('the previous good file');
      expect(await readdir(disk)).toEqual(['report.json']);
    } finally {
      execFileSync('umount', [disk]);
      await rm(disk, { recursive: true, force: true });
    }
  });
});
