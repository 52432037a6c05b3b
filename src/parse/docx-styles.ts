/**
 * Paragraph styles from `styles.xml`: which styles are headings (and at what level), which one is
 * the document title, and which carry list numbering. Heading styles may be the built-in ones
 * (`heading 1`, named `标题 1` by WPS), or custom styles that set an outline level.
 */
import { childElements, firstChild, valOf, type XmlElement } from '../ooxml/xml-reader.js';

export interface NumberingReference {
  readonly numId: string | undefined;
  readonly level: number | undefined;
}

interface RawStyle {
  readonly name: string;
  readonly basedOn: string | undefined;
  readonly outlineLevel: number | undefined;
  readonly numbering: NumberingReference | undefined;
}

export interface ParagraphStyle {
  /** 1-based heading level, or null for body text. */
  readonly headingLevel: number | null;
  readonly isTitle: boolean;
  /** `toc 1`… entries repeat the headings with page numbers; they are not part of the text. */
  readonly isTableOfContents: boolean;
  readonly numbering: NumberingReference | undefined;
}

export type StyleSheet = ReadonlyMap<string, ParagraphStyle>;

export const NO_STYLES: StyleSheet = new Map();

export function readStyleSheet(root: XmlElement): StyleSheet {
  const raw = new Map<string, RawStyle>();
  for (const style of childElements(root, 'w:style')) {
    const id = style.attrs['w:styleId'];
    if (id === undefined || (style.attrs['w:type'] ?? 'paragraph') !== 'paragraph') continue;
    const pPr = firstChild(style, 'w:pPr');
    raw.set(id, {
      name: valOf(style, 'w:name') ?? id,
      basedOn: valOf(style, 'w:basedOn'),
      outlineLevel: parseOutlineLevel(valOf(pPr, 'w:outlineLvl')),
      numbering: readNumberingReference(pPr),
    });
  }
  const sheet = new Map<string, ParagraphStyle>();
  for (const id of raw.keys()) sheet.set(id, resolveStyle(id, raw));
  return sheet;
}

function resolveStyle(id: string, raw: ReadonlyMap<string, RawStyle>): ParagraphStyle {
  const chain: RawStyle[] = [];
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const style = raw.get(current);
    if (style === undefined) break;
    chain.push(style);
    current = style.basedOn;
  }
  const own = chain[0];
  const named = own === undefined ? null : headingLevelFromName(own.name);
  const outlineLevel = chain.find((style) => style.outlineLevel !== undefined)?.outlineLevel;
  const numbering = chain.find((style) => style.numbering !== undefined)?.numbering;
  return {
    headingLevel: named ?? (outlineLevel === undefined || outlineLevel > 8 ? null : outlineLevel + 1),
    isTitle: own !== undefined && /^(title|标题)$/i.test(own.name.trim()),
    isTableOfContents: own !== undefined && /^(toc|目录)\s*\d$/i.test(own.name.trim()),
    numbering,
  };
}

function headingLevelFromName(name: string): number | null {
  const match = /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim());
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** `w:outlineLvl` is 0-based; 9 means body text (and overrides a heading it is based on). */
export function parseOutlineLevel(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const level = Number.parseInt(value, 10);
  return Number.isInteger(level) && level >= 0 && level <= 9 ? level : undefined;
}

export function readNumberingReference(pPr: XmlElement | undefined): NumberingReference | undefined {
  const numPr = firstChild(pPr, 'w:numPr');
  if (numPr === undefined) return undefined;
  const level = valOf(numPr, 'w:ilvl');
  return { numId: valOf(numPr, 'w:numId'), level: level === undefined ? undefined : Number.parseInt(level, 10) };
}
