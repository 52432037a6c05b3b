import JSZip from 'jszip';

import { HuibaoError } from '../errors.js';

export interface PackageEntry {
  /** Zip entry name, e.g. `ppt/slides/slide1.xml`. */
  readonly name: string;
  readonly data: Uint8Array;
}

/** The file entries of a zip in stored order; directory entries are not parts and are dropped. */
export async function readPackageEntries(bytes: Uint8Array): Promise<PackageEntry[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (cause) {
    throw new HuibaoError('internal', '生成的演示文稿不是有效的 zip 包，无法做后处理。', {
      hint: '这是程序缺陷，请附上输入文件报告问题。',
      cause,
    });
  }
  const files = Object.values(zip.files).filter((file) => !file.dir);
  return Promise.all(files.map(async (file) => ({ name: file.name, data: await file.async('uint8array') })));
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

/** Zip (DOS) timestamps cover 1980–2107 only; JSZip writes them in UTC. */
export function clampZipDate(date: Date): Date {
  const time = date.getTime();
  if (Number.isNaN(time)) return new Date(EARLIEST_ZIP_DATE);
  return new Date(Math.min(Math.max(time, EARLIEST_ZIP_DATE), LATEST_ZIP_DATE));
}

/**
 * Writes a byte-reproducible zip: fixed entry order, one timestamp for every entry, DEFLATE for
 * every part, no directory entries (pptxgenjs' `write()` stores everything uncompressed).
 */
export async function writePackageEntries(entries: readonly PackageEntry[], date: Date): Promise<Uint8Array> {
  const byName = new Map(entries.map((entry) => [entry.name, entry.data]));
  const entryDate = clampZipDate(date);
  const zip = new JSZip();
  for (const name of orderEntryNames([...byName.keys()])) {
    const data = byName.get(name);
    if (data === undefined) continue;
    zip.file(name, data, { date: entryDate, createFolders: false, binary: true, compression: 'DEFLATE' });
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}
