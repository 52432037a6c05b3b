/**
 * Stress pictures made in the test instead of committed: a print-size logo (a disc on a transparent
 * ground, with fine noise so it compresses as badly as a real scan), a camera-size JPEG with Exif
 * orientation and an ICC profile, and pictures of random bytes that no compressor can shrink.
 * A seeded generator keeps them the same on every run.
 */
import { deflateSync } from 'node:zlib';
import { encode as encodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

/** Deterministic bytes 0–255 (a 32-bit linear congruential generator's high byte). */
export function noise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 24;
  };
}

/**
 * A `size` × `size` logo: a disc of `colour` (red varied by up to `grain`) on a transparent
 * ground stored as black, which a resampler that ignored alpha would bleed into the disc's edge.
 */
export function makeLogoPng(size: number, colour: Rgb, grain = 3): Uint8Array {
  const png = new PNG({ width: size, height: size });
  const random = noise(size);
  const radius = size / 2.2;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const at = (y * size + x) * 4;
      const inside = (x + 0.5 - size / 2) ** 2 + (y + 0.5 - size / 2) ** 2 < radius ** 2;
      if (!inside) continue;
      png.data[at] = colour[0] + (random() & grain);
      png.data[at + 1] = colour[1];
      png.data[at + 2] = colour[2];
      png.data[at + 3] = 255;
    }
  }
  return new Uint8Array(PNG.sync.write(png));
}

/** A photo-like JPEG: a smooth gradient with grain, quality 92 as cameras write. */
export function makePhotoJpeg(width: number, height: number): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  const random = noise(width + height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      data[at] = Math.round((x / width) * 200) + (random() & 15);
      data[at + 1] = Math.round((y / height) * 200) + (random() & 15);
      data[at + 2] = 120;
      data[at + 3] = 255;
    }
  }
  return new Uint8Array(encodeJpeg({ data, width, height }, 92).data);
}

function segment(marker: number, body: Uint8Array): Uint8Array {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** An Exif APP1 segment whose first directory holds one tag: Orientation (0x0112) = `orientation`, big-endian TIFF. */
export function exifSegment(orientation: number): Uint8Array {
  const tiff = Buffer.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]);
  return segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]));
}

/** An APP2 segment holding a (fake) ICC profile, part 1 of 1. */
export function iccSegment(): Uint8Array {
  return segment(0xe2, Buffer.concat([Buffer.from('ICC_PROFILE\0', 'latin1'), Buffer.from([1, 1]), Buffer.from('stand-in profile bytes', 'latin1')]));
}

/** `jpeg` with `segments` put right after its SOI and JFIF segment, where cameras put them. */
export function withSegments(jpeg: Uint8Array, segments: readonly Uint8Array[]): Uint8Array {
  const jfifEnd = 4 + ((jpeg[4] ?? 0) << 8) + (jpeg[5] ?? 0);
  return new Uint8Array(Buffer.concat([jpeg.subarray(0, jfifEnd), ...segments, jpeg.subarray(jfifEnd)]));
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** `png` with `chunks` put in right after IHDR. */
export function withPngChunks(png: Uint8Array, chunks: readonly Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat([png.subarray(0, 33), ...chunks, png.subarray(33)]));
}

export interface RawPng {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colorType: number;
  /** Packed samples of each row, unfiltered (every row gets filter 0). */
  readonly rows: readonly Uint8Array[];
  readonly palette?: Uint8Array;
  readonly transparency?: Uint8Array;
  /** Deflate level 0 keeps random pixels as large as they are. */
  readonly level?: number;
}

/** A PNG written by hand, for the bit depths and palettes pngjs cannot write. */
export function makeRawPng(spec: RawPng): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(spec.width, 0);
  header.writeUInt32BE(spec.height, 4);
  header.set([spec.bitDepth, spec.colorType, 0, 0, 0], 8);
  const data = Buffer.concat(spec.rows.flatMap((row) => [Buffer.from([0]), row]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      ...(spec.palette === undefined ? [] : [pngChunk('PLTE', spec.palette)]),
      ...(spec.transparency === undefined ? [] : [pngChunk('tRNS', spec.transparency)]),
      pngChunk('IDAT', deflateSync(data, { level: spec.level ?? 6 })),
      pngChunk('IEND', new Uint8Array(0)),
    ]),
  );
}

/** Random opaque RGB pixels stored uncompressed: a picture of `width × height × 3` bytes that stays that large in any zip. */
export function makeNoisePng(width: number, height: number, seed: number): Uint8Array {
  const random = noise(seed);
  const rows = Array.from({ length: height }, () => Uint8Array.from({ length: width * 3 }, random));
  return makeRawPng({ width, height, bitDepth: 8, colorType: 2, rows, level: 0 });
}

/** Adam7's seven passes: first column, first row, column step, row step (PNG spec, section 8.2). */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** RGBA pixels as an interlaced PNG (pngjs reads these but cannot write them). */
export function makeInterlacedPng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 1], 8);
  const rows: Uint8Array[] = [];
  for (const [left, top, across, down] of ADAM7) {
    if (left >= width) continue;
    for (let y = top; y < height; y += down) {
      const row = [0];
      for (let x = left; x < width; x += across) row.push(...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));
      rows.push(Uint8Array.from(row));
    }
  }
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
      pngChunk('IEND', new Uint8Array(0)),
    ]),
  );
}
