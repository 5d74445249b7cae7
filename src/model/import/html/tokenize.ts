// A tolerant HTML tokenizer: start and end tags with their attributes, and text with its character
// references decoded. Comments, doctypes and the contents of script and style are dropped. Nothing
// in a page can make it throw; a stray '<' is text.

import { decodeEntities } from './entities.ts';

export type HtmlToken =
  | {
      readonly type: 'start';
      readonly name: string;
      readonly attributes: Readonly<Record<string, string>>;
    }
  | { readonly type: 'end'; readonly name: string }
  | { readonly type: 'text'; readonly text: string };

/** Elements whose content is not markup; script and style content is not text either. */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed']);
const droppedRawText = new Set(['script', 'style', 'noembed']);

const tagName = /[a-zA-Z][^\s/>]*/y;
const attribute = /\s*([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?/y;

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let position = 0;
  const pushText = (text: string) => {
    if (text !== '') tokens.push({ type: 'text', text: decodeEntities(text) });
  };
  while (position < html.length) {
    const open = html.indexOf('<', position);
    if (open < 0) {
      pushText(html.slice(position));
      break;
    }
    pushText(html.slice(position, open));
    position = readMarkup(html, open, tokens, pushText);
  }
  return tokens;
}

/** Reads the markup starting at `open` (a '<'), pushes its token, and returns where text resumes. */
function readMarkup(
  html: string,
  open: number,
  tokens: HtmlToken[],
  pushText: (text: string) => void,
): number {
  if (html.startsWith('<!--', open)) return skipPast(html, '-->', open + 4);
  const next = html.charAt(open + 1);
  if (next === '!' || next === '?') return skipPast(html, '>', open + 2);
  const isEnd = next === '/';
  tagName.lastIndex = open + (isEnd ? 2 : 1);
  const match = tagName.exec(html);
  if (!match) {
    if (isEnd) return skipPast(html, '>', open + 2);
    pushText('<');
    return open + 1;
  }
  const name = match[0].toLowerCase();
  if (isEnd) {
    tokens.push({ type: 'end', name });
    return skipPast(html, '>', tagName.lastIndex);
  }
  const { attributes, end } = readAttributes(html, tagName.lastIndex);
  tokens.push({ type: 'start', name, attributes });
  if (!rawTextElements.has(name)) return end;
  const close = findClosingTag(html, name, end);
  if (!droppedRawText.has(name)) pushText(html.slice(end, close));
  tokens.push({ type: 'end', name });
  return skipPast(html, '>', close);
}

function readAttributes(
  html: string,
  from: number,
): { attributes: Record<string, string>; end: number } {
  const attributes: Record<string, string> = {};
  let position = from;
  while (position < html.length) {
    const char = html.charAt(position);
    if (char === '>') return { attributes, end: position + 1 };
    if (char === '/' || /\s/u.test(char)) {
      position++;
      continue;
    }
    attribute.lastIndex = position;
    const match = attribute.exec(html);
    if (!match || attribute.lastIndex === position) {
      position++;
      continue;
    }
    const name = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (!Object.hasOwn(attributes, name)) attributes[name] = decodeEntities(value);
    position = attribute.lastIndex;
  }
  return { attributes, end: html.length };
}

const closingTags = new Map<string, RegExp>();

/** Where the raw text of `name` ends: its closing tag, in any letter case, or the end of the page. */
function findClosingTag(html: string, name: string, from: number): number {
  let pattern = closingTags.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}(?=[\\s/>]|$)`, 'giu');
    closingTags.set(name, pattern);
  }
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? html.length;
}

function skipPast(html: string, marker: string, from: number): number {
  const found = html.indexOf(marker, from);
  return found < 0 ? html.length : found + marker.length;
}
