/**
 * Shrinks a theme picture to the pixels its place on the slide can show. A logo is often the
 * organisation's print original (4000 × 4000 px, several MB) shown 3 cm tall; embedded whole it
 * made every deck megabytes larger than its text and slides (issue 12: a 7.6 MB logo, a 46 MB
 * deck). The caller says how many pixels the picture needs (src/render/fit-pictures.ts); pictures
 * already near that size come back as they are, byte for byte, so a well-prepared theme's pictures
 * are never re-encoded.
 *
 * What is kept as it is, and why:
 * - GIF: may be animated, and has no encoder here; logos in GIF are small palette pictures anyway.
 * - CMYK (and YCCK) JPEG: the decoder's CMYK → RGB guess ignores the print profile, so re-encoding
 *   would shift every colour; PowerPoint shows the original.
 * - A picture the decoder cannot read, or whose re-encoding is not smaller: the original is what
 *   decks carried before and PowerPoint shows it.
 * Re-encoded JPEGs keep the Exif (orientation) and ICC (colour) segments; PNGs keep their alpha and
 * colour-space chunks (iCCP, sRGB, gAMA, cHRM).
 */
import { createHash } from 'node:crypto';
import { decode as decodeJpeg, encode as encodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import { RESOURCE_LIMITS, ResourceBudget, type ResourceLimits } from '../resource-budget.js';
import { readImageInfo } from '../themes/image-info.js';
import { createBoxResampler } from './box-resample.js';
import { insertSegments, readJpegHeader } from './jpeg-segments.js';
import { readPngLayout, readPngRows, type PngLayout } from './png-rows.js';

export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

/** Shrink only below this share of the picture's size: a smaller gain is not worth a re-encode. */
const WORTH_SHRINKING = 0.8;
/** The usual setting for photos: no loss visible at slide size, and a fraction of a camera's bytes. */
const JPEG_QUALITY = 85;
/**
 * jpeg-js keeps every 8 × 8 block of the whole picture as its own array, about 35 bytes a pixel
 * (a 24-megapixel picture without chroma subsampling peaked at 850 MB). Past what it counts as this many MB it
 * stops, and the picture is embedded as it is: a larger deck, not a build that runs out of memory.
 */
const JPEG_DECODE_MB = 512;
/** Results remembered for `--watch`, batches and `serve`, which fit the same pictures again and again. */
const CACHE_SIZE = 16;

/**
 * The size to shrink a `picture` to so it still has the `needed` pixels in both directions
 * (keeping its aspect ratio), or null when it is already small enough.
 */
export function shrunkSize(picture: PixelSize, needed: PixelSize): PixelSize | null {
  const scale = Math.max(needed.width / picture.width, needed.height / picture.height);
  if (!(scale < WORTH_SHRINKING)) return null;
  return { width: Math.max(1, Math.round(picture.width * scale)), height: Math.max(1, Math.round(picture.height * scale)) };
}

/** Picture bytes, or `original` when the picture stays as it is (the cache need not hold a large original twice). */
type Outcome = Uint8Array | 'original';
const cache = new Map<string, Outcome>();

function remember(key: string, outcome: Outcome): void {
  cache.delete(key);
  cache.set(key, outcome);
  for (const oldest of cache.keys()) {
    if (cache.size <= CACHE_SIZE) break;
    cache.delete(oldest);
  }
}

function isOpaque(rgba: Uint8Array): boolean {
  for (let index = 3; index < rgba.length; index += 4) if (rgba[index] !== 255) return false;
  return true;
}

/** Copies the original's colour-space chunks in right after IHDR (signature 8 + IHDR 25 bytes), where PNG wants them. */
function withChunks(png: Uint8Array, chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 0) return png;
  const at = 33;
  return Buffer.concat([png.subarray(0, at), ...chunks, png.subarray(at)]);
}

