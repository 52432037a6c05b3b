/**
 * The fixes of the shapes of a slide, layout or master, in one scan of the part: each paragraph
 * keeps one `<a:pPr>` (package-paragraphs.ts), run properties point a paired Chinese face's latin
 * slot at its Latin face (package-fonts.ts), and the title text box becomes the title placeholder
 * (package-placeholders.ts). Each fix used to be a pass over the whole part, and every pass that
 * changed something (font pairs change every run) left a new string of the part for the next one
 * to flatten: four copies of each slide where two (pptxgenjs's text flattened, and the result) are
 * enough. At 10× the seed the package pass allocated 24 MB instead of 20 (sampling heap profiler)
 * and the slide fixes took ~17% less time (--cpu-prof).
 *
 * The scan applies the fixes element by element, in the order the passes ran. They cannot get in
 * each other's way: a paragraph holds run properties but no shape, run properties hold neither,
 * and none of the fixes writes or removes the tags the title pattern is made of, so the title
 * pattern finds in the part as pptxgenjs wrote it what it found after the other fixes.
 */
import { applyPairsToRunProperties, prepareFontPairs, RUN_PROPERTY_ELEMENTS, type FontPair, type PreparedFontPair } from './package-fonts.js';
import { keepFirstParagraphProperties } from './package-paragraphs.js';
import { markTitlePlaceholders, TITLE_SHAPE } from './package-placeholders.js';
import { elementSource, replaceMatches, withContent } from './package-xml.js';

/** Groups 1–3 of TEXT_ITEM and PART_ITEM. */
const PARAGRAPH = elementSource('a:p', 1);
/** Groups 4–6 of TEXT_ITEM and PART_ITEM. */
const RUN_PROPERTIES = elementSource(RUN_PROPERTY_ELEMENTS, 4);
/** What a shape's text holds that the fixes change: paragraphs, and run properties outside them (list styles). */
const TEXT_ITEM = new RegExp(`${PARAGRAPH}|${RUN_PROPERTIES}`, 'g');
/** TEXT_ITEM, or a title text box (group 7): a title is fixed as a whole. */
const PART_ITEM = new RegExp(`${PARAGRAPH}|${RUN_PROPERTIES}|(${TITLE_SHAPE.source})`, 'g');
const TITLE_GROUP = 7;
/** Run properties inside a paragraph, as groups 1–3. */
const RUN_PROPERTIES_ITEM = new RegExp(elementSource(RUN_PROPERTY_ELEMENTS, 1), 'g');

/** A paragraph's content with one `<a:pPr>`, then font pairs applied to what is left of it. */
function fixParagraphContent(content: string, pairs: readonly PreparedFontPair[]): string {
  const kept = keepFirstParagraphProperties(content);
  if (pairs.length === 0) return kept;
  return replaceMatches(kept, RUN_PROPERTIES_ITEM, (run) => withContent(run, 1, applyPairsToRunProperties(run[3] ?? '', pairs)));
}

/** A paragraph or run-properties element that TEXT_ITEM or PART_ITEM matched, fixed. */
function fixTextItem(match: RegExpExecArray, pairs: readonly PreparedFontPair[]): string {
  if (match[1] !== undefined) return withContent(match, 1, fixParagraphContent(match[3] ?? '', pairs));
  return pairs.length === 0 ? match[0] : withContent(match, 4, applyPairsToRunProperties(match[6] ?? '', pairs));
}

/**
 * What removeStrayParagraphProperties, applyFontPairs (with `fontPairs`) and
 * markTitlePlaceholders (with `isLayout`), one after the other, make of a slide, layout or master
 * part.
 */
export function fixSlideShapes(xml: string, fontPairs: readonly FontPair[], isLayout: boolean): string {
  const pairs = prepareFontPairs(fontPairs);
  return replaceMatches(xml, PART_ITEM, (match) => {
    if (match[TITLE_GROUP] === undefined) return fixTextItem(match, pairs);
    // A title is marked once its text is fixed, as the passes did: a layout's title copies its
    // fixed run properties into its list style.
    const text = replaceMatches(match[0], TEXT_ITEM, (item) => fixTextItem(item, pairs));
    return markTitlePlaceholders(text, isLayout);
  });
}
