import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';

import fc from 'fast-check';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { HuibaoError } from '../../src/errors.js';
import { clampZipDate, readPackageEntries, writePackageEntries } from '../../src/ooxml/package-zip.js';
import type { PackageEntry } from '../../src/ooxml/package-zip.js';
import { computeCrc32, computeCrc32ByTable } from '../../src/ooxml/zip-crc32.js';
import { buildRawDeck } from '../render/helpers/build-raw-deck.js';
import { formatDosDateTime, readZipDirectory } from '../render/helpers/read-zip-directory.js';

const DATE = new Date('2026-03-04T05:06:07.890Z');
const encoder = new TextEncoder();

const sampleEntries: PackageEntry[] = [
  { name: 'ppt/slides/slide1.xml', data: encoder.encode('<p:sld>'.repeat(500)) },
  { name: 'ppt/media/图片 1.png', data: new Uint8Array(randomBytes(40_000)) },
  { name: '[Content_Types].xml', data: encoder.encode('<Types/>') },
  { name: 'docProps/empty.xml', data: new Uint8Array(0) },
  { name: '_rels/.rels', data: encoder.encode('<Relationships/>') },
];

/** Entries as JSZip reads them, files only, in its order: the reference reader. */
async function readWithJsZip(bytes: Uint8Array): Promise<{ name: string; data: Uint8Array }[]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const files = Object.values(zip.files).filter((file) => !file.dir);
  return Promise.all(files.map(async (file) => ({ name: file.name, data: await file.async('uint8array') })));
}

function plain(entries: readonly PackageEntry[]): { name: string; data: number[] }[] {
  return entries.map((entry) => ({ name: entry.name, data: [...entry.data] }));
}

/** Offsets of the central directory headers, walked from the end record. */
function centralHeaderOffsets(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const offsets: number[] = [];
  let offset = view.getUint32(end + 16, true);
  for (let index = 0; index < view.getUint16(end + 10, true); index += 1) {
    offsets.push(offset);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return offsets;
}

function endRecordOffset(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  return end;
}

/** A copy of `bytes` with `edit` applied through a DataView. */
function patched(bytes: Uint8Array, edit: (view: DataView, copy: Uint8Array) => void): Uint8Array {
  const copy = bytes.slice();
  edit(new DataView(copy.buffer), copy);
  return copy;
}

async function rejection(bytes: Uint8Array): Promise<HuibaoError> {
  try {
    await readPackageEntries(bytes);
  } catch (error) {
    if (error instanceof HuibaoError) return error;
    throw error;
  }
  throw new Error('expected readPackageEntries to reject');
}

describe('computeCrc32', () => {
  it('gives the standard check value and agrees with the table version on any data', () => {
    expect(computeCrc32(encoder.encode('123456789'))).toBe(0xcbf43926);
    expect(computeCrc32ByTable(encoder.encode('123456789'))).toBe(0xcbf43926);
    expect(computeCrc32ByTable(new Uint8Array(0))).toBe(0);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => {
        expect(computeCrc32ByTable(data)).toBe(zlibCrc32(data) >>> 0);
        expect(computeCrc32(data)).toBe(zlibCrc32(data) >>> 0);
      }),
    );
  });
});

