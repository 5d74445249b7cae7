import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportText } from './parse.ts';
import { parseCellInput } from './values.ts';

const fixture = readFileSync(new URL('./fixtures/sample-schema-v1.json', import.meta.url), 'utf8');
const withCell = (literal: string) =>
  fixture.replace('"t2.rules.issued": 0', `"t2.rules.issued": ${literal}`);

function messagesFor(literal: string): string[] {
  const parsed = parseReportText(withCell(literal));
  return parsed.ok ? [] : parsed.problems.map((problem) => problem.message);
}

describe('numbers a file cannot hold exactly are refused, naming the cell', () => {
  it('refuses a count past 2^53 instead of reading it one less', () => {
    const [message, ...rest] = messagesFor('9007199254740993');
    expect(rest).toEqual([]);
    expect(message).toMatch(/^表二.*数字超过 9007199254740991/u);
    expect(message).not.toContain('9007199254740992');
  });

  it('describes 1e400 as a number out of range, not as null', () => {
    const [message] = messagesFor('1e400');
    expect(message).toContain('数字超出范围');
    expect(message).not.toContain('null');
  });

  it('refuses a typed count past 2^53 with a message saying the limit', () => {
    expect(parseCellInput('count', '9007199254740993')).toEqual({
      ok: false,
      message: '数字过大，件数不能超过 9007199254740991',
    });
  });
});
