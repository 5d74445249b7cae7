import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempFolder, sampleFileText, type TempFolder } from '../../testing/cli.ts';
import { readEntries } from './readEntries.ts';

let folder: TempFolder;
beforeEach(async () => {
  folder = await makeTempFolder();
});
afterEach(() => folder.remove());

it('lists the reports of a folder in name order, however long each file takes to read', async () => {
  // More files than are read at once, of very different sizes, one of them broken.
  const names = Array.from({ length: 40 }, (_, i) => `${String(i).padStart(2, '0')}.json`);
  for (const [i, name] of names.entries()) {
    const text =
      i === 17
        ? '{ 这不是 JSON'
        : sampleFileText((document) => {
            document.report.header.agencyName = `机关${i}`;
            document.report.preamble = '。'.repeat(i % 3 === 0 ? 200_000 : 0);
          });
    await writeFile(join(folder.path, name), text);
  }
  const { entries, failures } = await readEntries([folder.path]);
  expect(entries.map((entry) => entry.report.header.agencyName)).toEqual(
    names.flatMap((_, i) => (i === 17 ? [] : [`机关${i}`])),
  );
  expect(failures.map((failure) => failure.file)).toEqual([join(folder.path, '17.json')]);
});