describe('writePackageEntries → readPackageEntries', () => {
  it('round-trips names and bytes, in package order', async () => {
    const bytes = await writePackageEntries(sampleEntries, DATE);
    const read = await readPackageEntries(bytes);
    expect(read.map((entry) => entry.name)).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'docProps/empty.xml', 'ppt/media/图片 1.png', 'ppt/slides/slide1.xml',
    ]);
    const byName = new Map(sampleEntries.map((entry) => [entry.name, [...entry.data]]));
    for (const entry of read) expect([...entry.data], entry.name).toEqual(byName.get(entry.name));
    // JSZip, an independent reader, sees the same.
    expect(plain(await readWithJsZip(bytes))).toEqual(plain(read));
  });

  it('round-trips arbitrary names and contents', async () => {
    const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((text) => !text.endsWith('/'));
    const entries = fc.uniqueArray(fc.record({ name, data: fc.uint8Array({ maxLength: 3000 }) }), { selector: (entry) => entry.name, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(entries, fc.date({ noInvalidDate: true }), async (files, date) => {
        const read = await readPackageEntries(await writePackageEntries(files, date));
        expect(plain([...read].sort((a, b) => (a.name < b.name ? -1 : 1)))).toEqual(plain([...files].sort((a, b) => (a.name < b.name ? -1 : 1))));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the last of duplicate names', async () => {
    const bytes = await writePackageEntries([{ name: 'a.xml', data: encoder.encode('1') }, { name: 'a.xml', data: encoder.encode('2') }], DATE);
    expect(plain(await readPackageEntries(bytes))).toEqual(plain([{ name: 'a.xml', data: encoder.encode('2') }]));
  });
});

describe('writePackageEntries output', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writePackageEntries(sampleEntries, DATE);
  });

  it('is byte-identical for the same parts in any order, and differs for another date or content', async () => {
    const again = await writePackageEntries([...sampleEntries].reverse().map((entry) => ({ name: entry.name, data: entry.data.slice() })), DATE);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const later = await writePackageEntries(sampleEntries, new Date('2026-03-04T05:06:09Z'));
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(false);
    const changed = await writePackageEntries([...sampleEntries.slice(1), { name: 'ppt/slides/slide1.xml', data: encoder.encode('<p:sld/>') }], DATE);
    expect(Buffer.from(changed).equals(Buffer.from(bytes))).toBe(false);
  });

  it('writes plain DEFLATE entries: version 2.0, UTF-8 flag, no descriptors, extras, attributes or comments', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const central = centralHeaderOffsets(bytes);
    expect(central.length).toBe(sampleEntries.length);
    for (const offset of central) {
      expect(view.getUint16(offset + 4, true)).toBe(20);
      expect(view.getUint16(offset + 6, true)).toBe(20);
      expect(view.getUint16(offset + 8, true)).toBe(0x0800);
      expect(view.getUint16(offset + 10, true)).toBe(8);
      expect(view.getUint16(offset + 30, true)).toBe(0);
      expect(view.getUint16(offset + 32, true)).toBe(0);
      expect(view.getUint32(offset + 38, true)).toBe(0);
      const local = view.getUint32(offset + 42, true);
      // The local header repeats the central one's fields, sizes and CRC included (bit 3 unset).
      expect(Buffer.from(bytes.subarray(local + 4, local + 30)).equals(Buffer.from(bytes.subarray(offset + 6, offset + 32)))).toBe(true);
    }
    const end = endRecordOffset(bytes);
    expect(end + 22).toBe(bytes.byteLength);
    expect(view.getUint16(end + 20, true)).toBe(0);
    expect(readZipDirectory(bytes).every((entry) => entry.method === 8 && entry.localMethod === 8)).toBe(true);
  });

  it('writes the same DOS date and time JSZip wrote for a date (its UTC fields, seconds rounded down)', async () => {
    for (const iso of ['2026-03-04T05:06:07.890Z', '1999-12-31T23:59:59Z', '2026-11-27T00:00:01Z', '1970-01-01T00:00:00Z', '2200-01-01T00:00:00Z']) {
      const date = clampZipDate(new Date(iso));
      const zip = new JSZip();
      zip.file('a.xml', 'x', { date });
      const reference = readZipDirectory(await zip.generateAsync({ type: 'uint8array', platform: 'DOS' }))[0];
      const ours = readZipDirectory(await writePackageEntries([{ name: 'a.xml', data: encoder.encode('x') }], new Date(iso)))[0];
      expect({ date: ours?.dosDate, time: ours?.dosTime }, iso).toEqual({ date: reference?.dosDate, time: reference?.dosTime });
    }
    const first = readZipDirectory(bytes)[0];
    expect(formatDosDateTime(first?.dosDate ?? 0, first?.dosTime ?? 0)).toBe('2026-03-04T05:06:06.000Z');
  });
});

