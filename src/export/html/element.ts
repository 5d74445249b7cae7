// A small element tree for the printed report. Renderers build trees, tests inspect them (spans,
// texts, classes) before they become a string, and serialising is the one place that escapes.

import { escapeHtml } from './escape.ts';

export type AttributeValue = string | number | boolean | undefined;
export type Attributes = Readonly<Record<string, AttributeValue>>;

export interface Element {
  readonly tag: string;
  readonly attributes: Attributes;
  readonly children: readonly Node[];
}

/** Text is kept as typed and escaped only when serialised. */
export type Node = Element | string;

/** What `h` accepts as children: absent parts and nested lists are dropped or flattened. */
export type Child = Node | null | undefined | false | readonly Child[];

const isChildList = (child: Child): child is readonly Child[] => Array.isArray(child);

function flatten(children: readonly Child[], into: Node[]): Node[] {
  for (const child of children) {
    if (child === null || child === undefined || child === false || child === '') continue;
    if (isChildList(child)) flatten(child, into);
    else into.push(child);
  }
  return into;
}

export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): Element {
  return { tag, attributes, children: flatten(children, []) };
}

export const isElement = (node: Node): node is Element => typeof node !== 'string';

const voidTags = new Set(['br', 'col', 'meta', 'hr']);

const attributeNamePattern = /^[a-z][a-z0-9-]*$/;

/** Attribute names are written by our code, never by report text; values are escaped. */
function serializeAttributes(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => {
      if (!attributeNamePattern.test(name)) throw new Error(`not an attribute name: ${name}`);
      return value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
    })
    .join('');
}

export function serializeNode(node: Node): string {
  if (!isElement(node)) return escapeHtml(node);
  const open = `<${node.tag}${serializeAttributes(node.attributes)}>`;
  if (voidTags.has(node.tag)) return open;
  return `${open}${node.children.map(serializeNode).join('')}</${node.tag}>`;
}
