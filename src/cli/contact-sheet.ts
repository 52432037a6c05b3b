/**
 * A contact sheet: every slide's PNG tiled into one PNG, so a whole deck can be checked at a glance.
 * Built in-process with node:zlib rather than ImageMagick `montage`, which users' machines often lack,
 * and without a PNG library: pdftoppm writes 8-bit RGB, and a reader for 8-bit gray/RGB/RGBA
 * non-interlaced PNGs plus a plain RGB writer is all this needs.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { computeCrc32 } from '../ooxml/zip-crc32.js';

/** An 8-bit RGB image, rows top to bottom, 3 bytes a pixel. */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export class PngFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PngFormatError';
  }
}

/** Bytes a pixel for the colour types we read (8-bit depth only). */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undo the per-row filters (PNG spec §9) in place into `out`. */
function unfilter(data: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = data[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const raw = data[src + x] ?? 0;
      const left = x >= bpp ? (out[row + x - bpp] as number) : 0;
      const up = y > 0 ? (out[row - stride + x] as number) : 0;
      const upLeft = y > 0 && x >= bpp ? (out[row - stride + x - bpp] as number) : 0;
      let value: number;
      switch (filter) {
        case 0:
          value = raw;
          break;
        case 1:
          value = raw + left;
          break;
        case 2:
          value = raw + up;
          break;
        case 3:
          value = raw + ((left + up) >> 1);
          break;
        case 4:
          value = raw + paeth(left, up, upLeft);
          break;
        default:
          throw new PngFormatError(`unknown PNG row filter ${String(filter)}`);
      }
      out[row + x] = value & 0xff;
    }
  }
  return out;
}

/** Reads an 8-bit, non-interlaced gray/RGB/RGBA PNG into RGB (alpha composed over white). */
export function decodePng(bytes: Uint8Array): RgbImage {
  if (bytes.length < 8 || SIGNATURE.some((byte, index) => bytes[index] !== byte)) throw new PngFormatError('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let colorType = -1;
  const chunks: Uint8Array[] = [];
  for (let offset = 8; offset + 8 <= bytes.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (data.length !== length) throw new PngFormatError('truncated PNG chunk');
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      const depth = bytes[offset + 16];
      colorType = bytes[offset + 17] ?? -1;
      const interlace = bytes[offset + 20];
      if (depth !== 8 || interlace !== 0 || CHANNELS[colorType] === undefined) {
        throw new PngFormatError(`unsupported PNG (bit depth ${String(depth)}, colour type ${colorType}, interlace ${String(interlace)})`);
      }
    } else if (type === 'IDAT') {
      chunks.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const channels = CHANNELS[colorType];
  if (channels === undefined || width === 0 || height === 0) throw new PngFormatError('PNG without a usable header');
  const raw = unfilter(new Uint8Array(inflateSync(Buffer.concat(chunks))), width, height, channels);
  const pixels = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i += 1) {
    const p = i * channels;
    const gray = channels <= 2;
    const alpha = channels === 2 ? (raw[p + 1] as number) : channels === 4 ? (raw[p + 3] as number) : 255;
    for (let c = 0; c < 3; c += 1) {
      const value = raw[gray ? p : p + c] as number;
      pixels[i * 3 + c] = Math.round((value * alpha + 255 * (255 - alpha)) / 255);
    }
  }
  return { width, height, pixels };
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, computeCrc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Writes an RGB image as an 8-bit truecolour PNG (filter 0 on every row). */
export function encodePng(image: RgbImage): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, image.width);
  view.setUint32(4, image.height);
  header.set([8, 2, 0, 0, 0], 8);
  const stride = image.width * 3;
  const filtered = new Uint8Array((stride + 1) * image.height);
  for (let y = 0; y < image.height; y += 1) filtered.set(image.pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const parts = [SIGNATURE, chunk('IHDR', header), chunk('IDAT', new Uint8Array(deflateSync(filtered))), chunk('IEND', new Uint8Array())];
  return new Uint8Array(Buffer.concat(parts));
}

export interface SheetLayout {
  readonly columns: number;
  /** Space between and around the tiles, in pixels. */
  readonly gap: number;
  /** RGB of the sheet behind the tiles. */
  readonly background: readonly [number, number, number];
}

export const DEFAULT_SHEET_LAYOUT: SheetLayout = { columns: 4, gap: 12, background: [0x80, 0x80, 0x80] };

/** Tiles the pages left to right, top to bottom; each cell is as large as the largest page. */
export function composeContactSheet(pages: readonly RgbImage[], layout: SheetLayout = DEFAULT_SHEET_LAYOUT): RgbImage {
  if (pages.length === 0) throw new RangeError('a contact sheet needs at least one page');
  const columns = Math.max(1, Math.min(layout.columns, pages.length));
  const rows = Math.ceil(pages.length / columns);
  const cellWidth = Math.max(...pages.map((page) => page.width));
  const cellHeight = Math.max(...pages.map((page) => page.height));
  const width = columns * cellWidth + (columns + 1) * layout.gap;
  const height = rows * cellHeight + (rows + 1) * layout.gap;
  const pixels = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i += 1) pixels.set(layout.background, i * 3);
  pages.forEach((page, index) => {
    const left = layout.gap + (index % columns) * (cellWidth + layout.gap);
    const top = layout.gap + Math.floor(index / columns) * (cellHeight + layout.gap);
    for (let y = 0; y < page.height; y += 1) {
      pixels.set(page.pixels.subarray(y * page.width * 3, (y + 1) * page.width * 3), ((top + y) * width + left) * 3);
    }
  });
  return { width, height, pixels };
}
