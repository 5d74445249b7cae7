import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDecimal, fromScaledInteger, toScaledInteger } from './decimal.ts';

describe('exact decimals', () => {
  it.each([
    ['12.30', '12.3'],
    ['007', '7'],
    ['0.000', '0'],
    ['1.', undefined],
    ['.5', undefined],
    ['1e3', undefined],
  ])('canonicalises %j as %j', (text, canonical) => {
    expect(canonicalDecimal(text)).toBe(canonical);
  });

  it('adds 0.1 and 0.2 to exactly 0.3, unlike binary floats', () => {
    const sum = toScaledInteger('0.1', 6) + toScaledInteger('0.2', 6);
    expect(fromScaledInteger(sum, 6)).toBe('0.3');
  });

  it('refuses to drop digits beyond the scale', () => {
    expect(() => toScaledInteger('0.1234567', 6)).toThrow(RangeError);
  });

  it('round-trips every amount through scaled integers', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), (units) => {
        const text = fromScaledInteger(units, 6);
        expect(canonicalDecimal(text)).toBe(text);
        expect(toScaledInteger(text, 6)).toBe(units);
      }),
    );
  });
});
