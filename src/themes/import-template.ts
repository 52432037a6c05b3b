/**
 * `huibao theme import 模板.pptx`: a theme file that extends the closest built-in theme with a
 * unit template's colours, fonts, background picture and logo. Only what the template states is
 * written; sizes, spacing, decorations and anything not found stay the base theme's. No file IO:
 * the caller writes `themeJson` to `themes/<name>.json` and each image next to it.
 */
import { HuibaoError, ThemeError } from '../errors.js';
import { findTemplateImages, type FoundImage, type TemplateImages } from './template-images.js';
import { chooseBaseTheme } from './template-base.js';
import { readBackground, type PartBackground } from './template-master.js';
import { openTemplatePackage, type TemplatePackage } from './template-package.js';
import { derivePalette, type PaletteInput } from './template-palette.js';
import { readColorMap, readColorScheme, readFontScheme, readThemeName, type ColorContext, type SchemeFont } from './template-scheme.js';
import { BUILTIN_PREFIX } from './theme-folders.js';
import { colorNames, themeSchema, type ColorName, type Theme, type ThemeFont } from './theme-schema.js';

export interface ImportTemplateOptions {
  /** Theme name: lower-case letters, digits and hyphens; the file becomes `themes/<name>.json`. */
  readonly name: string;
  /** The template's file name as the user gave it, for the label and messages. */
  readonly fileName: string;
}

export interface ImportedImage {
  /** Path relative to the theme file's folder, e.g. `my-unit/logo.png`; the theme file refers to it by this path. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface ImportedTemplate {
  /** The theme file text to write to `themes/<name>.json`. */
  readonly themeJson: string;
  /** Pictures to write next to it (`themes/<fileName>`), before the theme is loaded. */
  readonly images: readonly ImportedImage[];
  /** Name of the built-in theme it extends. */
  readonly base: string;
  /** Chinese notes for the user: what was taken, from where, and what was not found. */
  readonly notes: readonly string[];
}

/**
 * Reads the template and returns the theme file and its pictures. Throws InputError when the
 * bytes are not a PowerPoint file with a theme, ThemeError when `name` is not a valid theme name.
 */
export async function importTemplate(pptx: Uint8Array, options: ImportTemplateOptions, builtins: readonly Theme[]): Promise<ImportedTemplate> {
  checkThemeName(options.name);
  if (builtins.length === 0) throw new HuibaoError('internal', '没有可作为基础的内置主题，无法导入模板');

  const pkg = await openTemplatePackage(pptx, options.fileName);
  const context: ColorContext = { scheme: readColorScheme(pkg.theme.xml), colorMap: readColorMap(pkg.master?.xml) };
  const palette = derivePalette({ ...context, ...backgroundFillOf(pkg, context) });
  const { theme: base, reason } = chooseBaseTheme(palette.colors, builtins);
  const fontScheme = readFontScheme(pkg.theme.xml, pkg.budget);
  const fonts = {
    title: describeFont('标题', 'title', fontScheme.major, base.fonts.title, base.name),
    body: describeFont('正文', 'body', fontScheme.minor, base.fonts.body, base.name),
  };
  const images = await findTemplateImages(pkg, context);
  const placed = placeImages(options.name, images);

  const themeData = {
    $schema: './theme.schema.json',
    name: options.name,
    label: `${displayName(options.fileName)} 导入`,
    extends: `${BUILTIN_PREFIX}${base.name}`,
    ...nonEmpty('colors', withHashes(palette.colors)),
    ...nonEmpty('fonts', { ...nonEmpty('title', fonts.title.value), ...nonEmpty('body', fonts.body.value) }),
    ...nonEmpty('images', Object.fromEntries(placed.map(({ key, fileName }) => [key, fileName]))),
  };
  const notes = [
    `已读取 ${options.fileName} 的主题${describeThemeName(pkg)}（${pkg.theme.path}）`,
    reason,
    ...(palette.notes.length === 0 ? [`模板的主题中没有可用的配色，颜色沿用 ${base.name}`] : palette.notes),
    fonts.title.note,
    fonts.body.note,
    describeImage('背景图片', images.background, '未找到背景图片'),
    describeImage('标志图片', images.logo, '未找到标志图片（母版和版式上没有合适大小的图片）'),
    ...images.skipped,
    `模板的版式、占位符和装饰图形不会导入；字号、边距、装饰图形和页面用语沿用 ${base.name}，可在主题文件中修改`,
  ];
  return {
    themeJson: `${JSON.stringify(themeData, null, 2)}\n`,
    images: placed.map(({ fileName, bytes }) => ({ fileName, bytes })),
    base: base.name,
    notes,
  };
}

