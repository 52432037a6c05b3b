/**
 * Reads a PNG one row at a time, as RGBA, so shrinking a 50-megapixel logo holds a few rows and
 * the small target picture, never the whole decoded image (pngjs decodes all of it at once: 200 MB
 * for such a picture, twice that at 16 bits). Interlaced PNGs store rows in seven passes and cannot
 * be read this way; the caller decodes those whole.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflate } from 'node:zlib';

export interface PngLayout {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colorType: number;
  readonly interlaced: boolean;
  readonly palette: Uint8Array | null;
  /** The tRNS chunk's data: alpha per palette entry, or the one transparent grey or RGB value. */
  readonly transparency: Uint8Array | null;
  readonly data: readonly Uint8Array[];
  /** Colour-space chunks (iCCP, sRGB, gAMA, cHRM), whole, to copy into a re-encoded picture. */
  readonly colourChunks: readonly Uint8Array[];
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const COLOUR_CHUNKS = new Set(['iCCP', 'sRGB', 'gAMA', 'cHRM']);
/** Samples per pixel by colour type: grey, -, RGB, palette, grey + alpha, -, RGBA. */
const SAMPLES: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** The bit depths each colour type allows (PNG spec, table 11.1). */
const BIT_DEPTHS: Readonly<Record<number, readonly number[]>> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

function uint32(bytes: Uint8Array, offset: number): number {
  return (((bytes[offset] ?? 0) << 24) >>> 0) + ((bytes[offset + 1] ?? 0) << 16) + ((bytes[offset + 2] ?? 0) << 8) + (bytes[offset + 3] ?? 0);
}

