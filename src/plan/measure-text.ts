/**
 * Text width for our CJK sans fonts: Microsoft YaHei in PowerPoint; Noto Sans CJK SC with DejaVu
 * Sans for Latin in LibreOffice. PowerPoint ignores autofit flags when it opens a file, so every
 * size is decided here, and the estimate must never come out narrower than what either renderer
 * draws: an over-wide guess wastes a little room, an under-wide one pushes text out of its box.
 */

/**
 * Advance widths in em of U+0020–U+007E: the largest of DejaVu Sans, DejaVu Sans Bold and the
 * proportional Noto Sans CJK Regular and Bold (read from the fonts' hmtx tables, rounded up).
 * Runs may be bold, and LibreOffice may set Latin text in either font; YaHei's Latin glyphs are
 * narrower than DejaVu's.
 */
const ASCII_EM: readonly number[] = [
  0.349,
  0.457,
  0.574,
  0.838,
  0.696,
  1.002,
  0.873,
  0.325,
  0.458,
  0.458,
  0.523,
  0.838,
  0.38,
  0.416,
  0.38,
  0.392, // 20
  0.696,
  0.696,
  0.696,
  0.696,
  0.696,
  0.696,
  0.696,
  0.696,
  0.696,
  0.696,
  0.4,
  0.4,
  0.838,
  0.838,
  0.838,
  0.581, // 30
  1.007,
  0.774,
  0.763,
  0.734,
  0.831,
  0.684,
  0.684,
  0.821,
  0.837,
  0.373,
  0.568,
  0.775,
  0.638,
  0.996,
  0.837,
  0.851, // 40
  0.733,
  0.851,
  0.771,
  0.721,
  0.683,
  0.813,
  0.774,
  1.104,
  0.771,
  0.725,
  0.726,
  0.458,
  0.392,
  0.458,
  0.838,
  0.567, // 50
  0.626,
  0.675,
  0.716,
  0.593,
  0.716,
  0.679,
  0.436,
  0.716,
  0.712,
  0.343,
  0.343,
  0.666,
  0.343,
  1.042,
  0.712,
  0.688, // 60
  0.716,
  0.716,
  0.494,
  0.596,
  0.479,
  0.712,
  0.652,
  0.924,
  0.646,
  0.652,
  0.583,
  0.712,
  0.366,
  0.712,
  0.838, // 70
];

/** U+00A0–U+00FF, same source as {@link ASCII_EM}. */
const LATIN1_EM: readonly number[] = [
  0.349,
  0.457,
  0.696,
  0.696,
  0.637,
  0.696,
  0.366,
  1.0,
  0.626,
  1.0,
  0.564,
  0.646,
  0.838,
  0.416,
  1.0,
  0.626, // A0
  0.5,
  1.0,
  0.438,
  0.438,
  0.626,
  0.736,
  1.0,
  1.0,
  0.626,
  0.438,
  0.564,
  0.646,
  1.036,
  1.036,
  1.036,
  0.581, // B0
  0.774,
  0.774,
  0.774,
  0.774,
  0.774,
  0.774,
  1.085,
  0.734,
  0.684,
  0.684,
  0.684,
  0.684,
  0.373,
  0.373,
  0.373,
  0.373, // C0
  0.838,
  0.837,
  0.851,
  0.851,
  0.851,
  0.851,
  0.851,
  1.0,
  0.851,
  0.813,
  0.813,
  0.813,
  0.813,
  0.725,
  0.738,
  0.72, // D0
  0.675,
  0.675,
  0.675,
  0.675,
  0.675,
  0.675,
  1.048,
  0.593,
  0.679,
  0.679,
  0.679,
  0.679,
  0.343,
  0.343,
  0.343,
  0.343, // E0
  0.688,
  0.712,
  0.688,
  0.688,
  0.688,
  0.688,
  0.688,
  1.0,
  0.688,
  0.712,
  0.712,
  0.712,
  0.712,
  0.652,
  0.716,
  0.652, // F0
];

/**
 * Code points whose width differs from the tables and the 1 em default. Characters of East Asian
 * "ambiguous" width (° § · × ÷ ± and the curly quotes) are drawn full-width by CJK fonts inside
 * Chinese text, so they count 1 em.
 */
const SPECIAL_EM: ReadonlyMap<number, number> = new Map([
  [0x00a7, 1],
  [0x00b0, 1],
  [0x00b1, 1],
  [0x00b7, 1],
  [0x00d7, 1],
  [0x00f7, 1], // § ° ± · × ÷
  [0x2018, 1],
  [0x2019, 1],
  [0x201c, 1],
  [0x201d, 1], // ‘ ’ “ ”
  [0x2e3a, 2],
  [0x2e3b, 3], // two- and three-em dashes
  [0x0009, 4], // a tab reaches the next default tab stop (1 inch); callers should not send tabs
]);

