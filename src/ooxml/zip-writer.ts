/**
 * A small, byte-reproducible zip writer: entries in the order given, each DEFLATE level 6 with
 * the same DOS timestamp, UTF-8 names (flag bit 11), sizes and CRC in the local header (no data
 * descriptors), no extra fields, attributes or comments that could vary between builds.
 */
import { deflateRawSync } from 'node:zlib';

import { HuibaoError } from '../errors.js';
import { computeCrc32 } from './zip-crc32.js';
import {
  CENTRAL_HEADER_SIGNATURE,
  CENTRAL_HEADER_SIZE,
  END_OF_CENTRAL_DIRECTORY_SIGNATURE,
  END_OF_CENTRAL_DIRECTORY_SIZE,
  FLAG_UTF8_NAME,
  LOCAL_HEADER_SIGNATURE,
  LOCAL_HEADER_SIZE,
  METHOD_DEFLATE,
  ZIP64_MARKER_16,
  ZIP64_MARKER_32,
  encodeDosDateTime,
} from './zip-format.js';

export interface ZipFileEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

/** 2.0: DEFLATE. "Made by" says MS-DOS so readers take the (zero) external attributes as DOS ones. */
const VERSION = 20;
const DEFLATE_LEVEL = 6;

/** An entry deflated and ready to be placed: what the writer keeps of a part. */
export interface CompressedEntry {
  readonly name: Uint8Array;
  readonly crc32: number;
  readonly size: number;
  readonly compressed: Uint8Array;
}

interface PreparedEntry extends CompressedEntry {
  readonly localHeaderOffset: number;
}

function tooLarge(detail: string): HuibaoError {
  return new HuibaoError('internal', `演示文稿超出了普通 zip 格式的上限（${detail}），无法写出。`, {
    hint: '请把文稿拆成几份分别生成；如仍出现，请附上输入文件报告问题。',
  });
}

const nameEncoder = new TextEncoder();

/** Deflates one file; its bytes are no longer needed afterwards. */
export function compressEntry(file: ZipFileEntry): CompressedEntry {
  const name = nameEncoder.encode(file.name);
  if (name.byteLength > ZIP64_MARKER_16) throw tooLarge(`部件名“${file.name.slice(0, 40)}…”过长`);
  // zlib hands back a view into its 16 KB output chunk; a copy of the exact size lets the chunk go,
  // which for a deck of a thousand small parts is most of the memory the writer holds.
  const compressed = new Uint8Array(deflateRawSync(file.data, { level: DEFLATE_LEVEL }));
  // A field equal to the marker would read as "see the ZIP64 extra field".
  if (file.data.byteLength >= ZIP64_MARKER_32 || compressed.byteLength >= ZIP64_MARKER_32) throw tooLarge(`“${file.name}”超过 4 GB`);
  return { name, crc32: computeCrc32(file.data), size: file.data.byteLength, compressed };
}

function placeEntries(compressed: readonly CompressedEntry[]): { entries: PreparedEntry[]; localSize: number } {
  const entries: PreparedEntry[] = [];
  let offset = 0;
  for (const entry of compressed) {
    if (offset >= ZIP64_MARKER_32) throw tooLarge('整个包超过 4 GB');
    entries.push({ ...entry, localHeaderOffset: offset });
    offset += LOCAL_HEADER_SIZE + entry.name.byteLength + entry.compressed.byteLength;
  }
  if (entries.length >= ZIP64_MARKER_16) throw tooLarge(`部件数 ${entries.length} 个`);
  return { entries, localSize: offset };
}

/** The fields local and central headers share, from "version needed" through "extra length". */
function writeCommonFields(view: DataView, at: number, entry: PreparedEntry, dos: { time: number; date: number }): void {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, FLAG_UTF8_NAME, true);
  view.setUint16(at + 4, METHOD_DEFLATE, true);
  view.setUint16(at + 6, dos.time, true);
  view.setUint16(at + 8, dos.date, true);
  view.setUint32(at + 10, entry.crc32, true);
  view.setUint32(at + 14, entry.compressed.byteLength, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, entry.name.byteLength, true);
  view.setUint16(at + 24, 0, true);
}

/**
 * The archive of entries compressed by compressEntry, in the order given; `date` must already lie
 * in the DOS range (1980–2107).
 */
export function assembleZip(compressed: readonly CompressedEntry[], date: Date): Uint8Array {
  const dos = encodeDosDateTime(date);
  const { entries, localSize } = placeEntries(compressed);
  const directorySize = entries.reduce((total, entry) => total + CENTRAL_HEADER_SIZE + entry.name.byteLength, 0);
  if (localSize + directorySize >= ZIP64_MARKER_32) throw tooLarge('整个包超过 4 GB');
  const bytes = new Uint8Array(localSize + directorySize + END_OF_CENTRAL_DIRECTORY_SIZE);
  const view = new DataView(bytes.buffer);
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    view.setUint32(at, LOCAL_HEADER_SIGNATURE, true);
    writeCommonFields(view, at + 4, entry, dos);
    bytes.set(entry.name, at + LOCAL_HEADER_SIZE);
    bytes.set(entry.compressed, at + LOCAL_HEADER_SIZE + entry.name.byteLength);
  }
  let at = localSize;
  for (const entry of entries) {
    view.setUint32(at, CENTRAL_HEADER_SIGNATURE, true);
    view.setUint16(at + 4, VERSION, true);
    writeCommonFields(view, at + 6, entry, dos);
    // Comment length, disk number, internal and external attributes stay 0.
    view.setUint32(at + 42, entry.localHeaderOffset, true);
    bytes.set(entry.name, at + CENTRAL_HEADER_SIZE);
    at += CENTRAL_HEADER_SIZE + entry.name.byteLength;
  }
  view.setUint32(at, END_OF_CENTRAL_DIRECTORY_SIGNATURE, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, localSize, true);
  return bytes;
}
