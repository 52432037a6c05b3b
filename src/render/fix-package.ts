/**
 * One pass over the parts that pptxgenjs writes, turning them into clean, reproducible OOXML: the
 * structural faults of pptxgenjs 4.0.1 (each package-*.ts module names the one it fixes), unescaped values,
 * characters XML forbids, ASCII part names, unique shape ids, document properties, the theme
 * parts (one per master), the notes page size, speaker-note fonts, Latin faces for Chinese runs,
 * and a deterministic DEFLATE zip. huibao draws no charts, so chart parts and
 * their embedded workbooks never reach this pass. Each
 * fix is a pure function in a `package-*.ts` module; this file only decides which part gets which.
 * The zip carries huibao's mark (deck-mark.ts), so a rebuild can tell whether the deck was edited.
 */
import type { PackagePart } from '../ooxml/package-zip.js';
import { typefacesIn, writeAppProperties } from './package-app-properties.js';
import { removeMissingOverrides } from './package-content-types.js';
import { escapeCompany, writeCoreProperties } from './package-doc-props.js';
import { escapeTypefaces } from './package-fonts.js';
import { fixNotesRuns } from './package-notes.js';
import { removeStrayParagraphProperties } from './package-paragraphs.js';
import { separateNotesMasterThemes } from './package-notes-theme.js';
import { asciiPartNames, renameOverrides, renameRelationshipTargets } from './package-part-names.js';
import { numberSectionIds, orderPresentationChildren, standardNotesSize } from './package-presentation.js';
import { uniqueShapeIds } from './package-shape-ids.js';
import { fixSlideShapes } from './package-slide.js';
import { rewriteTheme } from './package-theme.js';
import type { PackageTheme } from './package-theme.js';
import { escapeStrayAmpersands, stripIllegalXmlCharacters } from './package-xml.js';
import { referenceMark, writeMarkedPackageParts } from './deck-mark.js';

export interface PackageOptions {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  /** BCP 47 tag for `dc:language` and speaker notes, e.g. `zh-CN`. */
  readonly language: string;
  /** Written as created and modified in docProps/core.xml and as every zip entry's date. */
  readonly modified: Date;
  /** Written into every theme part (ppt/theme/themeN.xml) so slides added by hand match. */
  readonly theme: PackageTheme;
  /**
   * Runs whose typeface is `eastAsian` get `<a:latin typeface=latin>` instead (pptxgenjs writes
   * one face into all slots).
   */
  readonly fontPairs: readonly { readonly eastAsian: string; readonly latin: string }[];
}

/** What the fix of one part may need to know about the others. */
export interface PackageContext {
  /** Every part's (final) name. */
  readonly partNames: readonly string[];
  /** Parts given an ASCII name: old name → new name. */
  readonly renames: ReadonlyMap<string, string>;
  /** The fonts the deck uses, for docProps/app.xml: known once every part that names fonts is fixed. */
  readonly fonts: () => readonly string[];
}

const SLIDE_LIKE_PART = /^ppt\/(?:slides|slideLayouts|slideMasters)\/[^/]+\.xml$/;
const NOTES_SLIDE_PART = /^ppt\/notesSlides\/[^/]+\.xml$/;
const NOTES_MASTER_PART = /^ppt\/notesMasters\/[^/]+\.xml$/;
const THEME_PART = /^ppt\/theme\/theme\d+\.xml$/;
const APP_PROPERTIES_PART = 'docProps/app.xml';

function isXmlPart(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels');
}

/** The fix specific to one part, after the fixes every XML part gets. */
function fixPart(name: string, xml: string, options: PackageOptions, context: PackageContext): string {
  if (name === '[Content_Types].xml') return removeMissingOverrides(renameOverrides(xml, context.renames), context.partNames);
  if (name.endsWith('.rels')) return renameRelationshipTargets(xml, name, context.renames);
  if (name === 'ppt/presentation.xml') return standardNotesSize(numberSectionIds(orderPresentationChildren(xml)));
  if (name === 'docProps/core.xml') return writeCoreProperties(options);
  if (name === APP_PROPERTIES_PART) return writeAppProperties(escapeCompany(xml), { fonts: context.fonts(), themeName: options.theme.name });
  if (THEME_PART.test(name)) return rewriteTheme(xml, options.theme);
  if (SLIDE_LIKE_PART.test(name)) {
    return uniqueShapeIds(fixSlideShapes(xml, options.fontPairs, name.startsWith('ppt/slideLayouts/')));
  }
  if (NOTES_SLIDE_PART.test(name)) {
    return uniqueShapeIds(fixNotesRuns(removeStrayParagraphProperties(xml), options.language, options.theme.minorFont));
  }
  if (NOTES_MASTER_PART.test(name)) return uniqueShapeIds(removeStrayParagraphProperties(xml));
  if (name.startsWith('ppt/')) return removeStrayParagraphProperties(xml);
  return xml;
}

/** Fixes every part can take: escaping comes first so later fixes see well-formed values. */
export function fixXmlPart(name: string, xml: string, options: PackageOptions, context: PackageContext): string {
  const wellFormed = escapeStrayAmpersands(escapeTypefaces(stripIllegalXmlCharacters(xml)));
  return fixPart(name, wellFormed, options, context);
}

const decoder = new TextDecoder('utf-8');

function textOf(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : decoder.decode(data);
}

/** Parts whose fonts docProps/app.xml lists. */
function namesFonts(name: string): boolean {
  return SLIDE_LIKE_PART.test(name) || NOTES_SLIDE_PART.test(name) || NOTES_MASTER_PART.test(name);
}

/**
 * The fonts the fixed deck names, in the order app.xml lists them: the theme's, then those of its
 * shapes and notes as the fixed parts name them (`named`, in part order), then the Latin face of
 * each font pair whose Chinese face is used.
 */
export function fontsUsed(named: ReadonlySet<string>, options: PackageOptions): string[] {
  const { majorFont, minorFont } = options.theme;
  const paired = options.fontPairs.filter((pair) => named.has(pair.eastAsian)).map((pair) => pair.latin);
  return [...new Set([majorFont.latin, majorFont.eastAsian, minorFont.latin, minorFont.eastAsian, ...named, ...paired])].filter((face) => face !== '');
}

/**
 * The fixed deck from the parts pptxgenjs wrote (renderDeck) or read from a zip. Parts are fixed,
 * encoded and compressed one at a time, so a large deck is never held uncompressed twice.
 * docProps/app.xml comes last: it lists the fonts the other parts name once fixed, read as they
 * are fixed rather than in a pass of their own over every slide.
 */
export async function fixPackage(parts: readonly PackagePart[], options: PackageOptions): Promise<Uint8Array> {
  const separated = separateNotesMasterThemes(parts);
  const renames = asciiPartNames(separated.map((part) => part.name));
  const renamed = separated.map((part) => ({ name: renames.get(part.name) ?? part.name, data: part.data }));
  const named = new Set<string>();
  const context: PackageContext = { partNames: renamed.map((part) => part.name), renames, fonts: () => fontsUsed(named, options) };
  const encoder = new TextEncoder();
  return writeMarkedPackageParts(
    renamed,
    async (part) => {
      if (!isXmlPart(part.name)) return typeof part.data === 'string' ? encoder.encode(part.data) : part.data;
      const fixed = fixXmlPart(part.name, textOf(part.data), options, context);
      if (namesFonts(part.name)) for (const face of typefacesIn(fixed)) named.add(face);
      return encoder.encode(referenceMark(part.name, fixed));
    },
    options.modified,
    (name) => name === APP_PROPERTIES_PART,
  );
}
