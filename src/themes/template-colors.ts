/**
 * Colour arithmetic for turning a template's colour scheme into our palette. Colours are 6-digit
 * upper-case hex strings without `#`, as the loaded theme holds them.
 */
import { contrastRatio } from './theme-rules.js';

interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

interface Hsl {
  /** Degrees, 0–360. */
  readonly h: number;
  /** 0–1. */
  readonly s: number;
  /** 0–1. */
  readonly l: number;
}

export const WHITE = 'FFFFFF';
export const BLACK = '000000';

/** Below this chroma a colour reads as grey on a projector. */
export const GREY_CHROMA = 0.12;

export function normalizeHex(value: string): string | null {
  const hex = value.replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? hex : null;
}

function toRgb(hex: string): Rgb {
  return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
}

function fromRgb({ r, g, b }: Rgb): string {
  return [r, g, b]
    .map((channel) =>
      Math.round(Math.min(255, Math.max(0, channel)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

function toHsl(hex: string): Hsl {
  const { r, g, b } = toRgb(hex);
  const [rf, gf, bf] = [r / 255, g / 255, b / 255];
  const max = Math.max(rf, gf, bf);
  const min = Math.min(rf, gf, bf);
  const l = (max + min) / 2;
  const delta = max - min;
  if (delta === 0) return { h: 0, s: 0, l };
  const s = delta / (1 - Math.abs(2 * l - 1));
  const h = max === rf ? ((gf - bf) / delta + 6) % 6 : max === gf ? (bf - rf) / delta + 2 : (rf - gf) / delta + 4;
  return { h: h * 60, s, l };
}

function fromHsl({ h, s, l }: Hsl): string {
  const clampedS = Math.min(1, Math.max(0, s));
  const clampedL = Math.min(1, Math.max(0, l));
  const c = (1 - Math.abs(2 * clampedL - 1)) * clampedS;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = clampedL - c / 2;
  const sector = Math.floor((((h % 360) + 360) % 360) / 60);
  const [r, g, b] = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ][sector] ?? [0, 0, 0];
  return fromRgb({ r: ((r ?? 0) + m) * 255, g: ((g ?? 0) + m) * 255, b: ((b ?? 0) + m) * 255 });
}

/** How colourful a colour looks: (max − min) of its channels, 0 for greys, 1 for pure hues. */
export function chromaOf(hex: string): number {
  const { r, g, b } = toRgb(hex);
  return (Math.max(r, g, b) - Math.min(r, g, b)) / 255;
}

export function hueOf(hex: string): number {
  return toHsl(hex).h;
}

/** Distance between two hues on the colour wheel, 0–180 degrees. */
export function hueDistance(a: number, b: number): number {
  const difference = Math.abs(a - b) % 360;
  return difference > 180 ? 360 - difference : difference;
}

/** `a` moved towards `b` by `amount` (0 = a, 1 = b), channel by channel. */
export function mixColors(a: string, b: string, amount: number): string {
  const from = toRgb(a);
  const to = toRgb(b);
  return fromRgb({ r: from.r + (to.r - from.r) * amount, g: from.g + (to.g - from.g) * amount, b: from.b + (to.b - from.b) * amount });
}

/** The colour with its HSL lightness multiplied by `factor`: a darker shade of the same hue. */
export function scaleLightness(hex: string, factor: number): string {
  const hsl = toHsl(hex);
  return fromHsl({ ...hsl, l: hsl.l * factor });
}

/** DrawingML `lumMod` / `lumOff` (fractions): luminance is multiplied, then offset. */
export function modulateLuminance(hex: string, mod: number, off: number): string {
  const hsl = toHsl(hex);
  return fromHsl({ ...hsl, l: hsl.l * mod + off });
}

/** DrawingML `satMod` (fraction). */
export function modulateSaturation(hex: string, mod: number): string {
  const hsl = toHsl(hex);
  return fromHsl({ ...hsl, s: hsl.s * mod });
}

/** True when white text reads better on it than black text: a dark colour. */
export function isDark(hex: string): boolean {
  return contrastRatio(hex, WHITE) > contrastRatio(hex, BLACK);
}

/** Of `candidates`, the first that reaches `needed` contrast on `back`, else the one with the most. */
export function pickReadable(back: string, candidates: readonly string[], needed: number): string {
  const found = candidates.find((candidate) => contrastRatio(candidate, back) >= needed);
  if (found !== undefined) return found;
  return [...candidates, WHITE, BLACK].reduce((best, candidate) => (contrastRatio(candidate, back) > contrastRatio(best, back) ? candidate : best));
}

/** A neutral grey for footers and captions that still reads on `background` (contrast ≥ 3.5). */
export function mutedGreyFor(background: string): string {
  const dark = isDark(background);
  for (let level = dark ? 0x9a : 0x80; level >= 0x30 && level <= 0xe0; level += dark ? 8 : -8) {
    const grey = fromRgb({ r: level, g: level, b: level });
    if (contrastRatio(grey, background) >= 3.5) return grey;
  }
  return dark ? 'E0E0E0' : '404040';
}

/** Chinese name of a colour's hue family, for the notes shown to the user. */
export function describeHue(hex: string): string {
  if (chromaOf(hex) < GREY_CHROMA) return isDark(hex) ? '深灰色' : '灰色';
  const hue = hueOf(hex);
  const families: readonly [number, string][] = [
    [15, '红色'],
    [45, '橙色'],
    [70, '黄色'],
    [165, '绿色'],
    [195, '青色'],
    [255, '蓝色'],
    [290, '紫色'],
    [335, '紫红色'],
    [360, '红色'],
  ];
  return families.find(([limit]) => hue < limit)?.[1] ?? '红色';
}
