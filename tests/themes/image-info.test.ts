import { describe, expect, it } from 'vitest';
import { extensionOf, readImageInfo } from '../../src/themes/image-info.js';
import { JPEG_7X5, makePng, PROGRESSIVE_JPEG_7X5 } from './template-test-files.js';

function bytes(...values: readonly number[]): Uint8Array {
  return new Uint8Array(values);
}

/** A JPEG segment: marker, big-endian length (counting itself), payload. */
function segment(marker: number, payload: readonly number[]): number[] {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

/** Start of frame: precision 8, height, width, one component. */
function startOfFrame(marker: number, width: number, height: number): number[] {
  return segment(marker, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]);
}

function gif(version: '87a' | '89a', width: number, height: number): Uint8Array {
  const header = [...Buffer.from(`GIF${version}`, 'ascii'), width & 0xff, width >> 8, height & 0xff, height >> 8, 0, 0, 0];
  return bytes(...header, 0x3b);
}

describe('readImageInfo', () => {
  it.each([
    [1, 1],
    [300, 120],
    [1920, 1080],
    [70000, 3],
  ])('reads a %i×%i PNG from its IHDR chunk', (width, height) => {
    const png = width * height > 100000 ? pngHeaderOnly(width, height) : makePng(width, height);
    expect(readImageInfo(png)).toEqual({ format: 'png', width, height });
  });

  it('reads baseline and progressive JPEGs written by ImageMagick', () => {
    expect(readImageInfo(JPEG_7X5)).toEqual({ format: 'jpeg', width: 7, height: 5 });
    expect(readImageInfo(PROGRESSIVE_JPEG_7X5)).toEqual({ format: 'jpeg', width: 7, height: 5 });
  });

  it('walks JPEG segments instead of scanning for frame markers in their data', () => {
    // An EXIF segment whose payload contains the bytes of a bogus SOF0 (FF C0, 1×1) comes first.
    const exif = segment(0xe1, [...Buffer.from('Exif\0\0', 'ascii'), ...startOfFrame(0xc0, 1, 1)]);
    const huffman = segment(0xc4, [0, 1, 2, 3]); // DHT shares the C0–CF range but is not a frame
    const jpeg = bytes(0xff, 0xd8, ...exif, ...huffman, 0xff, 0xff, ...startOfFrame(0xc2, 640, 480), 0xff, 0xd9);
    expect(readImageInfo(jpeg)).toEqual({ format: 'jpeg', width: 640, height: 480 });
  });

  it('rejects a JPEG whose scan starts before any frame header', () => {
    expect(readImageInfo(bytes(0xff, 0xd8, ...segment(0xda, [1, 2, 3]), 0xff, 0xd9))).toBeNull();
  });

  it.each(['87a', '89a'] as const)('reads a GIF%s logical screen size (little-endian)', (version) => {
    expect(readImageInfo(gif(version, 258, 3))).toEqual({ format: 'gif', width: 258, height: 3 });
  });

  it.each([
    ['empty', bytes()],
    ['text', new Uint8Array(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))],
    ['EMF header', bytes(1, 0, 0, 0, 0x6c, 0, 0, 0, ...new Array<number>(80).fill(0))],
    ['PNG signature only', makePng(2, 2).subarray(0, 12)],
    ['PNG without IHDR first', pngWithFirstChunk('tEXt')],
    ['truncated JPEG', JPEG_7X5.subarray(0, 40)],
    ['JPEG with zero width', bytes(0xff, 0xd8, ...startOfFrame(0xc0, 0, 10))],
    ['GIF with zero height', gif('89a', 10, 0)],
    ['BMP', bytes(0x42, 0x4d, ...new Array<number>(60).fill(0))],
  ])('returns null for %s', (_name, input) => {
    expect(readImageInfo(input)).toBeNull();
  });

  it('names the file extension of each format', () => {
    expect([extensionOf('png'), extensionOf('jpeg'), extensionOf('gif')]).toEqual(['png', 'jpg', 'gif']);
  });
});

/** The first 24 bytes of a PNG are all the reader needs; avoids building a huge image. */
function pngHeaderOnly(width: number, height: number): Uint8Array {
  const header = Buffer.from(makePng(1, 1).subarray(0, 33));
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return new Uint8Array(header);
}

function pngWithFirstChunk(type: string): Uint8Array {
  const png = Buffer.from(makePng(2, 2));
  png.write(type, 12, 'ascii');
  return new Uint8Array(png);
}
