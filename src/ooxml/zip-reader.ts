/**
 * A small zip reader for the packages pptxgenjs (through JSZip) and Office write: one disk, no
 * ZIP64, no encryption, stored or DEFLATE entries. Everything is located through the central
 * directory, so entries written with data descriptors (flag bit 3) read fine. Any fault or
 * unsupported feature is a HuibaoError: these bytes come from our own renderer.
 */
import { inflateRawSync } from 'node:zlib';

import { HuibaoError } from '../errors.js';
import { computeCrc32 } from './zip-crc32.js';
import {
  CENTRAL_HEADER_SIGNATURE,
  CENTRAL_HEADER_SIZE,
  END_OF_CENTRAL_DIRECTORY_SIGNATURE,
  END_OF_CENTRAL_DIRECTORY_SIZE,
  FLAG_ENCRYPTED,
  FLAG_STRONG_ENCRYPTION,
  FLAG_UTF8_NAME,
  LOCAL_HEADER_SIGNATURE,
  LOCAL_HEADER_SIZE,
  METHOD_DEFLATE,
  METHOD_STORED,
  ZIP64_END_LOCATOR_SIGNATURE,
  ZIP64_END_LOCATOR_SIZE,
  ZIP64_MARKER_16,
  ZIP64_MARKER_32,
} from './zip-format.js';

export interface ZipFileEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

interface CentralEntry {
  readonly name: string;
  readonly isDirectory: boolean;
  readonly flags: number;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

interface CentralDirectory {
  readonly offset: number;
  readonly size: number;
  readonly count: number;
}

const MAX_COMMENT_LENGTH = 0xffff;
const UNICODE_PATH_EXTRA_FIELD = 0x7075;
const PLATFORM_DOS = 0;
const PLATFORM_UNIX = 3;
const DOS_DIRECTORY_ATTRIBUTE = 0x10;
const UNIX_DIRECTORY_MODE = 0o040000;
const UNIX_FILE_TYPE_MASK = 0o170000;

const HINT = '这是程序缺陷，请附上输入文件报告问题。';
const utf8Decoder = new TextDecoder('utf-8');

function invalidZip(detail: string, cause?: unknown): HuibaoError {
  return new HuibaoError('internal', `生成的演示文稿不是有效的 zip 包（${detail}），无法做后处理。`, { hint: HINT, cause });
}

function unsupportedZip(feature: string): HuibaoError {
  return new HuibaoError('internal', `生成的演示文稿用到了后处理不支持的 zip 功能（${feature}），无法做后处理。`, { hint: HINT });
}

/**
 * The central directory as the end record describes it. Scans back over a possible archive
 * comment; a candidate counts only if its comment fits the file and its directory lies before it,
 * so comment bytes that happen to look like a signature are passed over.
 */
function locateCentralDirectory(bytes: Uint8Array, view: DataView): CentralDirectory {
  const last = bytes.byteLength - END_OF_CENTRAL_DIRECTORY_SIZE;
  const first = Math.max(0, last - MAX_COMMENT_LENGTH);
  for (let end = last; end >= first; end -= 1) {
    if (view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY_SIGNATURE) continue;
    const commentLength = view.getUint16(end + 20, true);
    if (end + END_OF_CENTRAL_DIRECTORY_SIZE + commentLength > bytes.byteLength) continue;
    const disk = view.getUint16(end + 4, true);
    const directoryDisk = view.getUint16(end + 6, true);
    const countOnDisk = view.getUint16(end + 8, true);
    const count = view.getUint16(end + 10, true);
    const size = view.getUint32(end + 12, true);
    const offset = view.getUint32(end + 16, true);
    const locator = end - ZIP64_END_LOCATOR_SIZE;
    if (
      count === ZIP64_MARKER_16 ||
      size === ZIP64_MARKER_32 ||
      offset === ZIP64_MARKER_32 ||
      (locator >= 0 && view.getUint32(locator, true) === ZIP64_END_LOCATOR_SIGNATURE)
    ) {
      throw unsupportedZip('ZIP64');
    }
    if (offset + size > end) continue;
    if (disk !== 0 || directoryDisk !== 0 || countOnDisk !== count) throw unsupportedZip('分卷');
    return { offset, size, count };
  }
  throw invalidZip('找不到中央目录结尾记录');
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return false;
  return true;
}

/**
 * Bit 11 means UTF-8. Without it the name is CP437, unless an Info-ZIP Unicode Path field carries
 * the UTF-8 name for exactly these name bytes (its CRC says so), which JSZip and others add.
 */
function decodeEntryName(nameBytes: Uint8Array, flags: number, extra: Uint8Array): string {
  if ((flags & FLAG_UTF8_NAME) !== 0 || isAscii(nameBytes)) return utf8Decoder.decode(nameBytes);
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let offset = 0; offset + 4 <= extra.byteLength;) {
    const id = view.getUint16(offset, true);
    const length = view.getUint16(offset + 2, true);
    const body = offset + 4;
    if (body + length > extra.byteLength) break;
    if (id === UNICODE_PATH_EXTRA_FIELD && length >= 5 && extra[body] === 1 && view.getUint32(body + 1, true) === computeCrc32(nameBytes)) {
      return utf8Decoder.decode(extra.subarray(body + 5, body + length));
    }
    offset = body + length;
  }
  return decodeCp437(nameBytes);
}

