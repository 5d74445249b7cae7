import { describe, expect, it } from 'vitest';
import { copyName } from './copyName.ts';

describe('copyName', () => {
  it('names the first copy 「（副本）」 and the next ones 「（副本2）」…', () => {
    expect(copyName('某局', ['某局'])).toBe('某局（副本）');
    expect(copyName('某局', ['某局', '某局（副本）'])).toBe('某局（副本2）');
    expect(copyName('某局', ['某局', '某局（副本）', '某局（副本2）'])).toBe('某局（副本3）');
  });

  it('counts a copy of a copy on from the original’s name', () => {
    expect(copyName('某局（副本）', ['某局', '某局（副本）'])).toBe('某局（副本2）');
  });
});
