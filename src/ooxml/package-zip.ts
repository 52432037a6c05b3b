import { assembleZip, compressEntry, type CompressedEntry } from './zip-writer.js';

/** A part as pptxgenjs made it: XML as a string, pictures as bytes. */
export interface PackagePart {
  readonly name: string;
  readonly data: string | Uint8Array;
}

const CONTENT_TYPES = '[Content_Types].xml';

/**
 * `[Content_Types].xml` first (some readers sniff it there), then the rest by code-unit order, so
 * the output does not depend on the order in which the writer happened to add parts.
 */
export function orderEntryNames(names: readonly string[]): string[] {
  const rest = names.filter((name) => name !== CONTENT_TYPES).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.includes(CONTENT_TYPES) ? [CONTENT_TYPES, ...rest] : rest;
}

const EARLIEST_ZIP_DATE = Date.UTC(1980, 0, 1);
const LATEST_ZIP_DATE = Date.UTC(2107, 11, 31, 23, 59, 58);

/** Zip (DOS) timestamps cover 1980–2107 only; they are written from the UTC fields, as JSZip did. */
export function clampZipDate(date: Date): Date {
  const time = date.getTime();
  if (Number.isNaN(time)) return new Date(EARLIEST_ZIP_DATE);
  return new Date(Math.min(Math.max(time, EARLIEST_ZIP_DATE), LATEST_ZIP_DATE));
}

/**
 * Writes a byte-reproducible zip: fixed entry order, one timestamp for every entry, DEFLATE for
 * every part, no directory entries. Each part's bytes are made by `convert` just before it is
 * compressed, so that only one part at a time is held uncompressed. A name given twice keeps its
 * last part. The bytes are stable for a given zlib; a Node release that updates zlib may deflate
 * differently.
 */
export async function writePackageParts<Part extends { readonly name: string }>(
  parts: readonly Part[],
  convert: (part: Part) => Promise<Uint8Array>,
  date: Date,
): Promise<Uint8Array> {
  const byName = new Map(parts.map((part) => [part.name, part]));
  const compressed: CompressedEntry[] = [];
  for (const name of orderEntryNames([...byName.keys()])) {
    const part = byName.get(name);
    if (part !== undefined) compressed.push(compressEntry({ name, data: await convert(part) }));
  }
  return assembleZip(compressed, clampZipDate(date));
}
