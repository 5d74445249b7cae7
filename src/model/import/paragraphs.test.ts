import { describe, expect, it } from 'vitest';
import { readTextLines } from './source.ts';
import { toParagraphs } from './paragraphs.ts';

describe('toParagraphs', () => {
  it('joins a long run of lines broken mid-sentence into one paragraph', () => {
    const broken = Array.from(
      { length: 5000 },
      (_, i) => `政府信息公开工作稳步推进各类信息发布及时准确abc${i}`,
    );
    const [paragraph, ...rest] = toParagraphs(readTextLines(broken.join('\n')), 'text');
    expect(rest).toEqual([]);
    expect(paragraph?.text).toBe(broken.join(''));
    expect(paragraph?.line.line).toBe(1);
  });

  it('keeps a numbered heading without a sentence apart from the line after it', () => {
    const text = '（一）人大代表建议和政协提案办理结果公开情况\n本年度共办理建议提案二十件';
    const paragraphs = toParagraphs(readTextLines(text), 'text');
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(text.split('\n'));
  });
});