describe('readPackageEntries on other writers', () => {
  it('reads JSZip zips: stored and deflated entries, folders, UTF-8 names, a comment, data descriptors, UNIX attributes', async () => {
    const zip = new JSZip();
    zip.file('stored.bin', randomBytes(5000), { compression: 'STORE' });
    zip.file('文件夹/deflated.xml', '<a>汇报</a>'.repeat(300), { compression: 'DEFLATE' });
    zip.file('empty.txt', '');
    zip.folder('only-folder');
    const reference = plain(await readWithJsZip(await zip.generateAsync({ type: 'uint8array' })));
    expect(reference.map((entry) => entry.name).sort()).toEqual(['empty.txt', 'stored.bin', '文件夹/deflated.xml']);
    for (const options of [
      { platform: 'DOS' as const },
      { platform: 'UNIX' as const, streamFiles: true },
      { platform: 'DOS' as const, comment: '汇报 comment' },
      // JSZip itself cannot read this one back: it stops at the fake end record in the comment.
      { platform: 'DOS' as const, comment: 'PK\u0005\u0006 looks like an end record' },
    ]) {
      const bytes = await zip.generateAsync({ type: 'uint8array', ...options });
      expect(plain(await readPackageEntries(bytes)), JSON.stringify(options)).toEqual(reference);
    }
    expect(readZipDirectory(await zip.generateAsync({ type: 'uint8array' })).some((entry) => entry.name.endsWith('/')), 'folder entries').toBe(true);
  });

  it('reads data-descriptor entries by their central directory sizes', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '<a/>'.repeat(100));
    const bytes = await zip.generateAsync({ type: 'uint8array', streamFiles: true, compression: 'DEFLATE' });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint16(6, true) & 0x0008).toBe(0x0008);
    expect(view.getUint32(18, true)).toBe(0);
    expect(new TextDecoder().decode((await readPackageEntries(bytes))[0]?.data)).toBe('<a/>'.repeat(100));
  });

  it('reads exactly what JSZip reads from a pptxgenjs deck', async () => {
    const deck = await buildRawDeck();
    const read = await readPackageEntries(deck);
    expect(read.length).toBeGreaterThan(20);
    expect(plain(read)).toEqual(plain(await readWithJsZip(deck)));
  });

  it('takes names without the UTF-8 flag as CP437, unless a matching Unicode Path field gives them', async () => {
    const bytes = await writePackageEntries([{ name: 'café.xml', data: encoder.encode('x') }], DATE);
    const [central] = centralHeaderOffsets(bytes);
    const withoutFlag = patched(bytes, (view) => view.setUint16((central ?? 0) + 8, 0, true));
    expect((await readPackageEntries(withoutFlag)).map((entry) => entry.name)).toEqual(['caf├⌐.xml']);

    // JSZip with a custom name encoding writes GBK bytes, no flag, and the UTF-8 name in field 0x7075.
    const zip = new JSZip();
    zip.file('汇报/幻灯片.xml', 'x');
    const gbk = await zip.generateAsync({ type: 'uint8array', encodeFileName: (name) => iconv.encode(name, 'gbk').toString('latin1') });
    expect(readZipDirectory(gbk).some((entry) => entry.name === '汇报/幻灯片.xml')).toBe(false);
    expect((await readPackageEntries(gbk)).map((entry) => entry.name)).toEqual(['汇报/幻灯片.xml']);
  });
});

describe('readPackageEntries rejects', () => {
  let bytes: Uint8Array;
  let stored: Uint8Array;
  beforeAll(async () => {
    bytes = await writePackageEntries(sampleEntries, DATE);
    const zip = new JSZip();
    zip.file('a.txt', 'stored text', { compression: 'STORE' });
    stored = await zip.generateAsync({ type: 'uint8array' });
  });

  it('a CRC-32 that does not match the data, deflated or stored', async () => {
    const [central] = centralHeaderOffsets(bytes);
    const badCrc = patched(bytes, (view) => view.setUint32((central ?? 0) + 16, view.getUint32((central ?? 0) + 16, true) ^ 1, true));
    expect((await rejection(badCrc)).message).toContain('CRC-32');
    const badData = patched(stored, (_view, copy) => {
      const at = 30 + 'a.txt'.length;
      copy[at] = (copy[at] ?? 0) ^ 0x20;
    });
    expect((await rejection(badData)).message).toContain('CRC-32');
  });

  it('corrupt DEFLATE data, a wrong size, truncation and bytes that are no zip', async () => {
    const local = 30 + '[Content_Types].xml'.length;
    const corrupt = patched(bytes, (_view, copy) => copy.fill(0xff, local, local + 4));
    expect((await rejection(corrupt)).kind).toBe('internal');
    const [central] = centralHeaderOffsets(bytes);
    const wrongSize = patched(bytes, (view) => view.setUint32((central ?? 0) + 24, 3, true));
    expect((await rejection(wrongSize)).kind).toBe('internal');
    expect((await rejection(bytes.subarray(0, bytes.byteLength - 30))).message).toContain('zip');
    expect((await rejection(bytes.subarray(0, 10))).message).toContain('zip');
    expect((await rejection(encoder.encode('not a zip'))).kind).toBe('internal');
  });

  it('encryption, unknown methods and ZIP64, naming the feature', async () => {
    const [central] = centralHeaderOffsets(bytes);
    const at = central ?? 0;
    expect((await rejection(patched(bytes, (view) => view.setUint16(at + 8, 0x0801, true)))).message).toContain('加密');
    expect((await rejection(patched(bytes, (view) => view.setUint16(at + 10, 12, true)))).message).toContain('压缩方式 12');
    expect((await rejection(patched(bytes, (view) => view.setUint32(at + 20, 0xffffffff, true)))).message).toContain('ZIP64');
    const end = endRecordOffset(bytes);
    expect((await rejection(patched(bytes, (view) => view.setUint16(end + 10, 0xffff, true)))).message).toContain('ZIP64');
  });
});

const hasPython = spawnSync('python3', ['--version']).status === 0;
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

describe.skipIf(!hasPython && !hasUnzip)('other zip tools', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'huibao-package-zip-'));
  });
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('test our output as sound', async () => {
    const file = join(dir, 'sample.zip');
    writeFileSync(file, await writePackageEntries(sampleEntries, DATE));
    if (hasPython) {
      const result = spawnSync('python3', ['-m', 'zipfile', '-t', file], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
    }
    if (hasUnzip) {
      const result = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toContain('No errors detected');
    }
  });
});
