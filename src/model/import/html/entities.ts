// Character references in HTML text and attribute values. The named ones are those Chinese
// government pages and office-suite exports actually use; an unknown name is left as written.

const named: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwsp: '\u200B',
  zwj: '\u200D',
  zwnj: '\u200C',
  shy: '\u00AD',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  bull: '•',
  times: '×',
  divide: '÷',
  plusmn: '±',
  deg: '°',
  copy: '©',
  reg: '®',
  trade: '™',
  yen: '¥',
  sect: '§',
  para: '¶',
  permil: '‰',
  rarr: '→',
  larr: '←',
  uarr: '↑',
  darr: '↓',
  le: '≤',
  ge: '≥',
  ne: '≠',
  minus: '−',
};

/** References that browsers accept without the closing semicolon. */
const legacyWithoutSemicolon = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

const reference = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}))(;?)/gu;

function fromCodePoint(code: number): string {
  const isValid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return isValid ? String.fromCodePoint(code) : '\uFFFD';
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(reference, (whole, decimal, hex, name, semicolon) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(String(decimal), 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(String(hex), 16));
    const key = String(name);
    const character = named[key];
    if (character === undefined) return whole;
    if (semicolon === '' && !legacyWithoutSemicolon.has(key)) return whole;
    return character;
  });
}
