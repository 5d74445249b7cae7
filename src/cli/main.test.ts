import { describe, expect, it } from 'vitest';
import { serializeReport } from '../export/json.ts';
import { parseReportText } from '../model/parse.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import { runNianbao, spawnTimeout } from '../testing/cli.ts';

describe('nianbao', { timeout: spawnTimeout + 5_000 }, () => {
  it('prints the sample as a versioned file that reads back to the same report', async () => {
    const run = await runNianbao(['sample']);

    expect(run.code).toBe(0);
    expect(run.stdout).toBe(serializeReport(sampleReport));
    const parsed = parseReportText(run.stdout);
    expect(parsed.ok && parsed.document.report).toEqual(sampleReport);
  });

  it('shows the Chinese help on stdout and exits 0 when asked', async () => {
    const run = await runNianbao(['--help']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法：');
    expect(run.stdout).toContain('nianbao check');
  });

  it('shows the help on stderr and exits 2 when given nothing to do', async () => {
    const run = await runNianbao([]);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('用法：');
  });

  it('names an unknown command in Chinese and exits 2', async () => {
    const run = await runNianbao(['chekc', 'report.json']);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^未知命令“chekc”。/);
    expect(run.stderr).toContain('用法：');
  });
});
