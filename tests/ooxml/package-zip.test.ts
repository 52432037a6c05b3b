import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';

import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { clampZipDate, writePackageParts } from '../../src/ooxml/package-zip.js';
import { computeCrc32, computeCrc32ByTable } from '../../src/ooxml/zip-crc32.js';
import { readPackageEntries, type PackageEntry } from '../helpers/read-package.js';
import { formatDosDateTime, readZipDirectory } from '../render/helpers/read-zip-directory.js';

/** Writes entries whose bytes are ready, as the package pass writes converted parts. */
async function writePackageEntries(entries: readonly PackageEntry[], date: Date): Promise<Uint8Array> {
  return writePackageParts(entries, async (entry) => entry.data, date);
}

const DATE = new Date('2026-03-04T05:06:07.890Z');
const encoder = new TextEncoder();

const sampleEntries: PackageEntry[] = [
  { name: 'ppt/slides/slide1.xml', data: encoder.encode('<p:sld>'.repeat(500)) },
  { name: 'ppt/media/图片 1.png', data: new Uint8Array(randomBytes(40_000)) },
  { name: '[Content_Types].xml', data: encoder.encode('<Types/>') },
  { name: 'docProps/empty.xml', data: new Uint8Array(0) },
  { name: '_rels/.rels', data: encoder.encode('<Relationships/>') },
];

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

describe('writePackageParts, read back by JSZip', () => {
  it('round-trips names and bytes, in package order', async () => {
    const bytes = await writePackageEntries(sampleEntries, DATE);
    const read = await readPackageEntries(bytes);
    expect(read.map((entry) => entry.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/empty.xml',
      'ppt/media/图片 1.png',
      'ppt/slides/slide1.xml',
    ]);
    const byName = new Map(sampleEntries.map((entry) => [entry.name, [...entry.data]]));
    for (const entry of read) expect([...entry.data], entry.name).toEqual(byName.get(entry.name));
  });

  it('round-trips arbitrary names and contents', async () => {
    // Part names as OPC allows them: no empty, `.` or `..` segment (JSZip, like any zip tool, folds those away).
    const name = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .filter((text) => text.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..'));
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
    const bytes = await writePackageEntries(
      [
        { name: 'a.xml', data: encoder.encode('1') },
        { name: 'a.xml', data: encoder.encode('2') },
      ],
      DATE,
    );
    expect(plain(await readPackageEntries(bytes))).toEqual(plain([{ name: 'a.xml', data: encoder.encode('2') }]));
  });
});

describe('writePackageParts output', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writePackageEntries(sampleEntries, DATE);
  });

  it('is byte-identical for the same parts in any order, and differs for another date or content', async () => {
    const again = await writePackageEntries(
      [...sampleEntries].reverse().map((entry) => ({ name: entry.name, data: entry.data.slice() })),
      DATE,
    );
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
