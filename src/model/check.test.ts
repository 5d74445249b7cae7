import { describe, expect, it } from 'vitest';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import { checkReport } from './check.ts';
import { t3 } from './form/cells.ts';

describe('checkReport on the built-in sample (牡丹江经开区 2024)', () => {
  const findings = checkReport(sampleReport);

  it('finds its real slip and only that as errors: （七）总计 1 where the results add up to 2', () => {
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.cells.at(-1), f.left, f.right])).toEqual([
      ['R3-RESULT', t3('resultTotal', 'natural'), 1, 2],
    ]);
    // The 总计 column prints the same 1: one wrong figure, one error, its echo named in passing.
    expect(errors[0]?.message).toBe(
      '表三·自然人列：（七）总计填报为 1，各项办理结果相加为 2（（一）予以公开 1，（二）部分公开 1），相差 1。' +
        '总计列的（七）总计（填报 1，计算 2）随之相差 1，不另计错误。',
    );
  });

  it('warns only about what is true of the published text', () => {
    const others = findings.filter((f) => f.severity !== 'error');
    // Table 三 keeps （六）其他处理 as one row (2019 layout), and section 六 says only “无”.
    expect(others.map((f) => [f.severity, f.rule])).toEqual([
      ['warning', 'F-LEGACY'],
      ['warning', 'T-FEE'],
    ]);
  });

  it('balances on computed totals: 2 received = 2 results + 0 carried forward', () => {
    expect(findings.some((f) => f.rule === 'R3-BALANCE')).toBe(false);
  });
});
