/**
 * The theme file format. One zod schema is the single source of truth: the loader validates with
 * it and `themes/builtin/theme.schema.json` is generated from it for editors (`npm run schema`).
 *
 * Units: sizes and distances are in points (1/72 inch); decoration boxes are fractions of the
 * slide (0–1) so one theme works for 16:9 and 4:3.
 *
 * Keys that have a default may be left out of a theme file. Semantic rules the schema cannot
 * express (body text ≥ MIN_BODY_PT, non-blank East Asian fonts, image paths) live in
 * `theme-rules.ts`.
 */
import { z } from 'zod';
import { colorNames, contentLayoutNames, MIN_BODY_PT, numberingStyles, slideKinds } from './theme-constants.js';

export {
  colorNames,
  contentLayoutNames,
  MIN_BODY_PT,
  numberingStyles,
  slideKinds,
  type ColorName,
  type ContentLayoutName,
  type LayoutName,
  type NumberingStyle,
  type SlideKind,
} from './theme-constants.js';

/** Smallest body size a meeting deck may use: the audience sits metres away. */

export const hexColor = z
  .string()
  .regex(/^#?[0-9A-Fa-f]{6}$/, { error: '颜色应为 6 位十六进制，如 "#C00000"' })
  .transform((value) => value.replace(/^#/, '').toUpperCase());

/** A colour given either as one of the palette's names or as a hex value. */
export const colorRef = z
  .union([z.enum(colorNames), hexColor])
  .describe('颜色：调色板中的名称（primary、secondary、accent、background、surface、text、muted、onPrimary）或 6 位十六进制，如 "#C9A227"');
export type ColorRef = z.infer<typeof colorRef>;

const slideKindList = z.array(z.enum(slideKinds));

/** The eight named colours; `colors.layouts` overrides some of them per slide kind. */
const paletteColors = {
  primary: hexColor.describe('主色：标题栏、色带、编号'),
  secondary: hexColor.describe('辅色：深一级的主色，用于渐深的色块'),
  accent: hexColor.describe('强调色：引号中的关键词、金色装饰'),
  background: hexColor.describe('页面底色'),
  surface: hexColor.describe('卡片、色块的浅底色'),
  text: hexColor.describe('正文颜色'),
  muted: hexColor.describe('次要文字（页脚、说明）'),
  onPrimary: hexColor.describe('主色块上的文字颜色'),
};

const paletteOverride = z.strictObject(paletteColors).partial().describe('只写要改的颜色，其余沿用 colors 中的同名颜色');
export type PaletteOverride = z.infer<typeof paletteOverride>;

const layoutPalettes = z
  .strictObject({
    cover: paletteOverride.optional().describe('封面页的颜色调整'),
    agenda: paletteOverride.optional().describe('目录页的颜色调整'),
    overview: paletteOverride.optional().describe('总体情况页的颜色调整'),
    divider: paletteOverride.optional().describe('章节过渡页的颜色调整'),
    content: paletteOverride.optional().describe('内容页的颜色调整'),
    closing: paletteOverride.optional().describe('结束页的颜色调整'),
  })
  .default({})
  .describe('按页面类型调整调色板，如让封面用更深的主色：{ "cover": { "primary": "#8B0000" } }');

const palette = z.strictObject({
  ...paletteColors,
  layouts: layoutPalettes,
});
export type Palette = Omit<z.infer<typeof palette>, 'layouts'>;

export const fontSchema = z.strictObject({
  eastAsian: z.string().min(1).describe('中文字体，如 "微软雅黑"；请用 Windows 自带字体（微软雅黑、黑体、宋体、楷体、仿宋）'),
  latin: z.string().min(1).describe('西文与数字字体，如 "Microsoft YaHei" 或 "Arial"'),
  fallbacks: z.array(z.string().min(1)).default([]).describe('演示电脑缺少字体时的后备字体（写入主题字体表），如 ["黑体", "Noto Sans CJK SC"]'),
});
export type ThemeFont = z.infer<typeof fontSchema>;

export const sizeRange = z
  .strictObject({
    min: z.number().positive().describe('最小字号（磅）：文字多时最多缩到这里'),
    max: z.number().positive().describe('最大字号（磅）：文字少时最多放大到这里'),
  })
  .refine((range) => range.min <= range.max, { error: 'min 不能大于 max：请把最小字号改得不大于最大字号' });
export type SizeRange = z.infer<typeof sizeRange>;

export const decorationSchema = z
  .strictObject({
    shape: z.enum(['rect', 'roundRect', 'ellipse', 'triangle', 'rtTriangle', 'line']).describe('形状'),
    on: z
      .array(z.enum(slideKinds))
      .min(1)
      .describe('出现在哪些页面：cover 封面、agenda 目录、overview 总体情况、divider 过渡页、content 内容页、closing 结束页'),
    x: z.number().min(0).max(1).describe('左边位置，占页面宽度的比例'),
    y: z.number().min(0).max(1).describe('上边位置，占页面高度的比例'),
    w: z.number().min(0).max(1).describe('宽度，占页面宽度的比例'),
    h: z.number().min(0).max(1).describe('高度，占页面高度的比例'),
    color: colorRef,
    transparency: z.number().min(0).max(100).default(0).describe('透明度：0 不透明，100 完全透明'),
    flipH: z.boolean().default(false).describe('水平翻转（用于直角三角形等）'),
  })
  .describe(
    '装饰图形（色带、细线、角标）。内容页左右边距以内，标题栏约为 y 0.04–0.175、文字区约为 y 0.19–0.92，装饰请放在页面边缘或两者之间；封面、过渡页、结束页可用大色块',
  );
export type Decoration = z.infer<typeof decorationSchema>;

const imagePath = z.string().min(1);

export const themeSchema = z.strictObject({
  $schema: z.string().optional().describe('供编辑器提示用，写 "./theme.schema.json"'),
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: '主题名只能用小写字母、数字和连字符，如 "my-red"' })
    .describe('主题名（英文小写，与文件名一致），用于 `huibao -t 主题名`'),
  label: z.string().min(1).describe('中文名称，如 “党政红”'),
  extends: z.string().optional().describe('继承的主题名（如 "party-red"；"builtin:party-red" 指内置主题）或相对路径；本文件只需写要改的键'),
  slide: z
    .strictObject({
      size: z.enum(['16:9', '4:3']).default('16:9').describe('页面比例：16:9 宽屏（默认）或 4:3'),
    })
    .prefault({}),
  colors: palette,
  fonts: z.strictObject({
    title: fontSchema.describe('标题字体'),
    body: fontSchema.describe('正文字体'),
  }),
  sizes: z.strictObject({
    title: sizeRange.describe('页面标题字号范围（磅）'),
    heading: sizeRange.describe('卡片、要点标题字号范围（磅）'),
    body: sizeRange.describe(`正文字号范围（磅），最小不低于 ${MIN_BODY_PT}`),
    figure: sizeRange.describe('数字卡片中数字的字号范围（磅）'),
    caption: z.number().positive().describe('页脚、页码字号（磅）'),
  }),
  spacing: z.strictObject({
    margin: z.number().min(0).describe('页面左右边距（磅）'),
    gap: z.number().min(0).describe('卡片之间的间距（磅）'),
    lineHeight: z.number().min(1).max(2).describe('行距倍数'),
  }),
  decorations: z.array(decorationSchema).default([]).describe('装饰图形列表，按顺序从底到顶绘制'),
  badge: z
    .strictObject({
      shape: z.enum(['rect', 'roundRect', 'ellipse']).default('rect').describe('编号底块形状'),
      color: colorRef.default('primary').describe('编号底块颜色'),
      textColor: colorRef.default('onPrimary').describe('编号数字颜色'),
    })
    .prefault({})
    .describe('要点前的编号底块（如红色方块白色数字）'),
  layouts: z
    .strictObject({
      prefer: z
        .array(z.enum(contentLayoutNames))
        .default([])
        .describe(`优先使用的版式名，按顺序；可用的版式：${contentLayoutNames.join('、')}`),
      disable: z
        .array(z.enum(contentLayoutNames))
        .default([])
        .describe(`不使用的版式名；可用的版式：${contentLayoutNames.join('、')}`),
    })
    .prefault({})
    .describe('内容页版式：lead-key 无分点段落的要点句，statement 单一要点，point-items 单一要点及其小项，cards 卡片，rows 编号行，columns 双栏'),
  numbering: z
    .enum(numberingStyles)
    .default('source')
    .describe('幻灯片上部分和要点的编号：source 沿用原文的编号样式（一、→ 一，1. → 1；原文没有编号时用 01、02），arabic 一律用 01、02'),
  wording: z
    .strictObject({
      agenda: z.string().min(1).default('目录').describe('目录页标题'),
      overview: z.string().min(1).default('总体情况').describe('总体情况页标题'),
      closing: z.string().min(1).default('汇报完毕').describe('结束页主文字，如 “汇报完毕” “谢谢大家”'),
      closingSub: z.string().default('敬请批评指正').describe('结束页副文字；留空则不写'),
      continued: z.string().min(1).default('（续）').describe('一页放不下时续页标题的后缀'),
      masked: z.string().min(1).default('待填').describe('数字被隐去（如 “*%”）时卡片上的提示'),
      speakerPrefix: z.string().default('').describe('封面上汇报人姓名前的字样，如 “汇报人：”；留空则只写姓名'),
      coverNote: z.string().default('').describe('封面底部的附加字样，如 “内部资料 注意保管”；留空则不写'),
    })
    .prefault({})
    .describe('封面、目录、结束页等处的固定用语'),
  footer: z
    .strictObject({
      text: z.string().default('').describe('页脚文字，如单位名称；留空则不写'),
      pageNumbers: z.boolean().default(true).describe('是否显示页码'),
      on: slideKindList.default(['agenda', 'overview', 'content']).describe('显示页脚和页码的页面'),
    })
    .prefault({}),
  images: z
    .strictObject({
      logo: imagePath.optional().describe('标志图片，相对于本主题文件的路径，须在主题文件所在文件夹内，如 "images/logo.png"；请勿使用党徽、国徽'),
      background: imagePath.optional().describe('背景图片，相对于本主题文件的路径，须在主题文件所在文件夹内'),
      logoOn: slideKindList.default(['cover', 'closing']).describe('显示标志的页面'),
      backgroundOn: slideKindList.default(['cover', 'divider', 'closing']).describe('显示背景图片的页面'),
    })
    .prefault({})
    .describe('可选的标志和背景图片。加载后 logo、background 为绝对路径'),
});

/** A fully validated, defaulted theme as every stage after loading sees it. */
export type Theme = z.infer<typeof themeSchema>;
