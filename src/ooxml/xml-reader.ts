/**
 * A small, strict XML reader for the OOXML parts we read: WordprocessingML (document, styles,
 * numbering) and a template's PresentationML and theme parts. Those parts are machine-written, namespace prefixes are fixed by convention (`w:`,
 * `mc:`), and we only need elements, attributes and text, so a full XML library would add weight
 * without adding safety. Anything it cannot read is reported as malformed, never guessed.
 */
import { ResourceBudget } from '../resource-budget.js';

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

export class MalformedXmlError extends Error {
  override readonly name = 'MalformedXmlError';
}

interface OpenElement {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlNode[];
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** What parsing spends per element (src/resource-budget.ts): too many or too deep stops it. */
export interface ElementBudget {
  spendElement(depth: number, where?: string): void;
}

/**
 * Parses a whole XML document and returns its root element. Every element is charged to `budget`
 * with its depth, so the recursive readers after this never meet a tree deeper than its limit.
 * `where` names the part in messages.
 */
export function parseXml(xml: string, budget: ElementBudget = new ResourceBudget('XML'), where?: string): XmlElement {
  const root: OpenElement = { name: '#document', attrs: {}, children: [] };
  const stack: OpenElement[] = [root];
  for (const match of xml.matchAll(TOKEN)) {
    const [, cdata, closing, name, rawAttrs, selfClosing, text, strayBracket] = match;
    const parent = stack[stack.length - 1] ?? root;
    if (strayBracket !== undefined) throw new MalformedXmlError(`unexpected "<" at ${match.index}`);
    if (cdata !== undefined) parent.children.push(cdata);
    else if (text !== undefined) {
      if (stack.length > 1) parent.children.push(decodeEntities(text));
    } else if (name !== undefined) {
      if (closing === '/') {
        if (parent.name !== name || stack.length === 1) throw new MalformedXmlError(`unexpected </${name}>`);
        stack.pop();
      } else {
        budget.spendElement(stack.length, where);
        const element: OpenElement = { name, attrs: parseAttributes(rawAttrs ?? ''), children: [] };
        parent.children.push(element);
        if (selfClosing !== '/') stack.push(element);
      }
    }
  }
  if (stack.length !== 1) throw new MalformedXmlError('unclosed elements at end of document');
  const top = root.children.find(isElement);
  if (top === undefined) throw new MalformedXmlError('no root element');
  return top;
}

function parseAttributes(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of raw.matchAll(ATTRIBUTE)) {
    const [, key, doubleQuoted, singleQuoted] = match;
    if (key !== undefined) attrs[key] = decodeEntities(doubleQuoted ?? singleQuoted ?? '');
  }
  return attrs;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (entity, body: string) => {
    if (body.startsWith('#x')) return safeFromCodePoint(Number.parseInt(body.slice(2), 16), entity);
    if (body.startsWith('#')) return safeFromCodePoint(Number.parseInt(body.slice(1), 10), entity);
    return NAMED_ENTITIES[body] ?? entity;
  });
}

function safeFromCodePoint(codePoint: number, fallback: string): string {
  return Number.isInteger(codePoint) && codePoint >= 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : fallback;
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((node): node is XmlElement => isElement(node) && (name === undefined || node.name === name));
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element === undefined ? undefined : childElements(element, name)[0];
}

/** `w:val` of a child element, e.g. `valOf(pPr, 'w:pStyle')`. */
export function valOf(element: XmlElement | undefined, childName: string): string | undefined {
  return firstChild(element, childName)?.attrs['w:val'];
}
