/**
 * Format and pixel size of an image from its first bytes, without decoding it: enough to place a
 * logo with its own aspect ratio and to turn away files that are not pictures PowerPoint shows
 * everywhere (PNG, JPEG, GIF).
 */

export type ImageFormat = 'png' | 'jpeg' | 'gif';

export interface ImageInfo {
  readonly format: ImageFormat;
  readonly width: number;
  readonly height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** The image's format and size in pixels, or null when the bytes are not a PNG, JPEG or GIF we can read. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const info = readPngInfo(bytes) ?? readJpegInfo(bytes) ?? readGifInfo(bytes);
  return info !== null && info.width > 0 && info.height > 0 ? info : null;
}

/** The file extension, without a dot, that goes with `format`. */
export function extensionOf(format: ImageFormat): string {
  return format === 'jpeg' ? 'jpg' : format;
}

function readPngInfo(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return null;
  // The first chunk must be IHDR: 4-byte length, "IHDR", then width and height big-endian.
  if (readAscii(bytes, 12, 4) !== 'IHDR') return null;
  return { format: 'png', width: readUint32BE(bytes, 16), height: readUint32BE(bytes, 20) };
}

function readGifInfo(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length < 10) return null;
  const signature = readAscii(bytes, 0, 6);
  if (signature !== 'GIF87a' && signature !== 'GIF89a') return null;
  return { format: 'gif', width: readUint16LE(bytes, 6), height: readUint16LE(bytes, 8) };
}

/** Start-of-frame markers carry the size; C4 (DHT), C8 (JPG extension) and CC (DAC) share the range but do not. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Markers that stand alone, without a length field: TEM, RST0–7, SOI. */
function hasNoLength(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8);
}

const START_OF_SCAN = 0xda;
const END_OF_IMAGE = 0xd9;

function readJpegInfo(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    // Any number of 0xFF fill bytes may precede a marker.
    while (bytes[offset] === 0xff) offset += 1;
    const marker = bytes[offset];
    if (marker === undefined) return null;
    offset += 1;
    if (hasNoLength(marker)) continue;
    if (marker === START_OF_SCAN || marker === END_OF_IMAGE) return null;
    if (offset + 2 > bytes.length) return null;
    const length = readUint16BE(bytes, offset);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      // Segment: length (2), sample precision (1), height (2), width (2).
      if (offset + 7 > bytes.length) return null;
      return { format: 'jpeg', width: readUint16BE(bytes, offset + 5), height: readUint16BE(bytes, offset + 3) };
    }
    offset += length;
  }
  return null;
}

function readAscii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function readUint32BE(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] ?? 0) * 0x1000000 + ((bytes[offset + 1] ?? 0) << 16) + ((bytes[offset + 2] ?? 0) << 8) + (bytes[offset + 3] ?? 0);
}

function readUint16BE(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
}

function readUint16LE(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8);
}
