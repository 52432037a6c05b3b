import { listChildElementsShallow, mapElementContent } from './package-xml.js';

/**
 * pptxgenjs 4.0.1 writes an `<a:pPr>` before every run of a multi-run paragraph; the schema allows
 * one, first in `<a:p>`, and PowerPoint 2016 is reported to reject the file (PptxGenJS PR #1083).
 * Keeps the first `<a:pPr>` of each paragraph, moved to the front if a run precedes it, and drops
 * the others: they repeat the first one's bullet and indent, which belong to the paragraph anyway.
 */
export function removeStrayParagraphProperties(xml: string): string {
  if (!xml.includes('<a:pPr')) return xml;
  return mapElementContent(xml, 'a:p', keepFirstParagraphProperties);
}

/** The content of one `<a:p>` with its first `<a:pPr>` only, at the front (see above). */
export function keepFirstParagraphProperties(content: string): string {
  // No `<a:pPr` at all, or one that opens the paragraph: nothing to move or drop, whatever the
  // children are, so most paragraphs (one run, or none) are not parsed into elements. Listing
  // every paragraph's children was ~6 MB of garbage at 10× the seed (sampling heap profile).
  const firstAt = content.indexOf('<a:pPr');
  if (firstAt === -1 || (firstAt === 0 && !content.includes('<a:pPr', 1))) return content;
  const children = listChildElementsShallow(content, 0, content.length);
  const properties = children.filter((child) => child.name === 'a:pPr');
  const first = properties[0];
  if (first === undefined) return content;
  if (properties.length === 1 && children[0] === first) return content;
  const kept = content.slice(first.start, first.end);
  let rest = '';
  let cursor = 0;
  for (const child of properties) {
    rest += content.slice(cursor, child.start);
    cursor = child.end;
  }
  rest += content.slice(cursor);
  return kept + rest;
}