/** Pictures go into a folder named like the theme, next to the theme file: `<name>/logo.png`. */
function placeImages(name: string, images: TemplateImages): { key: 'background' | 'logo'; fileName: string; bytes: Uint8Array }[] {
  return (['background', 'logo'] as const).flatMap((key) => {
    const image = images[key];
    return image === undefined ? [] : [{ key, fileName: `${name}/${key}.${image.extension}`, bytes: image.bytes }];
  });
}

function describeThemeName(pkg: TemplatePackage): string {
  const name = readThemeName(pkg.theme.xml);
  return name === undefined ? '' : `“${name}”`;
}

function checkThemeName(name: string): void {
  if (!themeSchema.shape.name.safeParse(name).success) {
    throw new ThemeError(name, [{ path: 'name', message: '主题名只能用小写字母、数字和连字符，如 "my-unit"', found: JSON.stringify(name) }]);
  }
}

/** The master's plain background colour, else the first slide's layout's: what slides show. */
function backgroundFillOf(pkg: TemplatePackage, context: ColorContext): Pick<PaletteInput, 'backgroundFill'> {
  const sources = [
    { part: pkg.master, from: '母版背景' },
    { part: pkg.firstSlideLayout, from: '第一张幻灯片所用版式的背景' },
  ];
  for (const { part, from } of sources) {
    const fill: PartBackground | undefined = part === undefined ? undefined : readBackground(part.xml, context);
    if (fill?.color === undefined) continue;
    const how = fill.kind === 'gradient' ? '（渐变背景，取第一个颜色）' : fill.kind === 'pattern' ? '（图案背景，取前景色）' : '';
    return { backgroundFill: { color: fill.color, from: `${from}${how}` } };
  }
  return {};
}

interface FontChoice {
  readonly value: Partial<Pick<ThemeFont, 'eastAsian' | 'latin'>>;
  readonly note: string;
}

function describeFont(role: string, key: 'title' | 'body', found: SchemeFont, baseFont: ThemeFont, baseName: string): FontChoice {
  const value = { ...(found.eastAsian === undefined ? {} : { eastAsian: found.eastAsian }), ...(found.latin === undefined ? {} : { latin: found.latin }) };
  const kept = `沿用 ${baseName} 的`;
  if (found.eastAsian === undefined && found.latin === undefined) {
    return { value, note: `${role}字体：模板未指定，${kept}“${baseFont.eastAsian}”（中文）和“${baseFont.latin}”（西文）` };
  }
  const parts = [
    found.eastAsian !== undefined
      ? `中文“${found.eastAsian}”`
      : found.latinOnlyEastAsian !== undefined
        ? `模板的中文字体位置写的是“${found.latinOnlyEastAsian}”，它不能显示中文，${kept}“${baseFont.eastAsian}”（若它其实是中文字体，可在主题文件中写入 fonts.${key}.eastAsian）`
        : `模板未指定中文字体，${kept}“${baseFont.eastAsian}”`,
    found.latin === undefined ? `模板未指定西文字体，${kept}“${baseFont.latin}”` : `西文“${found.latin}”`,
  ];
  return { value, note: `${role}字体（取自模板主题的${role}字体）：${parts.join('，')}` };
}

/** Pictures are saved whole: builds shrink them to their place on the slide (src/render/fit-pictures.ts). */
function describeImage(what: string, image: FoundImage | undefined, missing: string): string {
  if (image === undefined) return missing;
  return `${what}：取自${image.from}（${image.info.format.toUpperCase()}，${image.info.width}×${image.info.height} 像素，原图保存，生成演示文稿时按幻灯片所需缩小）`;
}

/** In the order a theme file lists them, with the `#` people write by hand. */
function withHashes(colors: Readonly<Partial<Record<ColorName, string>>>): Partial<Record<ColorName, string>> {
  return Object.fromEntries(colorNames.flatMap((key) => (colors[key] === undefined ? [] : [[key, `#${colors[key]}`]])));
}

function nonEmpty<K extends string, V extends object>(key: K, value: V): Partial<Record<K, V>> {
  return Object.keys(value).length === 0 ? {} : ({ [key]: value } as Partial<Record<K, V>>);
}

/** The file name without folders and extension: `D:\\模板\\单位模板.pptx` → `单位模板`. */
function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.(pptx|potx|pptm|potm)$/i, '');
  return stem === '' ? '模板' : stem;
}
