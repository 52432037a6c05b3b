import { formatW3cdtf } from './package-doc-props.js';
import { escapeStrayAmpersands, stripIllegalXmlCharacters } from './package-xml.js';
import { readPackageEntries, writePackageEntries } from '../ooxml/package-zip.js';
import type { PackageEntry } from '../ooxml/package-zip.js';

/** Sets every `dcterms:created`/`dcterms:modified` value in a core-properties part. */
export function setCoreDates(coreXml: string, date: Date): string {
  const stamp = formatW3cdtf(date);
  return coreXml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, (_whole, open: string, _name: string, close: string) => {
    return open + stamp + close;
  });
}

/**
 * The chart data workbooks pptxgenjs embeds carry the build time in their core properties and zip
 * entry dates, so decks with charts differ between builds. Rewrites both from `date` and makes
 * the workbook's XML legal (its text comes from user data too).
 */
export async function normalizeEmbeddedWorkbook(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const decoder = new TextDecoder('utf-8');
  const encoder = new TextEncoder();
  const entries = await readPackageEntries(bytes);
  const fixed = entries.map((entry): PackageEntry => {
    if (!/\.(?:xml|rels)$/.test(entry.name)) return entry;
    let xml = escapeStrayAmpersands(stripIllegalXmlCharacters(decoder.decode(entry.data)));
    if (entry.name === 'docProps/core.xml') xml = setCoreDates(xml, date);
    return { name: entry.name, data: encoder.encode(xml) };
  });
  return writePackageEntries(fixed, date);
}
