/**
 * The theme file format. One zod schema is the single source of truth: the loader validates with
 * it and `themes/theme.schema.json` is generated from it for editors.
 *
 * Units: sizes and distances are in points (1/72 inch); decoration boxes are fractions of the
 * slide (0–1) so one theme works for 16:9 and 4:3.
 */
import { z } from 'zod';

/** Smallest body size a meeting deck may use: the audience sits metres away. */
export const MIN_BODY_PT = 14;

export const hexColor = z
  .string()
  .regex(/^#?[0-9A-Fa-f]{6}$/, { message: '颜色应为 6 位十六进制，如 "#C00000"' })
  .transform((value) => value.replace(/^#/, '').toUpperCase());

export const colorNames = ['primary', 'secondary', 'accent', 'background', 'surface', 'text', 'muted', 'onPrimary'] as const;
export type ColorName = (typeof colorNames)[number];

/** A colour given either as one of the palette's names or as a hex value. */
export const colorRef = z.union([z.enum(colorNames), hexColor]);
export type ColorRef = z.infer<typeof colorRef>;

const palette = z.strictObject({
  primary: hexColor.describe('主色：标题栏、色带、编号'),
  secondary: hexColor.describe('辅色：深一级的主色，用于渐深的色块'),
  accent: hexColor.describe('强调色：引号中的关键词、金色装饰'),
  background: hexColor.describe('页面底色'),
  surface: hexColor.describe('卡片、色块的浅底色'),
  text: hexColor.describe('正文颜色'),
  muted: hexColor.describe('次要文字（页脚、说明）'),
  onPrimary: hexColor.describe('主色块上的文字颜色'),
});

export const fontSchema = z.strictObject({
  eastAsian: z.string().min(1).describe('中文字体，如 "微软雅黑"'),
  latin: z.string().min(1).describe('西文与数字字体，如 "Microsoft YaHei" 或 "Arial"'),
  fallbacks: z.array(z.string().min(1)).default([]).describe('演示电脑缺少字体时的后备字体（写入主题字体表）'),
});
export type ThemeFont = z.infer<typeof fontSchema>;

export const sizeRange = z
  .strictObject({
    min: z.number().positive(),
    max: z.number().positive(),
  })
  .refine((range) => range.min <= range.max, { message: 'min 不能大于 max' });
export type SizeRange = z.infer<typeof sizeRange>;

export const slideKinds = ['cover', 'agenda', 'overview', 'divider', 'content', 'closing'] as const;
export type SlideKind = (typeof slideKinds)[number];

export const decorationSchema = z.strictObject({
  shape: z.enum(['rect', 'roundRect', 'ellipse', 'triangle', 'rtTriangle', 'line']).describe('形状'),
  on: z.array(z.enum(slideKinds)).min(1).describe('出现在哪些页面'),
  x: z.number().min(0).max(1).describe('左边位置，占页面宽度的比例'),
  y: z.number().min(0).max(1).describe('上边位置，占页面高度的比例'),
  w: z.number().min(0).max(1),
  h: z.number().min(0).max(1),
  color: colorRef,
  transparency: z.number().min(0).max(100).default(0),
  flipH: z.boolean().default(false),
});
export type Decoration = z.infer<typeof decorationSchema>;

export const themeSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: '只能用小写字母、数字和连字符' }),
  label: z.string().min(1).describe('中文名称，如 “党政红”'),
  extends: z.string().optional().describe('继承的主题名或路径'),
  slide: z.strictObject({
    size: z.enum(['16:9', '4:3']).default('16:9'),
  }),
  colors: palette,
  fonts: z.strictObject({
    title: fontSchema,
    body: fontSchema,
  }),
  sizes: z.strictObject({
    title: sizeRange.describe('页面标题字号范围（磅）'),
    heading: sizeRange.describe('卡片、要点标题字号范围（磅）'),
    body: sizeRange.describe('正文字号范围（磅），最小不低于 14'),
    figure: sizeRange.describe('数字卡片中数字的字号范围（磅）'),
    caption: z.number().positive().describe('页脚、页码字号（磅）'),
  }),
  spacing: z.strictObject({
    margin: z.number().min(0).describe('页面左右边距（磅）'),
    gap: z.number().min(0).describe('卡片之间的间距（磅）'),
    lineHeight: z.number().min(1).max(2).describe('行距倍数'),
  }),
  decorations: z.array(decorationSchema).default([]),
  badge: z.strictObject({
    shape: z.enum(['rect', 'roundRect', 'ellipse']).default('rect'),
    color: colorRef.default('primary'),
  }),
  layouts: z.strictObject({
    prefer: z.array(z.string()).default([]).describe('优先使用的版式名，按顺序'),
    disable: z.array(z.string()).default([]).describe('不使用的版式名'),
  }),
  wording: z.strictObject({
    agenda: z.string().min(1).default('目录'),
    overview: z.string().min(1).default('总体情况'),
    closing: z.string().min(1).default('汇报完毕'),
    closingSub: z.string().default('敬请批评指正'),
    continued: z.string().min(1).default('（续）'),
    masked: z.string().min(1).default('待填'),
  }),
  footer: z.strictObject({
    text: z.string().default(''),
    pageNumbers: z.boolean().default(true),
  }),
});

/** A fully validated, defaulted theme as every stage after loading sees it. */
export type Theme = z.infer<typeof themeSchema>;