/**
 * Code points beyond Latin-1 that are wider than 1 em in DejaVu Sans or its bold (which
 * LibreOffice falls back to for symbols Noto Sans CJK lacks): Roman numerals, ℃, ‰, long arrows,
 * a few Latin and Cyrillic letters. Written `hex:em`, read once at load.
 */
const WIDER_THAN_EM =
  '152:1.17 153:1.10 174:1.11 195:1.05 19c:1.05 1a2:1.09 1c4:1.56 1c5:1.42 1c6:1.30 1c7:1.01 ' +
  '1ca:1.21 1cb:1.18 1cc:1.06 1e2:1.09 1e3:1.05 1f1:1.56 1f2:1.42 1f3:1.30 1f6:1.29 1fc:1.09 ' +
  '1fd:1.05 238:1.09 239:1.09 372:1.03 389:1.01 3e2:1.10 409:1.16 40a:1.13 416:1.23 428:1.24 ' +
  '429:1.33 42b:1.04 42e:1.18 448:1.07 449:1.11 460:1.10 464:1.02 468:1.36 469:1.13 46c:1.24 ' +
  '46d:1.01 470:1.08 471:1.07 478:1.15 479:1.05 47a:1.08 47c:1.41 47d:1.18 47e:1.10 496:1.23 ' +
  '4a0:1.02 4a4:1.11 4a6:1.28 4a7:1.02 4b4:1.12 4b5:1.01 4bc:1.03 4be:1.03 4c1:1.23 4cd:1.12 ' +
  '4d4:1.09 4d5:1.05 4dc:1.23 4f8:1.04 1e3f:1.05 1e41:1.05 1e43:1.05 1e80:1.11 1e82:1.11 1e84:1.11 ' +
  '1e86:1.11 1e88:1.11 2030:1.44 2031:1.89 2042:1.03 2047:1.04 20a5:1.05 20a7:1.52 20a8:1.21 ' +
  '20a9:1.11 20af:1.40 2100:1.12 2101:1.18 2103:1.22 2105:1.10 2106:1.15 2109:1.09 210b:1.08 ' +
  '2116:1.21 2120:1.02 2121:1.29 2133:1.19 213b:1.35 2150:1.04 2151:1.04 2152:1.49 2153:1.04 ' +
  '2154:1.04 2155:1.04 2156:1.04 2157:1.04 2158:1.04 2159:1.04 215a:1.04 215b:1.04 215c:1.04 ' +
  '215d:1.04 215e:1.04 2163:1.10 2165:1.10 2166:1.39 2167:1.68 2168:1.13 216a:1.13 216b:1.41 ' +
  '2176:1.23 2177:1.50 217b:1.24 217f:1.05 2180:1.29 2182:1.29 2189:1.04 222d:1.30 2230:1.32 ' +
  '2254:1.07 2255:1.07 226a:1.05 226b:1.05 22d8:1.43 22d9:1.43 22f2:1.16 22fa:1.16 2324:1.16 ' +
  '2325:1.16 2326:1.42 2327:1.16 2328:1.45 232b:1.42 2387:1.16 25ef:1.12 260d:1.02 260e:1.25 ' +
  '260f:1.26 2639:1.05 263a:1.05 263b:1.05 26a2:1.01 26a3:1.09 26a4:1.18 27f4:1.16 27f5:1.44 ' +
  '27f6:1.44 27f7:1.44 27f8:1.44 27f9:1.44 27fa:1.44 27fb:1.44 27fc:1.44 27fd:1.44 27fe:1.44 ' +
  '27ff:1.44 29cf:1.05 29d0:1.05 2a0c:1.67 2b24:1.12 fb03:1.12 fb04:1.12 fb06:1.02 fffd:1.12';

const WIDE_SYMBOL_EM: ReadonlyMap<number, number> = new Map(
  WIDER_THAN_EM.split(' ').map((entry) => {
    const [hex = '', em = '1'] = entry.split(':');
    return [Number.parseInt(hex, 16), Number.parseFloat(em)] as const;
  }),
);

/**
 * Colour emoji fonts (Noto Color Emoji, Segoe UI Emoji) advance about 1.25 em, wider than the
 * CJK square.
 */
const EMOJI_EM = 1.25;

/**
 * Extra room at each change between Chinese and other text. LibreOffice Impress adds space
 * between Asian and non-Asian characters (paragraph option "ParaIsCharacterDistance", on by
 * default): measured about 0.24 em, for letters, digits and half-width punctuation alike.
 * Spaces and ambiguous marks (quotes, ellipsis, dashes) take the script of their neighbours and
 * cause no change of their own.
 */