/** The upper half of code page 437, the zip format's default name encoding (the lower half is ASCII). */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function decodeCp437(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => (byte < 0x80 ? String.fromCharCode(byte) : (CP437_HIGH[byte - 0x80] ?? '?'))).join('');
}

/** A name ending in `/`, or the directory attribute of the platform that wrote it (as JSZip reads it). */
function isDirectoryEntry(name: string, versionMadeBy: number, externalAttributes: number): boolean {
  if (name.endsWith('/')) return true;
  const platform = versionMadeBy >> 8;
  if (platform === PLATFORM_DOS) return (externalAttributes & DOS_DIRECTORY_ATTRIBUTE) !== 0;
  if (platform === PLATFORM_UNIX) return ((externalAttributes >>> 16) & UNIX_FILE_TYPE_MASK) === UNIX_DIRECTORY_MODE;
  return false;
}

function readCentralEntries(bytes: Uint8Array, view: DataView, directory: CentralDirectory): CentralEntry[] {
  const entries: CentralEntry[] = [];
  const directoryEnd = directory.offset + directory.size;
  let offset = directory.offset;
  for (let index = 0; index < directory.count; index += 1) {
    if (offset + CENTRAL_HEADER_SIZE > directoryEnd || view.getUint32(offset, true) !== CENTRAL_HEADER_SIGNATURE) {
      throw invalidZip(`第 ${index + 1} 个中央目录项损坏`);
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const next = offset + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > directoryEnd) throw invalidZip(`第 ${index + 1} 个中央目录项超出中央目录`);
    const nameStart = offset + CENTRAL_HEADER_SIZE;
    const flags = view.getUint16(offset + 8, true);
    const nameBytes = bytes.subarray(nameStart, nameStart + nameLength);
    const extra = bytes.subarray(nameStart + nameLength, nameStart + nameLength + extraLength);
    const name = decodeEntryName(nameBytes, flags, extra);
    const entry: CentralEntry = {
      name,
      isDirectory: isDirectoryEntry(name, view.getUint16(offset + 4, true), view.getUint32(offset + 38, true)),
      flags,
      method: view.getUint16(offset + 10, true),
      crc32: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    };
    if (entry.compressedSize === ZIP64_MARKER_32 || entry.uncompressedSize === ZIP64_MARKER_32 || entry.localHeaderOffset === ZIP64_MARKER_32) {
      throw unsupportedZip(`“${name}”使用 ZIP64`);
    }
    entries.push(entry);
    offset = next;
  }
  return entries;
}

