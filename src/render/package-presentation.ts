import { findRootContent, listChildElements } from './package-xml.js';

/** Children of `p:presentation` in the order of CT_Presentation (ECMA-376 Part 1, pml.xsd). */
const PRESENTATION_CHILD_ORDER = [
  'p:sldMasterIdLst',
  'p:notesMasterIdLst',
  'p:handoutMasterIdLst',
  'p:sldIdLst',
  'p:sldSz',
  'p:notesSz',
  'p:smartTags',
  'p:embeddedFontLst',
  'p:custShowLst',
  'p:photoAlbum',
  'p:custDataLst',
  'p:kinsoku',
  'p:defaultTextStyle',
  'p:modifyVerifier',
  'p:extLst',
] as const;

function rankChild(name: string): number {
  const rank = PRESENTATION_CHILD_ORDER.indexOf(name as (typeof PRESENTATION_CHILD_ORDER)[number]);
  // Unknown children keep their relative order, before extLst (the schema's catch-all slot).
  return rank < 0 ? PRESENTATION_CHILD_ORDER.length - 1.5 : rank;
}

/**
 * pptxgenjs 4.0.1 puts `notesMasterIdLst` after `sldIdLst`; PowerPoint then shows no notes-page
 * thumbnails (PptxGenJS #1443, #1444). Sorts the root's children into schema order, stably.
 */
export function orderPresentationChildren(presentationXml: string): string {
  const root = findRootContent(presentationXml);
  if (root === undefined) return presentationXml;
  const children = listChildElements(presentationXml, root.contentStart, root.contentEnd);
  const sorted = children.map((child, index) => ({ child, index, rank: rankChild(child.name) })).sort((a, b) => a.rank - b.rank || a.index - b.index);
  if (sorted.every((entry, index) => entry.index === index)) return presentationXml;
  const content = sorted.map(({ child }) => presentationXml.slice(child.start, child.end)).join('');
  return presentationXml.slice(0, root.contentStart) + content + presentationXml.slice(root.contentEnd);
}

/**
 * pptxgenjs draws each section id from Math.random, so two builds of one deck differ. Section ids
 * only need to be unique GUIDs within the file: number them.
 */
export function numberSectionIds(presentationXml: string): string {
  let index = 0;
  return presentationXml.replace(/(<p14:section\s[^>]*?\bid=")\{[0-9A-Fa-f-]{36}\}(")/g, (_whole, before: string, after: string) => {
    index += 1;
    return `${before}{${formatSectionGuid(index)}}${after}`;
  });
}

function formatSectionGuid(index: number): string {
  return `8A3C5E10-0000-4000-8000-${index.toString(16).toUpperCase().padStart(12, '0')}`;
}

/** The notes page PowerPoint uses for every slide size: portrait 7.5 × 10 in (A4 and Letter print it). */
export const NOTES_PAGE_SIZE = { cx: 6858000, cy: 9144000 } as const;

/**
 * pptxgenjs gives the notes page the slide's size turned upright (7.5 × 13.33 in for 16:9), which
 * prints badly and matches nothing PowerPoint writes; its notes master is laid out for the
 * standard page already.
 */
export function standardNotesSize(presentationXml: string): string {
  return presentationXml.replace(/<p:notesSz\b[^>]*\/>/u, `<p:notesSz cx="${NOTES_PAGE_SIZE.cx}" cy="${NOTES_PAGE_SIZE.cy}"/>`);
}
