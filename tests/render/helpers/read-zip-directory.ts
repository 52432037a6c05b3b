/**
 * Reads a zip's central directory and local headers byte by byte, independently of JSZip, so
 * tests can check what a reader actually sees: entry order, compression method, DOS date/time.
 */
export interface ZipDirectoryEntry {
  readonly name: string;
  /** Compression method in the central directory (8 = DEFLATE, 0 = stored). */
  readonly method: number;
  /** Compression method in the entry's local header. */
  readonly localMethod: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function readZipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end -= 1;
  if (end < 0) throw new Error('no end-of-central-directory record');
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8');
  const entries: ZipDirectoryEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (view.getUint32(offset, true) !== CENTRAL_HEADER) throw new Error(`bad central header at ${offset}`);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    if (view.getUint32(localOffset, true) !== LOCAL_HEADER) throw new Error(`bad local header at ${localOffset}`);
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      localMethod: view.getUint16(localOffset + 8, true),
      dosTime: view.getUint16(offset + 12, true),
      dosDate: view.getUint16(offset + 14, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** DOS date/time fields as an ISO string (UTC, as JSZip writes them). */
export function formatDosDateTime(dosDate: number, dosTime: number): string {
  const year = 1980 + (dosDate >> 9);
  const month = (dosDate >> 5) & 0xf;
  const day = dosDate & 0x1f;
  const hours = dosTime >> 11;
  const minutes = (dosTime >> 5) & 0x3f;
  const seconds = (dosTime & 0x1f) * 2;
  return new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds)).toISOString();
}