/** Where the entry's data starts: the local header has its own name and extra lengths. */
function locateData(view: DataView, entry: CentralEntry, limit: number): number {
  const local = entry.localHeaderOffset;
  if (local + LOCAL_HEADER_SIZE > limit || view.getUint32(local, true) !== LOCAL_HEADER_SIGNATURE) {
    throw invalidZip(`“${entry.name}”的本地文件头损坏`);
  }
  const start = local + LOCAL_HEADER_SIZE + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + entry.compressedSize > limit) throw invalidZip(`“${entry.name}”的数据超出文件范围`);
  return start;
}

function inflateEntry(entry: CentralEntry, compressed: Uint8Array): Uint8Array {
  try {
    // The limit stops a corrupt or hostile stream from inflating far past its declared size.
    const inflated = inflateRawSync(compressed, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
    return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
  } catch (cause) {
    throw invalidZip(`“${entry.name}”的压缩数据无法解压`, cause);
  }
}

function readEntryData(bytes: Uint8Array, view: DataView, entry: CentralEntry, limit: number): Uint8Array {
  if ((entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0) throw unsupportedZip(`“${entry.name}”已加密`);
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) throw unsupportedZip(`“${entry.name}”的压缩方式 ${entry.method}`);
  const start = locateData(view, entry, limit);
  const stored = bytes.subarray(start, start + entry.compressedSize);
  const data = entry.method === METHOD_STORED ? stored.slice() : inflateEntry(entry, stored);
  if (data.byteLength !== entry.uncompressedSize) throw invalidZip(`“${entry.name}”的长度与目录不符`);
  if (computeCrc32(data) !== entry.crc32) throw invalidZip(`“${entry.name}”的 CRC-32 校验失败`);
  return data;
}

/**
 * What a reader of a package someone else wrote (a .docx, a template) spends inflated bytes from
 * (src/resource-budget.ts). Charged with the size an entry declares, before inflating it: the
 * inflater stops at that size and a length that differs is an error, so nothing can expand further.
 */
export interface ExpansionBudget {
  spendExpanded(bytes: number, where?: string): void;
}

export interface ZipArchive {
  /** File entries' names in central-directory order. */
  readonly names: readonly string[];
  /** An entry's bytes, inflated only when asked for; undefined when there is no such entry. */
  read(name: string): Uint8Array | undefined;
}

/** A zip whose entries are inflated one at a time on demand, each charged to `budget` first. */
export function openZipArchive(bytes: Uint8Array, budget?: ExpansionBudget): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = locateCentralDirectory(bytes, view);
  const entries = new Map<string, CentralEntry>();
  for (const entry of readCentralEntries(bytes, view, directory)) {
    if (!entry.isDirectory && !entries.has(entry.name)) entries.set(entry.name, entry);
  }
  return {
    names: [...entries.keys()],
    read(name) {
      const entry = entries.get(name);
      if (entry === undefined) return undefined;
      budget?.spendExpanded(entry.uncompressedSize, name);
      return readEntryData(bytes, view, entry, directory.offset);
    },
  };
}

/** The file entries of a zip in central-directory order; directory entries are skipped. */
export function readZipFiles(bytes: Uint8Array): ZipFileEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = locateCentralDirectory(bytes, view);
  return readCentralEntries(bytes, view, directory)
    .filter((entry) => !entry.isDirectory)
    .map((entry) => ({ name: entry.name, data: readEntryData(bytes, view, entry, directory.offset) }));
}

/** Name, CRC-32 and size of each file entry, from the central directory alone (nothing is inflated). */
export function readZipDirectory(bytes: Uint8Array): { readonly name: string; readonly crc32: number; readonly size: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return readCentralEntries(bytes, view, locateCentralDirectory(bytes, view))
    .filter((entry) => !entry.isDirectory)
    .map((entry) => ({ name: entry.name, crc32: entry.crc32, size: entry.uncompressedSize }));
}

/** One file entry's bytes, or null when the zip has no entry of that name. */
export function readZipEntry(bytes: Uint8Array, name: string): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = locateCentralDirectory(bytes, view);
  const entry = readCentralEntries(bytes, view, directory).find((candidate) => !candidate.isDirectory && candidate.name === name);
  return entry === undefined ? null : readEntryData(bytes, view, entry, directory.offset);
}
