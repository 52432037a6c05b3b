/**
 * The JPEG header segments a re-encoded picture must keep, and the facts about the original that
 * decide whether to re-encode it: the Exif block (APP1) carries the orientation a camera wrote
 * instead of turning the pixels, and the ICC profile (APP2) the colour space; an encoder writes
 * neither, so a re-encoded photo would lie on its side or change colour without them.
 */

export interface JpegHeader {
  /** Colour components of the frame: 1 grey, 3 YCbCr, 4 CMYK or YCCK. */
  readonly components: number;
  /** Exif and ICC segments, whole (marker and length included), in file order. */
  readonly kept: readonly Uint8Array[];
}

const START_OF_SCAN = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;

function uint16(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
}

function startsWith(bytes: Uint8Array, offset: number, text: string): boolean {
  return [...text].every((character, index) => bytes[offset + index] === character.charCodeAt(0));
}

function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

interface Segment {
  readonly marker: number;
  /** From the 0xFF of the marker to the end of the segment. */
  readonly start: number;
  readonly end: number;
}

/** The segments before the first scan, or null when the bytes are not a JPEG we can walk. */
function readSegments(bytes: Uint8Array): Segment[] | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const segments: Segment[] = [];
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const end = offset + 2 + uint16(bytes, offset + 2);
    if (end > bytes.length) return null;
    segments.push({ marker, start: offset, end });
    if (marker === START_OF_SCAN) return segments;
    offset = end;
  }
  return null;
}

export function readJpegHeader(bytes: Uint8Array): JpegHeader | null {
  const segments = readSegments(bytes);
  const frame = segments?.find((segment) => isStartOfFrame(segment.marker));
  if (segments === null || frame === undefined) return null;
  const kept: Uint8Array[] = [];
  for (const segment of segments) {
    const isExif = segment.marker === APP1 && startsWith(bytes, segment.start + 4, 'Exif\0\0');
    const isIcc = segment.marker === APP2 && startsWith(bytes, segment.start + 4, 'ICC_PROFILE\0');
    if (isExif || isIcc) kept.push(bytes.subarray(segment.start, segment.end));
  }
  return { components: bytes[frame.start + 9] ?? 0, kept };
}

/** `encoded` with `segments` put in after its JFIF segment (which must stay first), or after SOI. */
export function insertSegments(encoded: Uint8Array, segments: readonly Uint8Array[]): Uint8Array {
  if (segments.length === 0) return encoded;
  const at = encoded[2] === 0xff && encoded[3] === APP0 ? 4 + uint16(encoded, 4) : 2;
  const length = segments.reduce((sum, segment) => sum + segment.length, 0);
  const out = new Uint8Array(encoded.length + length);
  out.set(encoded.subarray(0, at), 0);
  let offset = at;
  for (const segment of segments) {
    out.set(segment, offset);
    offset += segment.length;
  }
  out.set(encoded.subarray(at), offset);
  return out;
}
