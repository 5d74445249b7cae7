import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReportHtml, importReportText } from './importReport.ts';

const sample = readFileSync(new URL('./fixtures/mudanjiang-edz-2024.txt', import.meta.url), 'utf8');
const row = '一、本年新收政府信息公开申请数量\t\t2\t';
const cell = '表三·一、本年新收政府信息公开申请数量·自然人';

describe('a count past 2^53 in a published report', () => {
  it('is refused at its cell in pasted text, never rounded nor glued to the label', () => {
    expect(sample).toContain(row);
    const outcome = importReportText(
      sample.replace(row, `${row.slice(0, -3)}\t9007199254740993\t`),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.report.cells['t3.newReceived.natural']).toBeUndefined();
    const refused = outcome.findings.filter((f) => f.message.includes('9007199254740993'));
    expect(refused.map((f) => [f.rule, f.severity])).toEqual([['I-VALUE', 'warning']]);
    expect(refused[0]?.message).toContain(`${cell}：`);
    expect(refused[0]?.message).toContain('数字过大，件数不能超过 9007199254740991');
  });

  it('is refused at its cell in a web page', () => {
    const page = `<h1>某局2024年政府信息公开工作年度报告</h1><h2>三、收到和处理政府信息公开申请情况</h2>
      <table><tr><td>一、本年新收政府信息公开申请数量</td><td>9007199254740993</td><td>0</td>
      <td>0</td><td>0</td><td>0</td><td>0</td><td>9007199254740993</td></tr></table>`;
    const outcome = importReportHtml(page);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.report.cells['t3.newReceived.natural']).toBeUndefined();
    expect(outcome.findings.some((f) => f.message.startsWith(`${cell}：`))).toBe(true);
  });
});
