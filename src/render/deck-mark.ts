/**
 * The mark huibao leaves on the decks it writes, so a rebuild can tell its own untouched output
 * (safe to replace) from a deck someone has since edited in PowerPoint or WPS (not to be lost).
 * The mark is a digest of every other part's name, CRC-32 and size, kept as the custom document
 * property `huibao.contentHash` (docProps/custom.xml, which PowerPoint and WPS keep when saving).
 * CRC-32s come with the zip for free, so marking costs nothing measurable and checking reads only
 * the zip's central directory.
 */
import { createHash } from 'node:crypto';
import { clampZipDate, orderEntryNames } from '../ooxml/package-zip.js';
import { readZipDirectory, readZipEntry } from '../ooxml/zip-reader.js';
import { assembleZip, compressEntry, type CompressedEntry } from '../ooxml/zip-writer.js';

export const MARK_PART = 'docProps/custom.xml';
export const MARK_PROPERTY = 'huibao.contentHash';
const CUSTOM_PROPERTIES_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_PROPERTIES_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
/** The format id every user-defined custom property carries (MS-OLEPS, PIDSI user-defined set). */
const USER_DEFINED_FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

interface DirectoryEntry {
  readonly name: string;
  readonly crc32: number;
  readonly size: number;
}

/** The digest of every part but the mark's own. */
export function contentMark(entries: readonly DirectoryEntry[]): string {
  const hash = createHash('sha256');
  const others = entries.filter((entry) => entry.name !== MARK_PART).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of others) hash.update(`${entry.name}\t${entry.crc32}\t${entry.size}\n`);
  return hash.digest('hex');
}

export function customPropertiesXml(mark: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<property fmtid="${USER_DEFINED_FMTID}" pid="2" name="${MARK_PROPERTY}"><vt:lpwstr>${mark}</vt:lpwstr></property></Properties>`
  );
}

/** `[Content_Types].xml` and `_rels/.rels` name the mark's part; other parts pass unchanged. */
export function referenceMark(name: string, xml: string): string {
  if (name === '[Content_Types].xml' && !xml.includes(`PartName="/${MARK_PART}"`)) {
    return xml.replace('</Types>', `<Override PartName="/${MARK_PART}" ContentType="${CUSTOM_PROPERTIES_TYPE}"/></Types>`);
  }
  if (name === '_rels/.rels' && !xml.includes(CUSTOM_PROPERTIES_RELATIONSHIP)) {
    return xml.replace('</Relationships>', `<Relationship Id="rIdHuibaoMark" Type="${CUSTOM_PROPERTIES_RELATIONSHIP}" Target="${MARK_PART}"/></Relationships>`);
  }
  return xml;
}

/**
 * Like writePackageParts (package-zip.ts), plus the mark: every part is converted and compressed
 * in entry order, except that parts `last` picks are converted after all others (their content
 * may depend on the others'); then the mark of what was compressed is added as its own part. The
 * archive keeps entry order whatever the order of conversion.
 */
export async function writeMarkedPackageParts<Part extends { readonly name: string }>(
  parts: readonly Part[],
  convert: (part: Part) => Promise<Uint8Array>,
  date: Date,
  last: (name: string) => boolean = () => false,
): Promise<Uint8Array> {
  const byName = new Map(parts.filter((part) => part.name !== MARK_PART).map((part) => [part.name, part]));
  const compressed = new Map<string, CompressedEntry>();
  const names = orderEntryNames([...byName.keys()]);
  for (const name of [...names.filter((name) => !last(name)), ...names.filter(last)]) {
    const part = byName.get(name);
    if (part !== undefined) compressed.set(name, compressEntry({ name, data: await convert(part) }));
  }
  const mark = contentMark([...compressed.entries()].map(([name, entry]) => ({ name, crc32: entry.crc32, size: entry.size })));
  compressed.set(MARK_PART, compressEntry({ name: MARK_PART, data: new TextEncoder().encode(customPropertiesXml(mark)) }));
  const ordered = orderEntryNames([...compressed.keys()])
    .map((name) => compressed.get(name))
    .filter((entry) => entry !== undefined);
  return assembleZip(ordered, clampZipDate(date));
}

export type DeckState = 'unchanged' | 'changed' | 'foreign';

/**
 * What a rebuild would overwrite: `unchanged` (huibao's output as it wrote it), `changed` (huibao's
 * output edited since) or `foreign` (no mark: not made by huibao, made before huibao marked its
 * decks, or not a zip at all).
 */
export function deckState(bytes: Uint8Array): DeckState {
  try {
    const custom = readZipEntry(bytes, MARK_PART);
    const stored = custom === null ? undefined : MARK_VALUE.exec(new TextDecoder().decode(custom))?.[1];
    if (stored === undefined) return 'foreign';
    return stored === contentMark(readZipDirectory(bytes)) ? 'unchanged' : 'changed';
  } catch {
    // Not a zip, or one huibao cannot read: certainly not a deck huibao wrote.
    return 'foreign';
  }
}

const MARK_VALUE = new RegExp(`name="${MARK_PROPERTY.replace('.', '\\.')}"[^>]*>\\s*<vt:lpwstr>([0-9a-f]{64})</vt:lpwstr>`, 'u');