/** The chunks that matter for decoding, or null when the file is not a PNG we can read. */
export function readPngLayout(bytes: Uint8Array): PngLayout | null {
  if (!SIGNATURE.every((byte, index) => bytes[index] === byte)) return null;
  let header: Omit<PngLayout, 'palette' | 'transparency' | 'data' | 'colourChunks'> | null = null;
  let palette: Uint8Array | null = null;
  let transparency: Uint8Array | null = null;
  const data: Uint8Array[] = [];
  const colourChunks: Uint8Array[] = [];
  let offset: number = SIGNATURE.length;
  while (offset + 12 <= bytes.length) {
    const length = uint32(bytes, offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (end > bytes.length) return null;
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR' && length >= 13)
      header = { width: uint32(body, 0), height: uint32(body, 4), bitDepth: body[8] ?? 0, colorType: body[9] ?? 0, interlaced: body[12] === 1 };
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    else if (COLOUR_CHUNKS.has(type)) colourChunks.push(bytes.subarray(offset, end));
    else if (type === 'IEND') break;
    offset = end;
  }
  if (header === null || data.length === 0 || BIT_DEPTHS[header.colorType]?.includes(header.bitDepth) !== true) return null;
  if (header.colorType === 3 && palette === null) return null;
  return { ...header, palette, transparency, data, colourChunks };
}

function bitsPerPixel(layout: PngLayout): number {
  return (SAMPLES[layout.colorType] ?? 1) * layout.bitDepth;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** Undoes the row's filter in place (PNG spec, section 9), against the previous, unfiltered row. */
function unfilter(filter: number, row: Uint8Array, previous: Uint8Array, step: number): void {
  if (filter > 4) throw new Error(`PNG row filter ${filter} does not exist`);
  for (let index = 0; index < row.length; index += 1) {
    const left = index >= step ? (row[index - step] ?? 0) : 0;
    const up = previous[index] ?? 0;
    const upLeft = index >= step ? (previous[index - step] ?? 0) : 0;
    const predicted = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : 0;
    row[index] = ((row[index] ?? 0) + predicted) & 0xff;
  }
}

/** One sample of pixel `x`, channel `channel`, at its own bit depth (16-bit samples whole). */
function sample(row: Uint8Array, layout: PngLayout, x: number, channel: number): number {
  const samples = SAMPLES[layout.colorType] ?? 1;
  const { bitDepth } = layout;
  if (bitDepth === 8) return row[x * samples + channel] ?? 0;
  if (bitDepth === 16) {
    const at = (x * samples + channel) * 2;
    return ((row[at] ?? 0) << 8) | (row[at + 1] ?? 0);
  }
  const bit = (x * samples + channel) * bitDepth;
  return ((row[bit >> 3] ?? 0) >> (8 - bitDepth - (bit & 7))) & ((1 << bitDepth) - 1);
}

/** Converts an unfiltered row to 8-bit RGBA in `out`. */
function toRgba(row: Uint8Array, layout: PngLayout, out: Uint8Array): void {
  const { colorType, bitDepth, palette, transparency } = layout;
  const max = (1 << bitDepth) - 1;
  const scale = (value: number): number => Math.round((value * 255) / max);
  const transparentAt = (index: number): number => ((transparency?.[index * 2] ?? 0) << 8) | (transparency?.[index * 2 + 1] ?? 0);
  for (let x = 0; x < layout.width; x += 1) {
    const at = x * 4;
    if (colorType === 3) {
      const index = sample(row, layout, x, 0);
      out[at] = palette?.[index * 3] ?? 0;
      out[at + 1] = palette?.[index * 3 + 1] ?? 0;
      out[at + 2] = palette?.[index * 3 + 2] ?? 0;
      out[at + 3] = transparency?.[index] ?? 255;
    } else if (colorType === 0 || colorType === 4) {
      const grey = sample(row, layout, x, 0);
      out[at] = out[at + 1] = out[at + 2] = scale(grey);
      out[at + 3] = colorType === 4 ? scale(sample(row, layout, x, 1)) : transparency !== null && grey === transparentAt(0) ? 0 : 255;
    } else {
      const red = sample(row, layout, x, 0);
      const green = sample(row, layout, x, 1);
      const blue = sample(row, layout, x, 2);
      out[at] = scale(red);
      out[at + 1] = scale(green);
      out[at + 2] = scale(blue);
      const keyed = transparency !== null && red === transparentAt(0) && green === transparentAt(1) && blue === transparentAt(2);
      out[at + 3] = colorType === 6 ? scale(sample(row, layout, x, 3)) : keyed ? 0 : 255;
    }
  }
}

/**
 * Calls `onRow` with each row as RGBA (the same buffer every time), top to bottom. Rejects when
 * the compressed data is broken or ends before the last row.
 */
export async function readPngRows(layout: PngLayout, onRow: (rgba: Uint8Array) => void): Promise<void> {
  const stride = Math.ceil((layout.width * bitsPerPixel(layout)) / 8);
  const step = Math.max(1, bitsPerPixel(layout) >> 3);
  let previous = new Uint8Array(stride);
  let current = new Uint8Array(stride);
  const rgba = new Uint8Array(layout.width * 4);
  let filter = -1;
  let filled = 0;
  let rows = 0;
  const take = (chunk: Uint8Array): void => {
    for (let offset = 0; offset < chunk.length && rows < layout.height;) {
      if (filter < 0) {
        filter = chunk[offset] ?? 0;
        offset += 1;
        continue;
      }
      const count = Math.min(stride - filled, chunk.length - offset);
      current.set(chunk.subarray(offset, offset + count), filled);
      filled += count;
      offset += count;
      if (filled < stride) continue;
      unfilter(filter, current, previous, step);
      toRgba(current, layout, rgba);
      onRow(rgba);
      [previous, current] = [current, previous];
      filter = -1;
      filled = 0;
      rows += 1;
    }
  };
  await pipeline(Readable.from(layout.data), createInflate(), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) take(chunk);
  });
  if (rows < layout.height) throw new Error(`PNG data ends after ${rows} of ${layout.height} rows`);
}
