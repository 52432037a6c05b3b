import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { composeContactSheet, decodePng, encodePng, PngFormatError, type RgbImage } from '../../src/cli/contact-sheet.js';
import { computeCrc32 } from '../../src/ooxml/zip-crc32.js';

function image(width: number, height: number, seed: number): RgbImage {
  return { width, height, pixels: Uint8Array.from({ length: width * height * 3 }, (_, index) => (index * 31 + seed * 17 + ((index * index) >> 3)) % 256) };
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(computeCrc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** An independent encoder that uses every filter type in turn, so the reader's unfiltering is tested. */
function encodeFiltered(raw: Uint8Array, width: number, height: number, colorType: number, channels: number): Uint8Array {
  const stride = width * channels;
  const out: number[] = [];
  for (let y = 0; y < height; y += 1) {
    const filter = y % 5;
    out.push(filter);
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * stride + x] as number;
      const left = x >= channels ? (raw[y * stride + x - channels] as number) : 0;
      const up = y > 0 ? (raw[(y - 1) * stride + x] as number) : 0;
      const upLeft = y > 0 && x >= channels ? (raw[(y - 1) * stride + x - channels] as number) : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] as number;
      out.push((value - predicted + 256) % 256);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colorType, 0, 0, 0], 8);
  const data = deflateSync(Uint8Array.from(out));
  // Split the image data over two IDAT chunks, as encoders may.
  const half = Math.floor(data.length / 2);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', data.subarray(0, half)),
    chunk('IDAT', data.subarray(half)),
    chunk('IEND', new Uint8Array()),
  ]);
}

describe('PNG reading and writing', () => {
  it('round-trips an RGB image through encodePng and decodePng', () => {
    const original = image(37, 11, 3);
    expect(decodePng(encodePng(original))).toEqual(original);
  });

  it('undoes all five row filters', () => {
    const original = image(23, 10, 5);
    expect(decodePng(encodeFiltered(original.pixels, 23, 10, 2, 3))).toEqual(original);
  });

  it('reads gray and RGBA, composing alpha over white', () => {
    const gray = Uint8Array.from([0, 128, 255, 64]);
    expect(Array.from(decodePng(encodeFiltered(gray, 2, 2, 0, 1)).pixels)).toEqual([0, 0, 0, 128, 128, 128, 255, 255, 255, 64, 64, 64]);
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 0, 255, 0]);
    expect(Array.from(decodePng(encodeFiltered(rgba, 2, 1, 6, 4)).pixels)).toEqual([255, 0, 0, 255, 255, 255]);
  });

  it('refuses what is not a PNG and what it does not read', () => {
    expect(() => decodePng(new TextEncoder().encode('not a png at all'))).toThrow(PngFormatError);
    const sixteenBit = Buffer.from(encodeFiltered(Uint8Array.from([1, 2, 3]), 1, 1, 2, 3));
    sixteenBit[24] = 16;
    expect(() => decodePng(sixteenBit)).toThrow(/bit depth 16/u);
  });
});

describe('composeContactSheet', () => {
  it('tiles pages left to right in rows, with gaps, each page at its place', () => {
    const pages = [image(4, 3, 1), image(4, 3, 2), image(4, 3, 3), image(4, 3, 4), image(4, 3, 5)];
    const sheet = composeContactSheet(pages, { columns: 2, gap: 1, background: [9, 9, 9] });
    expect([sheet.width, sheet.height]).toEqual([2 * 4 + 3, 3 * 3 + 4]);
    const pixel = (img: RgbImage, x: number, y: number): number[] => Array.from(img.pixels.subarray((y * img.width + x) * 3, (y * img.width + x) * 3 + 3));
    expect(pixel(sheet, 0, 0)).toEqual([9, 9, 9]);
    // Page 4 (index 3) is in row 2, column 2: its top-left pixel at (1 + 4 + 1, 1 + 3 + 1).
    expect(pixel(sheet, 6, 5)).toEqual(pixel(pages[3] as RgbImage, 0, 0));
    expect(pixel(sheet, 9, 7)).toEqual(pixel(pages[3] as RgbImage, 3, 2));
    // Page 5 alone in the last row; the empty cell beside it is background.
    expect(pixel(sheet, 1, 9)).toEqual(pixel(pages[4] as RgbImage, 0, 0));
    expect(pixel(sheet, 7, 10)).toEqual([9, 9, 9]);
    expect(decodePng(encodePng(sheet))).toEqual(sheet);
  });
});
