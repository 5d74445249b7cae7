import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeControls } from './terminalText.ts';
import {
  makeTempFolder,
  runNianbao,
  sampleFileText,
  spawnTimeout,
  type TempFolder,
} from '../testing/cli.ts';

const hostileName = '某某局\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e';

describe('terminal output shows control characters escaped', { timeout: spawnTimeout * 2 }, () => {
  let folder: TempFolder;
  beforeAll(async () => {
    folder = await makeTempFolder();
    await folder.write({
      'r.json': sampleFileText((document) => {
        document.report.header.agencyName = hostileName;
      }),
    });
  });
  afterAll(() => folder.remove());

  it('escapes an agency name that would set the title and clear the screen', async () => {
    const run = await runNianbao(['check', 'r.json'], folder.path);
    expect(run.stdout).toContain('某某局\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202e');
    expect(run.stdout).toBe(escapeControls(run.stdout));
  });

  it('keeps JSON output exact', async () => {
    const name = 'r\u001b[2J.json';
    await folder.write({ [name]: sampleFileText() });
    const run = await runNianbao(['check', '--format', 'json', name], folder.path);
    const [result] = JSON.parse(run.stdout) as { file: string }[];
    expect(result?.file).toBe(name);
  });

  it('escapes a file name in an error message', async () => {
    const run = await runNianbao(['check', 'missing\u001b[2J.json'], folder.path);
    expect(run.stderr).toContain('missing\\x1b[2J.json');
  });

  it('leaves tabs, newlines and Chinese as they are', () => {
    expect(escapeControls('一\t二\n三')).toBe('一\t二\n三');
  });
});
