/**
 * Our eight palette colours from a template's colour scheme. The scheme names colours by slot
 * (dark 1, accent 1, …) rather than by role, so the roles are chosen here, and the colours a
 * scheme does not have (a darker primary, a light surface) are computed from the ones it has.
 */
import { contrastRatio } from './theme-rules.js';
import type { Palette } from './theme-schema.js';
import { BLACK, chromaOf, GREY_CHROMA, hueDistance, hueOf, isDark, mixColors, mutedGreyFor, pickReadable, scaleLightness, WHITE } from './template-colors.js';
import type { ColorMap, ColorScheme, SchemeSlot } from './template-scheme.js';

export interface PaletteInput {
  readonly scheme: ColorScheme;
  readonly colorMap: ColorMap;
  /** The master's background colour, when it has a plain one. */
  readonly backgroundFill?: { readonly color: string; readonly from: string };
}

export interface DerivedPalette {
  /** Only the colours that could be taken or computed; the base theme supplies the rest. */
  readonly colors: Partial<Palette>;
  readonly notes: readonly string[];
}

/** The slot names as Chinese PowerPoint shows them under 设计 › 变体 › 颜色. */
const SLOT_LABELS: Readonly<Record<SchemeSlot, string>> = {
  dk1: '文字/背景 - 深色 1',
  lt1: '文字/背景 - 浅色 1',
  dk2: '文字/背景 - 深色 2',
  lt2: '文字/背景 - 浅色 2',
  accent1: '着色 1',
  accent2: '着色 2',
  accent3: '着色 3',
  accent4: '着色 4',
  accent5: '着色 5',
  accent6: '着色 6',
};

const ROLE_LABELS: Readonly<Record<keyof Palette, string>> = {
  primary: '主色',
  secondary: '辅色',
  accent: '强调色',
  background: '页面底色',
  surface: '浅底色',
  text: '正文颜色',
  muted: '次要文字颜色',
  onPrimary: '主色块上的文字颜色',
};

const ACCENT_SLOTS = ['accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'] as const;

/** Accents closer in hue than this to the primary read as the same colour, not as a highlight. */
const MIN_ACCENT_HUE_DISTANCE = 30;

/** How much of the primary tints the background to give cards a surface colour. */
const SURFACE_TINT_LIGHT = 0.07;
const SURFACE_TINT_DARK = 0.15;

/** The secondary colour is the primary with this much of its lightness. */
const SECONDARY_LIGHTNESS = 0.72;

interface Picked {
  readonly color: string;
  readonly note: string;
}

export function derivePalette(input: PaletteInput): DerivedPalette {
  const { scheme } = input;
  const notes: string[] = [];
  const colors: Partial<Record<keyof Palette, string>> = {};
  const take = (key: keyof Palette, picked: Picked | undefined): void => {
    if (picked === undefined) return;
    colors[key] = picked.color;
    notes.push(`${ROLE_LABELS[key]}（${key}）#${picked.color}：${picked.note}`);
  };

  const primary = pickPrimary(scheme);
  take('primary', primary);
  const background = pickBackground(input);
  take('background', background);
  if (background !== undefined) take('text', pickText(input, background.color));

  if (primary !== undefined) {
    take('secondary', { color: scaleLightness(primary.color, SECONDARY_LIGHTNESS), note: '由主色加深得到' });
    take('accent', pickAccent(scheme, primary));
    const onPrimary = contrastRatio(WHITE, primary.color) >= contrastRatio(BLACK, primary.color) ? WHITE : BLACK;
    take('onPrimary', { color: onPrimary, note: `主色块上的文字用${onPrimary === WHITE ? '白色' : '黑色'}，对比度更高` });
  }
  if (primary !== undefined && background !== undefined) {
    const amount = isDark(background.color) ? SURFACE_TINT_DARK : SURFACE_TINT_LIGHT;
    take('surface', { color: mixColors(background.color, primary.color, amount), note: '在底色中调入少量主色得到' });
  } else if (scheme.lt2 !== undefined) {
    take('surface', { color: scheme.lt2, note: `取自主题颜色“${SLOT_LABELS.lt2}”` });
  }
  if (background !== undefined) take('muted', { color: mutedGreyFor(background.color), note: '在底色上清晰可读的灰色' });
  return { colors, notes };
}

