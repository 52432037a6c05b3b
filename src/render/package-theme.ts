import { HuibaoError } from '../errors.js';
import { escapeXml } from './package-xml.js';

export interface ThemeColors {
  readonly dark1: string;
  readonly light1: string;
  readonly dark2: string;
  readonly light2: string;
  readonly accent1: string;
  readonly accent2: string;
  readonly accent3: string;
  readonly accent4: string;
  readonly accent5: string;
  readonly accent6: string;
  readonly hyperlink: string;
  readonly followedHyperlink: string;
}

export interface ThemeFont {
  readonly latin: string;
  readonly eastAsian: string;
}

export interface PackageTheme {
  readonly name: string;
  readonly colors: ThemeColors;
  readonly majorFont: ThemeFont;
  readonly minorFont: ThemeFont;
}

/** Scheme slots in the order CT_ColorScheme requires. */
const COLOR_SLOTS: readonly (readonly [string, keyof ThemeColors])[] = [
  ['dk1', 'dark1'],
  ['lt1', 'light1'],
  ['dk2', 'dark2'],
  ['lt2', 'light2'],
  ['accent1', 'accent1'],
  ['accent2', 'accent2'],
  ['accent3', 'accent3'],
  ['accent4', 'accent4'],
  ['accent5', 'accent5'],
  ['accent6', 'accent6'],
  ['hlink', 'hyperlink'],
  ['folHlink', 'followedHyperlink'],
];

function normalizeHex(color: string, key: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) {
    throw new HuibaoError('internal', `主题颜色 ${key} 的值“${color}”不是六位十六进制颜色（如 C00000），无法写入主题部件。`, {
      hint: '请在主题文件中把颜色写成 RRGGBB 形式。',
    });
  }
  return hex;
}

export function writeColorScheme(theme: PackageTheme): string {
  const slots = COLOR_SLOTS.map(([element, key]) => {
    return `<a:${element}><a:srgbClr val="${normalizeHex(theme.colors[key], key)}"/></a:${element}>`;
  });
  return `<a:clrScheme name="${escapeXml(theme.name)}">${slots.join('')}</a:clrScheme>`;
}

/**
 * `a:ea` must name a face: pptxgenjs leaves it empty, so hand-added slides fall back to the
 * Office default. The `Hans` entry is what PowerPoint uses for Simplified Chinese text whose
 * run names no face of its own.
 */
function writeFontCollection(element: 'a:majorFont' | 'a:minorFont', font: ThemeFont): string {
  const latin = escapeXml(font.latin);
  const eastAsian = escapeXml(font.eastAsian);
  return (
    `<${element}><a:latin typeface="${latin}"/><a:ea typeface="${eastAsian}"/><a:cs typeface=""/>` +
    `<a:font script="Hans" typeface="${eastAsian}"/></${element}>`
  );
}

export function writeFontScheme(theme: PackageTheme): string {
  return (
    `<a:fontScheme name="${escapeXml(theme.name)}">` +
    writeFontCollection('a:majorFont', theme.majorFont) +
    writeFontCollection('a:minorFont', theme.minorFont) +
    '</a:fontScheme>'
  );
}

/**
 * Rewrites the colour and font schemes of `ppt/theme/theme1.xml` (pptxgenjs writes Office's
 * colours and an empty East Asian font) and names the theme, keeping the format scheme.
 */
export function rewriteTheme(themeXml: string, theme: PackageTheme): string {
  if (theme.majorFont.eastAsian.trim() === '' || theme.minorFont.eastAsian.trim() === '') {
    throw new HuibaoError('internal', '主题缺少中文字体（eastAsian），无法写入主题部件。', {
      hint: '请在主题文件中为标题和正文字体设置中文字体。',
    });
  }
  return themeXml
    .replace(/(<a:theme\s(?:[^>]*?\s)?name=")[^"]*(")/, (_whole, before: string, after: string) => before + escapeXml(theme.name) + after)
    .replace(/<a:clrScheme[\s>][\s\S]*?<\/a:clrScheme>/, () => writeColorScheme(theme))
    .replace(/<a:fontScheme[\s>][\s\S]*?<\/a:fontScheme>/, () => writeFontScheme(theme));
}
