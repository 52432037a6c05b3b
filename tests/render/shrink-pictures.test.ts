/**
 * Issue 12, item 8: theme pictures are shrunk to what their place on the slide shows. Pictures are
 * stress fixtures made here (tests/render/helpers/make-pictures.ts), not committed.
 */
import { decode as decodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { RESOURCE_LIMITS, ResourceLimitError } from '../../src/resource-budget.js';
import { readJpegHeader } from '../../src/render/jpeg-segments.js';
import { shrinkPicture, shrunkSize } from '../../src/render/shrink-picture.js';
import { JPEG_7X5, makePng } from '../themes/template-test-files.js';
import { exifSegment, iccSegment, makeInterlacedPng, makeLogoPng, makePhotoJpeg, pngChunk, withPngChunks, withSegments } from './helpers/make-pictures.js';

const RED: readonly [number, number, number] = [180, 20, 30];

describe('shrunkSize', () => {
  it('keeps the aspect ratio and the pixels needed in both directions', () => {
    expect(shrunkSize({ width: 4000, height: 2000 }, { width: 400, height: 400 })).toEqual({ width: 800, height: 400 });
    expect(shrunkSize({ width: 6000, height: 4000 }, { width: 1920, height: 1080 })).toEqual({ width: 1920, height: 1280 });
  });

  it('leaves a picture within 0.8 of what is needed as it is', () => {
    expect(shrunkSize({ width: 1000, height: 1000 }, { width: 800, height: 800 })).toBeNull();
    expect(shrunkSize({ width: 1000, height: 1000 }, { width: 790, height: 790 })).toEqual({ width: 790, height: 790 });
    expect(shrunkSize({ width: 100, height: 100 }, { width: 800, height: 800 })).toBeNull();
  });
});

describe('shrinkPicture', () => {
  const logo = makeLogoPng(4000, RED);

  it('shrinks a 4000 × 4000 PNG logo to the pixels asked for, far smaller', async () => {
    const shrunk = await shrinkPicture(logo, { width: 200, height: 200 }, 'logo.png');
    const png = PNG.sync.read(Buffer.from(shrunk));
    expect([png.width, png.height]).toEqual([200, 200]);
    expect(shrunk.byteLength).toBeLessThan(logo.byteLength / 50);
  });

  it('keeps the logo transparent around it, with soft edges and no dark fringe', async () => {
    const png = PNG.sync.read(Buffer.from(await shrinkPicture(logo, { width: 200, height: 200 }, 'logo.png')));
    const pixel = (x: number, y: number): number[] => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];
    expect(pixel(0, 0)[3]).toBe(0);
    expect(pixel(100, 100)[3]).toBe(255);
    const edge: number[][] = [];
    for (let y = 0; y < png.height; y += 1)
      for (let x = 0; x < png.width; x += 1) if ((pixel(x, y)[3] ?? 0) > 0 && (pixel(x, y)[3] ?? 0) < 255) edge.push(pixel(x, y));
    expect(edge.length).toBeGreaterThan(100);
    // The black stored under the transparent ground must not darken the disc's edge.
    for (const [red = 0, green = 0, blue = 0] of edge) {
      expect(red).toBeGreaterThanOrEqual(RED[0]);
      expect([green, blue]).toEqual([RED[1], RED[2]]);
    }
  });

  it('returns the same answer for the same picture without working it out again', async () => {
    const first = await shrinkPicture(logo, { width: 180, height: 180 }, 'logo.png');
    expect(await shrinkPicture(new Uint8Array(logo), { width: 180, height: 180 }, 'logo.png')).toBe(first);
  });

  it('keeps small pictures byte for byte', async () => {
    const small = makePng(300, 90);
    expect(await shrinkPicture(small, { width: 576, height: 173 }, 'small.png')).toBe(small);
    expect(await shrinkPicture(JPEG_7X5, { width: 100, height: 100 }, 'small.jpg')).toBe(JPEG_7X5);
    // Larger than needed, but by less than a quarter: not worth a re-encode.
    const nearly = makePng(1100, 600);
    expect(await shrinkPicture(nearly, { width: 1000, height: 560 }, 'nearly.png')).toBe(nearly);
  });

  // Interlaced pictures take the whole-picture decoder, the others the row reader: same pixels, same result.
  it('shrinks an interlaced PNG as it does the same picture stored row by row', async () => {
    const plain = makeLogoPng(301, RED, 63);
    const interlaced = makeInterlacedPng(new Uint8Array(PNG.sync.read(Buffer.from(plain)).data), 301, 301);
    expect(PNG.sync.read(Buffer.from(interlaced)).data.equals(PNG.sync.read(Buffer.from(plain)).data)).toBe(true);
    const fromInterlaced = await shrinkPicture(interlaced, { width: 60, height: 60 }, 'interlaced.png');
    expect(fromInterlaced).not.toBe(interlaced);
    expect(Buffer.from(fromInterlaced).equals(Buffer.from(await shrinkPicture(plain, { width: 60, height: 60 }, 'plain.png')))).toBe(true);
  });

  it('keeps the colour-space chunks of a PNG', async () => {
    const iccp = pngChunk('iCCP', new Uint8Array(Buffer.from('sRGB-ish\0\0stand-in', 'latin1')));
    const shrunk = await shrinkPicture(withPngChunks(makeLogoPng(1200, RED), [iccp]), { width: 100, height: 100 }, 'profiled.png');
    expect(Buffer.from(shrunk).indexOf(Buffer.from(iccp))).toBeGreaterThan(0);
    expect(PNG.sync.read(Buffer.from(shrunk)).width).toBe(100);
  });

  describe('a camera-size JPEG background', () => {
    const segments = [exifSegment(6), iccSegment()];
    const photo = withSegments(makePhotoJpeg(3000, 2000), segments);

    it('shrinks to about the slide at 1920 px, keeping its Exif orientation and ICC profile byte for byte', async () => {
      const shrunk = await shrinkPicture(photo, { width: 1920, height: 1080 }, 'background.jpg');
      expect(shrunk.byteLength).toBeLessThan(photo.byteLength / 2);
      const decoded = decodeJpeg(shrunk, { useTArray: true });
      expect([decoded.width, decoded.height]).toEqual([1920, 1280]);
      expect(readJpegHeader(shrunk)?.kept.map((segment) => Buffer.from(segment).toString('hex'))).toEqual(
        segments.map((segment) => Buffer.from(segment).toString('hex')),
      );
      // The gradient is where it was: red grows to the right, green downwards.
      const at = (x: number, y: number): number => (y * decoded.width + x) * 4;
      expect((decoded.data[at(1900, 640)] ?? 0) - (decoded.data[at(20, 640)] ?? 0)).toBeGreaterThan(150);
      expect((decoded.data[at(960, 1260) + 1] ?? 0) - (decoded.data[at(960, 20) + 1] ?? 0)).toBeGreaterThan(150);
    });

    it('keeps a CMYK JPEG as it is (its colours would shift)', async () => {
      const cmyk = new Uint8Array(photo);
      const frame = Buffer.from(cmyk).indexOf(Buffer.from([0xff, 0xc0]));
      cmyk[frame + 9] = 4;
      expect(await shrinkPicture(cmyk, { width: 1920, height: 1080 }, 'cmyk.jpg')).toBe(cmyk);
    });
  });

  it('keeps a GIF as it is', async () => {
    const gif = new Uint8Array(Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from([0xa0, 0x0f, 0xa0, 0x0f, 0, 0, 0]), Buffer.alloc(64)]));
    expect(await shrinkPicture(gif, { width: 100, height: 100 }, 'logo.gif')).toBe(gif);
  });

  it('refuses a picture past the pixel budget with the budget message, before decoding it', async () => {
    const limits = { ...RESOURCE_LIMITS, imagePixels: 1_000_000 };
    // Only the header: the budget must stop it before the (missing) pixels are read.
    const header = makePng(3000, 3000).subarray(0, 40);
    const refusal = shrinkPicture(header, { width: 100, height: 100 }, 'huge.png', limits);
    await expect(refusal).rejects.toBeInstanceOf(ResourceLimitError);
    await expect(refusal).rejects.toThrow(/“huge\.png”的图片像素数为 9\.0 百万像素，超过安全上限 1\.0 百万像素/u);
  });

  it('embeds a picture the decoder cannot read as it is', async () => {
    const broken = new Uint8Array(logo.subarray(0, logo.byteLength / 2));
    expect(await shrinkPicture(broken, { width: 100, height: 100 }, 'broken.png')).toBe(broken);
  });
});