export const SCRIPT_CHANGE_EM = 0.25;

/**
 * Extra room per visible character: LibreOffice places glyphs on a rounded grid, measured at up
 * to 0.002 em per character of drift against the fonts' advance widths.
 */
export const GLYPH_ROUNDING_EM = 0.005;

const NEUTRAL = 0;
const CJK = 1;
const OTHER = 2;

/** Code points set 1 em by CJK fonts yet taking the script of their neighbours. */
const AMBIGUOUS_MARKS: ReadonlySet<number> = new Set([
  0x00a7, 0x00b0, 0x00b1, 0x00b7, 0x00d7, 0x00f7, 0x2014, 0x2015, 0x2018, 0x2019, 0x201c, 0x201d, 0x2025, 0x2026, 0x2e3a, 0x2e3b,
]);

function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f;
}

/** Which side of a script change a code point stands on. */
function scriptOf(cp: number): number {
  if (isCjkCodePoint(cp)) return CJK;
  if (isZeroWidth(cp) || isSpace(cp) || AMBIGUOUS_MARKS.has(cp)) return NEUTRAL;
  return OTHER;
}

function isZeroWidth(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp < 0xa0) ||
    cp === 0x00ad ||
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff
  );
}

function isEmoji(cp: number): boolean {
  return cp >= 0x1f000 && cp <= 0x1faff;
}

/**
 * Width in em of one code point (the first of `ch`). CJK, full-width forms and anything unknown
 * are 1 em; emoji 1.25 em; symbols DejaVu Sans draws wider than 1 em keep that width.
 */
export function charWidthEm(ch: string): number {
  const cp = ch.codePointAt(0);
  if (cp === undefined) return 0;
  return codePointWidthEm(cp);
}

export function codePointWidthEm(cp: number): number {
  if (cp >= 0x3400 && cp <= 0x9fff) return 1;
  const special = SPECIAL_EM.get(cp);
  if (special !== undefined) return special;
  if (cp >= 0x20 && cp <= 0x7e) return ASCII_EM[cp - 0x20] ?? 1;
  if (cp >= 0xa0 && cp <= 0xff) return LATIN1_EM[cp - 0xa0] ?? 1;
  if (isZeroWidth(cp)) return 0;
  const wide = WIDE_SYMBOL_EM.get(cp);
  if (wide !== undefined) return wide;
  if (isEmoji(cp)) return EMOJI_EM;
  return 1;
}

/** Han, kana, Hangul and their punctuation: the text a CJK font sets at 1 em. */
export function isCjkCodePoint(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/**
 * Widths in em of a sequence of code points: each one's own advance, and running sums that add
 * the rounding and script-change allowances. A substring never measures more than the
 * difference of its prefix sums, so lines cut from the sequence stay within their measured width.
 */
export interface CodePointWidths {
  readonly own: Float64Array;
  /** prefix[i] = width of code points [0, i), including allowances. */
  readonly prefix: Float64Array;
}

export function measureCodePointsEm(cps: ArrayLike<number>): CodePointWidths {
  const n = cps.length;
  const own = new Float64Array(n);
  const prefix = new Float64Array(n + 1);
  let total = 0;
  let lastScript = NEUTRAL;
  for (let i = 0; i < n; i += 1) {
    const cp = cps[i] ?? 0;
    const width = codePointWidthEm(cp);
    own[i] = width;
    total += width > 0 ? width + GLYPH_ROUNDING_EM : 0;
    const script = scriptOf(cp);
    if (script !== NEUTRAL) {
      if (lastScript !== NEUTRAL && script !== lastScript) total += SCRIPT_CHANGE_EM;
      lastScript = script;
    }
    prefix[i + 1] = total;
  }
  return { own, prefix };
}

function toCodePoints(text: string): number[] {
  const cps: number[] = [];
  for (let k = 0; k < text.length; k += 1) {
    const cp = text.codePointAt(k) ?? 0;
    cps.push(cp);
    if (cp > 0xffff) k += 1;
  }
  return cps;
}

/** Width in em of `text`, including rounding and script-change allowances. */
export function measureWidthEm(text: string): number {
  const { prefix } = measureCodePointsEm(toCodePoints(text));
  return prefix[prefix.length - 1] ?? 0;
}

/**
 * Width in points of `text` set at `size` pt, for our CJK sans fonts (Microsoft YaHei in
 * PowerPoint, Noto Sans CJK SC + DejaVu Sans for Latin in LibreOffice). Conservative: never
 * under-estimates, for regular or bold runs.
 */
export function measureWidth(text: string, size: number): number {
  return measureWidthEm(text) * size;
}