function encodePng(rgba: Uint8Array, size: PixelSize, layout: PngLayout): Uint8Array {
  const png = new PNG({ width: size.width, height: size.height });
  png.data = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const opaque = isOpaque(rgba);
  // Grey stays grey only when it was grey: an RGB colour profile must not describe grey pixels.
  const grey = layout.colorType === 0 || layout.colorType === 4;
  const colorType = grey ? (opaque ? 0 : 4) : opaque ? 2 : 6;
  return withChunks(PNG.sync.write(png, { colorType, inputColorType: 6, inputHasAlpha: true }), layout.colourChunks);
}

async function shrinkPng(bytes: Uint8Array, needed: PixelSize): Promise<Uint8Array | null> {
  const layout = readPngLayout(bytes);
  const target = layout === null ? null : shrunkSize(layout, needed);
  if (layout === null || target === null) return null;
  const source = { width: layout.width, height: layout.height, channels: 4 as const };
  const resampler = createBoxResampler(source, target);
  if (layout.interlaced) {
    // Adam7 stores rows in seven passes: decoded whole, within the pixel budget checked before.
    const { data } = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const stride = layout.width * 4;
    for (let y = 0; y < layout.height; y += 1) resampler.addRow(data.subarray(y * stride, (y + 1) * stride));
  } else {
    await readPngRows(layout, (row) => resampler.addRow(row));
  }
  return encodePng(resampler.finish(), target, layout);
}

function shrinkJpeg(bytes: Uint8Array, needed: PixelSize, limits: ResourceLimits): Uint8Array | null {
  const header = readJpegHeader(bytes);
  const info = readImageInfo(bytes);
  if (header === null || info === null || header.components === 4) return null;
  const target = shrunkSize(info, needed);
  if (target === null) return null;
  const decoded = decodeJpeg(bytes, {
    useTArray: true,
    formatAsRGBA: false,
    maxResolutionInMP: limits.imagePixels / 1_000_000,
    maxMemoryUsageInMB: JPEG_DECODE_MB,
  });
  const resampler = createBoxResampler({ width: decoded.width, height: decoded.height, channels: 3 }, target);
  const stride = decoded.width * 3;
  for (let y = 0; y < decoded.height; y += 1) resampler.addRow(decoded.data.subarray(y * stride, (y + 1) * stride));
  const encoded = encodeJpeg({ data: resampler.finish(), width: target.width, height: target.height }, JPEG_QUALITY).data;
  // A grey picture comes back as colour, which a grey ICC profile cannot describe: that one goes.
  const kept = header.components === 1 ? header.kept.filter((segment) => segment[1] !== 0xe2) : header.kept;
  return insertSegments(encoded, kept);
}

/**
 * The picture shrunk to the `needed` pixels, or the same bytes when it is small enough already,
 * cannot be shrunk (see the header) or would not get smaller. A picture past the pixel or size
 * limit is refused with the budget's message, before any decoding. `name` is for that message.
 */
export async function shrinkPicture(bytes: Uint8Array, needed: PixelSize, name: string, limits: ResourceLimits = RESOURCE_LIMITS): Promise<Uint8Array> {
  const info = readImageInfo(bytes);
  if (info === null || info.format === 'gif' || shrunkSize(info, needed) === null) return bytes;
  new ResourceBudget(name, limits).checkImage(bytes.byteLength, info.width * info.height);
  const key = `${createHash('sha256').update(bytes).digest('hex')}:${needed.width}x${needed.height}`;
  const cached = cache.get(key);
  if (cached !== undefined) {
    remember(key, cached);
    return cached === 'original' ? bytes : cached;
  }
  let shrunk: Uint8Array | null;
  try {
    shrunk = info.format === 'png' ? await shrinkPng(bytes, needed) : shrinkJpeg(bytes, needed, limits);
  } catch {
    // A picture the decoders cannot read is embedded as it is, as it always was.
    shrunk = null;
  }
  const outcome = shrunk !== null && shrunk.byteLength < bytes.byteLength ? shrunk : 'original';
  remember(key, outcome);
  return outcome === 'original' ? bytes : outcome;
}
