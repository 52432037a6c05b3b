/**
 * The colour and font scheme of a PowerPoint theme part (`ppt/theme/themeN.xml`), and DrawingML
 * colour elements resolved against them.
 */
import { sanitizeText } from '../render/sanitize-text.js';
import { ResourceBudget } from '../resource-budget.js';
import { modulateLuminance, modulateSaturation, mixColors, normalizeHex, scaleLightness, BLACK, WHITE } from './template-colors.js';
import { attrOf, childAt, childNamed, childrenNamed, elementChildren, localName, type XmlElement } from '../ooxml/xml-query.js';
import { canShowChinese } from './cjk-fonts.js';

export const schemeSlots = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'] as const;
export type SchemeSlot = (typeof schemeSlots)[number];
export type ColorScheme = Partial<Record<SchemeSlot, string>>;

/** A slide master's `p:clrMap`: which scheme slot `bg1`, `tx1`, … stand for. */
export type ColorMap = Readonly<Record<string, string>>;

export const DEFAULT_COLOR_MAP: ColorMap = { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' };

export interface SchemeFont {
  readonly eastAsian?: string;
  readonly latin?: string;
  /** A face the template gave for East Asian text that cannot show Chinese (not taken). */
  readonly latinOnlyEastAsian?: string;
}

export interface FontScheme {
  /** `a:majorFont`: headings. */
  readonly major: SchemeFont;
  /** `a:minorFont`: body text. */
  readonly minor: SchemeFont;
}

export interface ColorContext {
  readonly scheme: ColorScheme;
  readonly colorMap: ColorMap;
}

/** The ten named colours of `a:clrScheme`; slots without a readable colour are left out. */
export function readColorScheme(theme: XmlElement): ColorScheme {
  const clrScheme = childAt(theme, 'themeElements', 'clrScheme');
  const scheme: ColorScheme = {};
  for (const slot of schemeSlots) {
    const value = readColorElement(elementChildren(childNamed(clrScheme, slot))[0], { scheme: {}, colorMap: DEFAULT_COLOR_MAP });
    if (value !== undefined) scheme[slot] = value;
  }
  return scheme;
}

/** The theme's own name (`<a:theme name="…">`), for the notes. */
export function readThemeName(theme: XmlElement): string | undefined {
  const name = attrOf(theme, 'name')?.trim();
  return name === undefined || name === '' ? undefined : name;
}

/** Font names are checked against the template's budget: every later deck would carry them. */
export function readFontScheme(theme: XmlElement, budget: Pick<ResourceBudget, 'checkFontName'> = new ResourceBudget('模板')): FontScheme {
  const fontScheme = childAt(theme, 'themeElements', 'fontScheme');
  return { major: readSchemeFont(childNamed(fontScheme, 'majorFont'), budget), minor: readSchemeFont(childNamed(fontScheme, 'minorFont'), budget) };
}

/**
 * East Asian face from `a:ea`, or the Simplified Chinese script entry when `a:ea` is empty or
 * names a font that cannot show Chinese (cjk-fonts.ts); such a font is reported, never taken.
 */
function readSchemeFont(fontGroup: XmlElement | undefined, budget: Pick<ResourceBudget, 'checkFontName'>): SchemeFont {
  const usable = (typeface: string | undefined): string | undefined => usableTypeface(typeface, budget);
  const latin = usable(attrOf(childNamed(fontGroup, 'latin'), 'typeface'));
  const hans = childrenNamed(fontGroup, 'font').find((font) => attrOf(font, 'script') === 'Hans');
  const candidates = [usable(attrOf(childNamed(fontGroup, 'ea'), 'typeface')), usable(attrOf(hans, 'typeface'))].filter((face) => face !== undefined);
  const eastAsian = candidates.find(canShowChinese);
  const latinOnlyEastAsian = eastAsian === undefined ? candidates[0] : undefined;
  return {
    ...(eastAsian === undefined ? {} : { eastAsian }),
    ...(latin === undefined ? {} : { latin }),
    ...(latinOnlyEastAsian === undefined ? {} : { latinOnlyEastAsian }),
  };
}

/** `+mj-lt` and similar are references to the scheme itself, not font names. */
function usableTypeface(typeface: string | undefined, budget: Pick<ResourceBudget, 'checkFontName'>): string | undefined {
  // Checked before cleaning: the budget is about what the file holds.
  if (typeface !== undefined) budget.checkFontName(typeface.trim(), '主题字体');
  const cleaned = typeface === undefined ? undefined : sanitizeText(typeface).trim();
  return cleaned === undefined || cleaned === '' || cleaned.startsWith('+') ? undefined : cleaned;
}

/** The slide master's colour mapping, completed with the usual defaults. */
export function readColorMap(master: XmlElement | undefined): ColorMap {
  const clrMap = childNamed(master, 'clrMap');
  return { ...DEFAULT_COLOR_MAP, ...(clrMap?.attrs ?? {}) };
}

const COLOR_ELEMENTS = new Set(['srgbClr', 'sysClr', 'schemeClr', 'scrgbClr', 'prstClr', 'hslClr']);

/** The first colour element directly inside `parent` (e.g. an `a:solidFill`), resolved. */
export function readFillColor(parent: XmlElement | undefined, context: ColorContext): string | undefined {
  const element = elementChildren(parent).find((child) => COLOR_ELEMENTS.has(localName(child.name)));
  return readColorElement(element, context);
}

/** A DrawingML colour element with its modifiers (lumMod, lumOff, tint, shade, satMod) applied. */
export function readColorElement(element: XmlElement | undefined, context: ColorContext): string | undefined {
  if (element === undefined) return undefined;
  const base = readBaseColor(element, context);
  return base === undefined ? undefined : applyModifiers(base, element);
}

const SYSTEM_COLORS: Readonly<Record<string, string>> = { windowText: BLACK, window: WHITE, btnText: BLACK, btnFace: 'F0F0F0' };
const PRESET_COLORS: Readonly<Record<string, string>> = { black: BLACK, white: WHITE, red: 'FF0000', blue: '0000FF', green: '008000', gray: '808080' };

function readBaseColor(element: XmlElement, context: ColorContext): string | undefined {
  const value = attrOf(element, 'val') ?? '';
  switch (localName(element.name)) {
    case 'srgbClr':
      return normalizeHex(value) ?? undefined;
    case 'sysClr':
      return normalizeHex(attrOf(element, 'lastClr') ?? '') ?? SYSTEM_COLORS[value];
    case 'prstClr':
      return PRESET_COLORS[value];
    case 'scrgbClr':
      return readPercentRgb(element);
    case 'schemeClr': {
      const slot = context.colorMap[value] ?? value;
      return context.scheme[slot as SchemeSlot];
    }
    default:
      return undefined;
  }
}

/** `a:scrgbClr` gives linear-light percentages in thousandths; converted back to sRGB. */
function readPercentRgb(element: XmlElement): string | undefined {
  const channels = ['r', 'g', 'b'].map((key) => Number(attrOf(element, key)) / 100000);
  if (channels.some((channel) => !Number.isFinite(channel))) return undefined;
  const encoded = channels.map((linear) => {
    const clamped = Math.min(1, Math.max(0, linear));
    const srgb = clamped <= 0.0031308 ? clamped * 12.92 : 1.055 * clamped ** (1 / 2.4) - 0.055;
    return Math.round(srgb * 255)
      .toString(16)
      .padStart(2, '0');
  });
  return encoded.join('').toUpperCase();
}

function applyModifiers(base: string, element: XmlElement): string {
  let lumMod = 1;
  let lumOff = 0;
  let color = base;
  for (const modifier of elementChildren(element)) {
    const amount = Number(attrOf(modifier, 'val')) / 100000;
    if (!Number.isFinite(amount)) continue;
    switch (localName(modifier.name)) {
      case 'lumMod':
        lumMod = amount;
        break;
      case 'lumOff':
        lumOff = amount;
        break;
      case 'tint':
        color = mixColors(WHITE, color, amount);
        break;
      case 'shade':
        color = scaleLightness(color, amount);
        break;
      case 'satMod':
        color = modulateSaturation(color, amount);
        break;
      default:
        break;
    }
  }
  return lumMod === 1 && lumOff === 0 ? color : modulateLuminance(color, lumMod, lumOff);
}
