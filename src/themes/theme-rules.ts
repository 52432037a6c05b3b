/**
 * Rules the schema cannot express. Errors are checked on the raw merged data so they are
 * reported together with schema issues; warnings are checked on the validated theme.
 */
import { posix, win32 } from 'node:path';
import { findIllegalXmlCharacter } from '../render/sanitize-text.js';
import { describeLimit, RESOURCE_LIMITS } from '../resource-budget.js';
import { resolvePalette } from './theme-colors.js';
import { pathApiFor } from './theme-file-paths.js';
import { formatFoundValue, isRecord, readAtPath, type KeyedIssue } from './theme-paths.js';
import { MIN_BODY_PT, slideKinds, type Theme } from './theme-schema.js';

/** Decorations may overshoot the slide edge by rounding only. */
const EDGE_TOLERANCE = 0.001;

/**
 * Where the planner puts text on agenda, overview and content slides, as fractions of the height:
 * the title bar (a long title takes two lines of it) and the body. A thin rule fits in the gap
 * between them; plan/geometry.ts lays slides out by these bands.
 */
export const TITLE_BAND = { top: 0.04, bottom: 0.175 } as const;
export const BODY_BAND = { top: 0.19, bottom: 0.92 } as const;

/** Slide widths in points, as the planner lays slides out (PowerPoint's defaults). */
const SLIDE_WIDTH_PT = { '16:9': 960, '4:3': 720 } as const;

/** East Asian fonts present on every stock Windows install (Chinese and English names). */
const WINDOWS_CJK_FONTS = [
  '微软雅黑',
  'Microsoft YaHei',
  '微软雅黑 Light',
  'Microsoft YaHei Light',
  '黑体',
  'SimHei',
  '宋体',
  'SimSun',
  '新宋体',
  'NSimSun',
  '仿宋',
  'FangSong',
  '楷体',
  'KaiTi',
  '等线',
  'DengXian',
];

/** Semantic errors in the merged (not yet validated) theme data. */
export function checkThemeRules(data: unknown): KeyedIssue[] {
  return [...checkBodyMinimum(data), ...checkEastAsianFonts(data), ...checkFontNameLengths(data), ...checkXmlCharacters(data), ...checkDecorationBounds(data)];
}

/**
 * Every text of a theme ends up in the deck's XML (fonts in every run, footer, wording), where a
 * control character makes the part invalid. Said here, with the key, rather than dropped silently.
 */
function checkXmlCharacters(data: unknown): KeyedIssue[] {
  const issues: KeyedIssue[] = [];
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      const character = findIllegalXmlCharacter(value);
      if (character !== undefined)
        issues.push({
          path,
          message: `含有控制字符 ${character}，这类字符不能写进演示文稿，请删除它（常见于从别处复制来的文字）`,
          found: formatFoundValue(value),
        });
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => pending.push({ value: item, path: [...path, index] }));
    } else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) pending.push({ value: item, path: [...path, key] });
    }
  }
  return issues.reverse();
}

/** Font names go into every run of every deck: one of two million characters made decks of 624 MB. */
function checkFontNameLengths(data: unknown): KeyedIssue[] {
  const { fontNameLength } = RESOURCE_LIMITS;
  return ['title', 'body'].flatMap((role) => {
    const named = ['eastAsian', 'latin'].map((slot) => ({ path: ['fonts', role, slot], value: readAtPath(data, ['fonts', role, slot]) }));
    const fallbacks = readAtPath(data, ['fonts', role, 'fallbacks']);
    const listed = Array.isArray(fallbacks) ? fallbacks.map((value: unknown, index) => ({ path: ['fonts', role, 'fallbacks', index], value })) : [];
    return [...named, ...listed].flatMap(({ path, value }) =>
      typeof value === 'string' && value.length > fontNameLength
        ? [{ path, message: `${describeLimit('fontNameLength', value.length)}，请填写字体的真实名称`, found: formatFoundValue(value) }]
        : [],
    );
  });
}

function checkBodyMinimum(data: unknown): KeyedIssue[] {
  const path = ['sizes', 'body', 'min'];
  const value = readAtPath(data, path);
  if (typeof value !== 'number' || value >= MIN_BODY_PT) return [];
  return [{ path, message: `正文最小字号不能小于 ${MIN_BODY_PT} 磅（会场后排看不清），请改为 ${MIN_BODY_PT} 或更大`, found: formatFoundValue(value) }];
}

function checkEastAsianFonts(data: unknown): KeyedIssue[] {
  return ['title', 'body'].flatMap((role) => {
    const path = ['fonts', role, 'eastAsian'];
    const value = readAtPath(data, path);
    if (typeof value !== 'string' || value.trim() !== '') return [];
    return [{ path, message: '中文字体不能为空：请填写，如 "微软雅黑"', found: formatFoundValue(value) }];
  });
}

