// Numbers as reports write them: Arabic digits (half- or full-width, with thousands commas) and
// Chinese numerals (两, 十二, 一百零三, 三万五千). Patterns embed `numberSource`; `readNumber` reads
// what it matched.

/** One number, Arabic or Chinese; a full-width comma is a clause break, never a thousands mark. */
export const numberSource =
  '(?:[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万]+)';

const chineseDigits: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const chineseUnits: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * 十二 → 12, 一百零三 → 103, 两千 → 2000, 三万五千 → 35000. Digits strung together without units
 * (二零二四, a year) are not a count and give undefined.
 */
function readChineseNumber(text: string): number | undefined {
  let total = 0; // whole 万 already read
  let section = 0; // below 万
  let digit: number | undefined;
  for (const ch of text) {
    const value = chineseDigits[ch];
    if (value !== undefined) {
      // Only 零 may stand before another digit (一百零三); 二零二四 is a year read out.
      if (digit !== undefined && digit !== 0) return undefined;
      digit = value;
      continue;
    }
    if (ch === '万') {
      section += digit ?? 0;
      if (section === 0) return undefined;
      total = (total + section) * 10000;
      section = 0;
      digit = undefined;
      continue;
    }
    const unit = chineseUnits[ch];
    if (unit === undefined) return undefined;
    // 十二 has no digit before 十; elsewhere a unit without a digit (百 alone) is not a number.
    if (digit === undefined && unit !== 10) return undefined;
    section += (digit || (unit === 10 ? 1 : 0)) * unit;
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}

const fullWidthDigit = /[０-９．]/g;

/** The value of a number `numberSource` matched; undefined when it is not a plain number. */
export function readNumber(text: string): number | undefined {
  if (/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return readChineseNumber(text);
  const plain = text
    .replace(fullWidthDigit, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replaceAll(',', '');
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}
