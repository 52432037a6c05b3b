/**
 * CRC-32 (IEEE, as zip uses it). `zlib.crc32` is native but only exists from Node 20.15, while
 * `engines` allows any Node 20, so older runtimes get the table-driven version.
 */
import * as zlib from 'node:zlib';

let table: Uint32Array | undefined;

function buildTable(): Uint32Array {
  const entries = new Uint32Array(256);
  for (let index = 0; index < 256; index += 1) {
    let value = index;
    for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    entries[index] = value >>> 0;
  }
  return entries;
}

/** Table-driven CRC-32; exported so tests can hold it against zlib's. */
export function computeCrc32ByTable(data: Uint8Array): number {
  table ??= buildTable();
  let crc = 0xffffffff;
  for (let index = 0; index < data.length; index += 1) {
    crc = (table[(crc ^ (data[index] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

// Read through the namespace: a named import of a missing export would fail at link time.
const nativeCrc32: unknown = (zlib as { readonly crc32?: unknown }).crc32;

export const computeCrc32: (data: Uint8Array) => number =
  typeof nativeCrc32 === 'function' ? (data) => (nativeCrc32 as (input: Uint8Array) => number)(data) >>> 0 : computeCrc32ByTable;
