/**
 * One resource budget for everything huibao decompresses or reads from a file a user brings (a
 * .docx, a template, a theme's pictures): bytes expanded, XML elements and nesting depth, list
 * numbering values, font name lengths, picture sizes. The size limit on the file itself says
 * nothing about what is inside a zip (1 MB can inflate to 1 GiB) or what a number in it makes us
 * do (a list starting at 1,000,000,000 written as letters), so each reader spends from a budget
 * made for that file, and the first limit passed stops the work with a Chinese message that names
 * the limit. The limits sit far above any real report, template or logo.
 */
import { InputError } from './errors.js';

export interface ResourceLimits {
  /** Bytes inflated from one package, all parts together. */
  readonly expandedBytes: number;
  /** XML elements in one package, all parts together. */
  readonly xmlElements: number;
  /** Elements open inside each other; recursive readers walk this deep. */
  readonly xmlDepth: number;
  /** A list counter (Word allows 0–32767 in its dialogs). */
  readonly numberingValue: number;
  /** Characters in a font name (Windows keeps 31). */
  readonly fontNameLength: number;
  /** Bytes of one picture. */
  readonly imageBytes: number;
  /** Pixels of one picture (width × height). */
  readonly imagePixels: number;
}

const MB = 1024 * 1024;

export const RESOURCE_LIMITS: ResourceLimits = {
  expandedBytes: 128 * MB,
  xmlElements: 2_000_000,
  xmlDepth: 256,
  numberingValue: 32_767,
  fontNameLength: 64,
  imageBytes: 20 * MB,
  imagePixels: 50_000_000,
};

export type ResourceLimit = keyof ResourceLimits;

/** What each limit measures and how its numbers read, for the message. */
const DESCRIPTIONS: Readonly<Record<ResourceLimit, { readonly what: string; readonly format: (value: number) => string }>> = {
  expandedBytes: { what: '解压后的内容大小', format: formatBytes },
  xmlElements: { what: '内部 XML 元素个数', format: (value) => `${value.toLocaleString('en-US')} 个` },
  xmlDepth: { what: '内部 XML 嵌套层数', format: (value) => `${value} 层` },
  numberingValue: { what: '自动编号的数值', format: (value) => value.toLocaleString('en-US') },
  fontNameLength: { what: '字体名称长度', format: (value) => `${value} 个字符` },
  imageBytes: { what: '图片文件大小', format: formatBytes },
  imagePixels: { what: '图片像素数', format: (value) => `${(value / 1_000_000).toFixed(1)} 百万像素` },
};

function formatBytes(value: number): string {
  return value >= MB ? `${(value / MB).toFixed(value >= 10 * MB ? 0 : 1)} MB` : `${Math.ceil(value / 1024)} KB`;
}

const HINT = '正常的讲话稿、Word 文档、模板和图片都远小于这个上限。请确认选对了文件；如果文件来自他人，可在 Word、WPS 或 PowerPoint 中打开后另存一份再试。';

/** A limit passed: the user's file is hostile or broken, not huibao. */
export class ResourceLimitError extends InputError {
  readonly limit: ResourceLimit;

  constructor(limit: ResourceLimit, file: string, found: number | undefined, limits: ResourceLimits, where?: string) {
    const { what, format } = DESCRIPTIONS[limit];
    const place = where === undefined ? '' : `（${where}）`;
    const measured = found === undefined ? '超过' : `为 ${format(found)}，超过`;
    super(`“${file}”${place}的${what}${measured}安全上限 ${format(limits[limit])}，已停止读取。`, { file, hint: HINT });
    this.name = 'ResourceLimitError';
    this.limit = limit;
  }
}

/** Spends from the limits for one file; create one per file read. */
export class ResourceBudget {
  private expanded = 0;
  private elements = 0;

  constructor(
    readonly file: string,
    readonly limits: ResourceLimits = RESOURCE_LIMITS,
  ) {}

  /** Before inflating: `bytes` is what the entry says it holds (the inflater stops there). */
  spendExpanded(bytes: number, where?: string): void {
    // Checked before spending, so a refused entry (a huge picture a template import skips) leaves
    // the budget for the rest.
    if (this.expanded + bytes > this.limits.expandedBytes) throw new ResourceLimitError('expandedBytes', this.file, undefined, this.limits, where);
    this.expanded += bytes;
  }

  /** One more element, opened `depth` levels deep. */
  spendElement(depth: number, where?: string): void {
    this.elements += 1;
    if (depth > this.limits.xmlDepth) throw new ResourceLimitError('xmlDepth', this.file, undefined, this.limits, where);
    if (this.elements > this.limits.xmlElements) throw new ResourceLimitError('xmlElements', this.file, undefined, this.limits, where);
  }

  checkNumbering(value: number): void {
    if (Math.abs(value) > this.limits.numberingValue) throw new ResourceLimitError('numberingValue', this.file, value, this.limits);
  }

  checkFontName(name: string, where?: string): void {
    if (name.length > this.limits.fontNameLength) throw new ResourceLimitError('fontNameLength', this.file, name.length, this.limits, where);
  }

  checkImage(bytes: number, pixels: number | undefined, where?: string): void {
    if (bytes > this.limits.imageBytes) throw new ResourceLimitError('imageBytes', this.file, bytes, this.limits, where);
    if (pixels !== undefined && pixels > this.limits.imagePixels) throw new ResourceLimitError('imagePixels', this.file, pixels, this.limits, where);
  }
}

/** The limit a theme file's value breaks, worded for a ThemeIssue (the theme error names the file). */
export function describeLimit(limit: ResourceLimit, found: number, limits: ResourceLimits = RESOURCE_LIMITS): string {
  const { what, format } = DESCRIPTIONS[limit];
  return `${what}为 ${format(found)}，超过安全上限 ${format(limits[limit])}`;
}