function checkDecorationBounds(data: unknown): KeyedIssue[] {
  const decorations = readAtPath(data, ['decorations']);
  if (!Array.isArray(decorations)) return [];
  return decorations.flatMap((decoration: unknown, index) => {
    if (!isRecord(decoration)) return [];
    const issues: KeyedIssue[] = [];
    for (const [start, size, label] of [
      ['x', 'w', '宽度'],
      ['y', 'h', '高度'],
    ] as const) {
      const from = decoration[start];
      const extent = decoration[size];
      if (typeof from === 'number' && typeof extent === 'number' && from + extent > 1 + EDGE_TOLERANCE) {
        issues.push({
          path: ['decorations', index, size],
          message: `装饰超出页面：${start} + ${size} = ${round(from + extent)}，不能大于 1（整页${label}），请把 ${size} 改为不大于 ${round(1 - from)}`,
          found: formatFoundValue(extent),
        });
      }
    }
    return issues;
  });
}

export type ImagePathCheck = { readonly ok: true; readonly resolved: string } | { readonly ok: false; readonly message: string };

/**
 * An image path from a theme file: relative to the file's folder and inside it, so a theme
 * folder can be copied to another computer whole. Pure string logic, no file access.
 */
export function checkImagePath(value: string, themeDir: string): ImagePathCheck {
  const allowed = `须是相对于主题文件的路径，且在主题文件所在文件夹（${themeDir}）之内，如 "images/logo.png"`;
  if (posix.isAbsolute(value) || win32.isAbsolute(value)) {
    return { ok: false, message: `图片路径不能是绝对路径：${allowed}` };
  }
  const pathApi = pathApiFor(themeDir);
  const normalised = pathApi === posix ? value.replace(/\\/g, '/') : value;
  const resolved = pathApi.resolve(themeDir, normalised);
  const relative = pathApi.relative(themeDir, resolved);
  if (relative === '' || relative === '..' || relative.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(relative)) {
    return { ok: false, message: `图片在主题文件夹之外：${allowed}` };
  }
  return { ok: true, resolved };
}

/** Things that work but will probably look wrong in the meeting room. */
export function collectThemeWarnings(theme: Theme): string[] {
  return [...warnContrast(theme), ...warnDecorationsOverText(theme), ...warnFonts(theme), ...warnSizes(theme)];
}

function warnContrast(theme: Theme): string[] {
  const pairs = [
    ['text', 'background', 4.5, '正文'],
    ['onPrimary', 'primary', 3, '主色块上的文字'],
    ['muted', 'background', 3, '页脚和说明文字'],
  ] as const;
  const warnings = new Set<string>();
  for (const kind of slideKinds) {
    const palette = resolvePalette(theme, kind);
    for (const [front, back, needed, what] of pairs) {
      const ratio = contrastRatio(palette[front], palette[back]);
      if (ratio < needed) {
        const scope = theme.colors.layouts[kind] === undefined ? '' : `（${kind} 页）`;
        warnings.add(`colors.${front} 与 colors.${back} 的对比度只有 ${ratio.toFixed(1)}${scope}，${what}在投影上可能看不清（建议不低于 ${needed}）`);
      }
    }
  }
  return [...warnings];
}

function warnDecorationsOverText(theme: Theme): string[] {
  const side = theme.spacing.margin / SLIDE_WIDTH_PT[theme.slide.size];
  return theme.decorations.flatMap((decoration, index) => {
    const onTextSlides = decoration.on.filter((kind) => kind === 'agenda' || kind === 'overview' || kind === 'content');
    const overlapsX = decoration.x < 1 - side && decoration.x + decoration.w > side;
    const overlapsY = [TITLE_BAND, BODY_BAND].some((band) => decoration.y < band.bottom && decoration.y + decoration.h > band.top);
    const visible = decoration.transparency < 100;
    if (onTextSlides.length === 0 || !overlapsX || !overlapsY || !visible) return [];
    return [
      `decorations[${index}] 压在 ${onTextSlides.join('、')} 页的标题或文字区上（左右边距以内，标题栏约为 y ${TITLE_BAND.top}–${TITLE_BAND.bottom}，文字区约为 y ${BODY_BAND.top}–${BODY_BAND.bottom}），请移到页面边缘或两者之间`,
    ];
  });
}

function warnFonts(theme: Theme): string[] {
  return (['title', 'body'] as const).flatMap((role) => {
    const font = theme.fonts[role];
    const names = [font.eastAsian, ...font.fallbacks];
    if (names.some((name) => WINDOWS_CJK_FONTS.includes(name))) return [];
    return [`fonts.${role}：“${font.eastAsian}”不是 Windows 自带字体，后备字体中也没有，演示电脑上可能被替换（建议加上 "微软雅黑" 或 "黑体"）`];
  });
}

function warnSizes(theme: Theme): string[] {
  const { heading, body, title } = theme.sizes;
  const warnings: string[] = [];
  if (heading.min < body.min) warnings.push(`sizes.heading.min（${heading.min}）小于 sizes.body.min（${body.min}），要点标题可能比正文还小`);
  if (title.max < heading.max) warnings.push(`sizes.title.max（${title.max}）小于 sizes.heading.max（${heading.max}），页面标题可能比要点标题还小`);
  return warnings;
}

/** WCAG contrast ratio of two 6-digit hex colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function relativeLuminance(hex: string): number {
  const value = hex.replace(/^#/, '');
  const channels = [0, 2, 4].map((start) => {
    const channel = parseInt(value.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
