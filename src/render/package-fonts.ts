import { decodeXmlEntities, escapeRawValue, escapeXml, mapElementContent, replaceChanged } from './package-xml.js';

/** Elements with a `typeface` attribute that pptxgenjs fills from user input. */
const TYPEFACE_ATTRIBUTE = /(<a:(?:latin|ea|cs|sym|buFont|font)\s+(?:[\w:]+="[^"]*"\s+)*typeface=")([\s\S]*?)("(?=\s+[\w:]+="|\s*\/?>))/g;

/**
 * A `typeface="` whose value escapeTypefaces could change: one with `&`, `<` or `>` before its
 * first quote, or whose first quote does not end the attribute (so the value holds a quote).
 * Without one, every value TYPEFACE_ATTRIBUTE finds ends at its first quote and holds nothing to
 * escape, and one scan for this replaces matching each of the deck's ~6000 typefaces (10× the
 * seed: ~3 MB of match arrays).
 */
const TYPEFACE_TO_ESCAPE = /typeface="[^"&<>]*(?:[&<>]|"(?!\s+[\w:]+="|\s*\/?>))/;

/**
 * pptxgenjs writes `fontFace` into `typeface="…"` without escaping, so a font named `A&B` breaks
 * the part. The value ends at the first quote that is followed by another attribute or the end
 * of the tag, which recovers names containing `&`, `<`, `>` and most stray quotes.
 */
export function escapeTypefaces(xml: string): string {
  if (!TYPEFACE_TO_ESCAPE.test(xml)) return xml;
  return replaceChanged(xml, TYPEFACE_ATTRIBUTE, (whole, before = '', value = '', after = '') => {
    const escaped = escapeRawValue(value);
    return escaped === value ? whole : before + escaped + after;
  });
}

export interface FontPair {
  readonly eastAsian: string;
  readonly latin: string;
}

/** The elements whose typefaces a font pair changes. */
export const RUN_PROPERTY_ELEMENTS = ['a:rPr', 'a:defRPr', 'a:endParaRPr'] as const;
const LATIN_SLOT = /<a:latin\s+typeface="([^"]*)"([^>]*?)\/>/;

/**
 * pptxgenjs writes one face into the latin, ea and cs slots, so a Chinese face also draws digits
 * and Latin letters. For each pair, points the latin slot at the Latin face and leaves ea and cs
 * alone; a run without an ea slot gets one, so the Chinese face is not lost. Run after
 * `escapeTypefaces` (values must be well-formed to be compared).
 */
export function applyFontPairs(xml: string, pairs: readonly FontPair[]): string {
  if (pairs.length === 0 || !xml.includes('<a:latin')) return xml;
  const prepared = prepareFontPairs(pairs);
  return mapElementContent(xml, RUN_PROPERTY_ELEMENTS, (content) => applyPairsToRunProperties(content, prepared));
}

/** A font pair with its faces escaped as the fix writes them: once per part, not once per run. */
export interface PreparedFontPair extends FontPair {
  readonly latinXml: string;
  readonly eastAsianXml: string;
}

export function prepareFontPairs(pairs: readonly FontPair[]): PreparedFontPair[] {
  return pairs.map((pair) => ({ eastAsian: pair.eastAsian, latin: pair.latin, latinXml: escapeXml(pair.latin), eastAsianXml: escapeXml(pair.eastAsian) }));
}

/** applyFontPairs on the content of one run-properties element (RUN_PROPERTY_ELEMENTS). */
export function applyPairsToRunProperties(content: string, pairs: readonly PreparedFontPair[]): string {
  const match = LATIN_SLOT.exec(content);
  if (match === null) return content;
  const face = decodeXmlEntities(match[1] ?? '');
  const pair = pairs.find((candidate) => candidate.eastAsian === face);
  if (pair === undefined) return content;
  const latin = `<a:latin typeface="${pair.latinXml}"${match[2] ?? ''}/>`;
  const eastAsian = /<a:ea[\s/>]/.test(content) ? '' : `<a:ea typeface="${pair.eastAsianXml}"/>`;
  return content.slice(0, match.index) + latin + eastAsian + content.slice(match.index + match[0].length);
}
