/**
 * One pass over the parts that pptxgenjs writes, turning them into clean, reproducible OOXML: the
 * structural faults of pptxgenjs 4.0.1 (see ../shared/PPTXGENJS-NOTES.md), unescaped values,
 * characters XML forbids, document properties, the theme part, speaker-note fonts, Latin faces
 * for Chinese runs, chart schema faults and build dates, and a deterministic DEFLATE zip. Each
 * fix is a pure function in a `package-*.ts` module; this file only decides which part gets which.
 */
import { fixChartSchema } from './package-charts.js';
import { removeMissingOverrides } from './package-content-types.js';
import { escapeCompany, writeCoreProperties } from './package-doc-props.js';
import { normalizeEmbeddedWorkbook } from './package-embeddings.js';
import { applyFontPairs, escapeTypefaces } from './package-fonts.js';
import { fixNotesRuns } from './package-notes.js';
import { removeStrayParagraphProperties } from './package-paragraphs.js';
import { markTitlePlaceholders } from './package-placeholders.js';
import { numberSectionIds, orderPresentationChildren } from './package-presentation.js';
import { rewriteTheme } from './package-theme.js';
import type { PackageTheme } from './package-theme.js';
import { escapeStrayAmpersands, stripIllegalXmlCharacters } from './package-xml.js';
import { writePackageParts, type PackagePart } from './package-zip.js';

export interface PackageOptions {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  /** BCP 47 tag for `dc:language` and speaker notes, e.g. `zh-CN`. */
  readonly language: string;
  /** Written as created and modified in docProps/core.xml and as every zip entry's date. */
  readonly modified: Date;
  /** Written into ppt/theme/theme1.xml so slides added by hand match. */
  readonly theme: PackageTheme;
  /**
   * Runs whose typeface is `eastAsian` get `<a:latin typeface=latin>` instead (pptxgenjs writes
   * one face into all slots).
   */
  readonly fontPairs: readonly { readonly eastAsian: string; readonly latin: string }[];
}

const SLIDE_LIKE_PART = /^ppt\/(?:slides|slideLayouts|slideMasters)\/[^/]+\.xml$/;
const NOTES_SLIDE_PART = /^ppt\/notesSlides\/[^/]+\.xml$/;
const CHART_PART = /^ppt\/charts\/chart[^/]*\.xml$/;
const EMBEDDED_WORKBOOK = /^ppt\/embeddings\/[^/]+\.xlsx$/;

function isXmlPart(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels');
}

/** The fix specific to one part, after the fixes every XML part gets. */
function fixPart(name: string, xml: string, options: PackageOptions, partNames: readonly string[]): string {
  if (name === '[Content_Types].xml') return removeMissingOverrides(xml, partNames);
  if (name === 'ppt/presentation.xml') return numberSectionIds(orderPresentationChildren(xml));
  if (name === 'docProps/core.xml') return writeCoreProperties(options);
  if (name === 'docProps/app.xml') return escapeCompany(xml);
  if (name === 'ppt/theme/theme1.xml') return rewriteTheme(xml, options.theme);
  if (SLIDE_LIKE_PART.test(name)) return markTitlePlaceholders(applyFontPairs(removeStrayParagraphProperties(xml), options.fontPairs), name.startsWith('ppt/slideLayouts/'));
  if (NOTES_SLIDE_PART.test(name)) {
    return fixNotesRuns(removeStrayParagraphProperties(xml), options.language, options.theme.minorFont);
  }
  if (CHART_PART.test(name)) return fixChartSchema(removeStrayParagraphProperties(xml));
  if (name.startsWith('ppt/')) return removeStrayParagraphProperties(xml);
  return xml;
}

/** Fixes every part can take: escaping comes first so later fixes see well-formed values. */
export function fixXmlPart(name: string, xml: string, options: PackageOptions, partNames: readonly string[]): string {
  const wellFormed = escapeStrayAmpersands(escapeTypefaces(stripIllegalXmlCharacters(xml)));
  return fixPart(name, wellFormed, options, partNames);
}

/**
 * The fixed deck from the parts pptxgenjs wrote (renderDeck) or read from a zip. Parts are fixed,
 * encoded and compressed one at a time in the order they are written, so a large deck is never
 * held uncompressed twice.
 */
export async function fixPackage(parts: readonly PackagePart[], options: PackageOptions): Promise<Uint8Array> {
  const partNames = parts.map((part) => part.name);
  const decoder = new TextDecoder('utf-8');
  const encoder = new TextEncoder();
  const bytesOf = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? encoder.encode(data) : data);
  return writePackageParts(
    parts,
    async (part) => {
      if (EMBEDDED_WORKBOOK.test(part.name)) return normalizeEmbeddedWorkbook(bytesOf(part.data), options.modified);
      if (!isXmlPart(part.name)) return bytesOf(part.data);
      const xml = typeof part.data === 'string' ? part.data : decoder.decode(part.data);
      return encoder.encode(fixXmlPart(part.name, xml, options, partNames));
    },
    options.modified,
  );
}
