import { describe, expect, it } from 'vitest';
import { quarantineFileName, reportFileName } from './fileName.ts';

describe('reportFileName', () => {
  it.each([
    [
      '牡丹江经济技术开发区管理委员会',
      2024,
      '牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告.json',
    ],
    ['', 2025, '2025年政府信息公开工作年度报告.json'],
    ['某局/办公室', 2024, '某局_办公室2024年政府信息公开工作年度报告.json'],
    ['A:B*C?"<>|', 2024, 'A_B_C_2024年政府信息公开工作年度报告.json'],
    ['某局\n', 2024, '某局2024年政府信息公开工作年度报告.json'],
  ])('names the file of %j %i as %j', (agencyName, year, expected) => {
    expect(reportFileName({ agencyName, year })).toBe(expected);
  });

  it('names a set-aside draft by its key, without characters Windows refuses', () => {
    expect(quarantineFileName('abc@1/2')).toBe('无法读取的草稿-abc@1_2.json');
  });
});