/** Accent 1 is the template's signature colour, unless it is grey; then dark 2 often carries the brand. */
function pickPrimary(scheme: ColorScheme): (Picked & { readonly slot: SchemeSlot }) | undefined {
  const { accent1, dk2 } = scheme;
  if (accent1 !== undefined && chromaOf(accent1) >= GREY_CHROMA) return { color: accent1, slot: 'accent1', note: `取自主题颜色“${SLOT_LABELS.accent1}”` };
  if (dk2 !== undefined && chromaOf(dk2) >= GREY_CHROMA) {
    const why = accent1 === undefined ? '模板没有“着色 1”' : '“着色 1”接近灰色';
    return { color: dk2, slot: 'dk2', note: `${why}，改取主题颜色“${SLOT_LABELS.dk2}”` };
  }
  if (accent1 !== undefined) return { color: accent1, slot: 'accent1', note: `取自主题颜色“${SLOT_LABELS.accent1}”（接近灰色）` };
  return undefined;
}

/** The master's own background wins over the scheme: it is what the template's slides show. */
function pickBackground(input: PaletteInput): Picked | undefined {
  if (input.backgroundFill !== undefined) return { color: input.backgroundFill.color, note: `取自${input.backgroundFill.from}` };
  const slot = mappedSlot(input.colorMap, 'bg1', 'lt1');
  const color = input.scheme[slot];
  return color === undefined ? undefined : { color, note: `取自主题颜色“${SLOT_LABELS[slot]}”` };
}

/** Text is the slot the master maps `tx1` to, unless it does not read on the background. */
function pickText(input: PaletteInput, background: string): Picked | undefined {
  const slot = mappedSlot(input.colorMap, 'tx1', 'dk1');
  const mapped = input.scheme[slot];
  if (mapped !== undefined && contrastRatio(mapped, background) >= 4.5) return { color: mapped, note: `取自主题颜色“${SLOT_LABELS[slot]}”` };
  const others = (['dk1', 'lt1', 'dk2', 'lt2'] as const).flatMap((candidate) => input.scheme[candidate] ?? []);
  const color = pickReadable(background, others, 4.5);
  const why = mapped === undefined ? '模板没有正文颜色' : `“${SLOT_LABELS[slot]}”在底色上看不清`;
  return { color, note: `${why}，改用在底色上清晰可读的颜色` };
}

function mappedSlot(colorMap: ColorMap, role: string, fallback: SchemeSlot): SchemeSlot {
  const slot = colorMap[role];
  return slot !== undefined && (Object.keys(SLOT_LABELS) as string[]).includes(slot) ? (slot as SchemeSlot) : fallback;
}

/** The most colourful other accent, preferring one whose hue stands apart from the primary. */
function pickAccent(scheme: ColorScheme, primary: Picked & { readonly slot: SchemeSlot }): Picked | undefined {
  const candidates = ACCENT_SLOTS.flatMap((slot) => {
    const color = scheme[slot];
    return slot === primary.slot || color === undefined || color === primary.color || chromaOf(color) < GREY_CHROMA ? [] : [{ slot, color }];
  });
  const distinct = candidates.filter(({ color }) => hueDistance(hueOf(color), hueOf(primary.color)) >= MIN_ACCENT_HUE_DISTANCE);
  const pool = distinct.length > 0 ? distinct : candidates;
  const best = pool.reduce<(typeof pool)[number] | undefined>(
    (top, candidate) => (top === undefined || chromaOf(candidate.color) > chromaOf(top.color) ? candidate : top),
    undefined,
  );
  return best === undefined ? undefined : { color: best.color, note: `取自主题颜色“${SLOT_LABELS[best.slot]}”（其余着色中最鲜明的一个）` };
}
