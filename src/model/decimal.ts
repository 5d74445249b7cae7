// Exact decimal amounts. Money is kept as a canonical decimal string ("12.5") and computed on as a
// bigint of a fixed number of decimal places, so sums never drift the way binary floats do.

/** A canonical non-negative decimal: no sign, no leading zeros, no trailing fractional zeros. */
export const canonicalDecimalPattern = /^(0|[1-9]\d*)(\.\d*[1-9])?$/;

/** `"12.30"` → `"12.3"`, `"007"` → `"7"`; undefined when the text is not a plain decimal. */
export function canonicalDecimal(text: string): string | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  const whole = (match[1] ?? '').replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

export function fractionDigits(decimal: string): number {
  const dot = decimal.indexOf('.');
  return dot < 0 ? 0 : decimal.length - dot - 1;
}

/** The decimal as an integer count of 10^-scale units; digits beyond `scale` must not exist. */
export function toScaledInteger(decimal: string, scale: number): bigint {
  const [whole = '0', fraction = ''] = decimal.split('.');
  if (fraction.length > scale) {
    throw new RangeError(`${decimal} has more than ${scale} decimal places`);
  }
  return BigInt(whole + fraction.padEnd(scale, '0'));
}

export function fromScaledInteger(units: bigint, scale: number): string {
  const digits = units.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  return canonicalDecimal(scale ? `${whole}.${digits.slice(-scale)}` : whole) ?? '0';
}
