/**
 * Word's automatic numbering. The numbers a reader sees (一、 （一） 1.) are not in the text of a
 * .docx: they come from `numbering.xml` and a counter per list. The text parser relies on those
 * markers to find sections and points, so we rebuild them the way Word displays them.
 */
import { ResourceBudget } from '../resource-budget.js';
import { childElements, firstChild, valOf, type XmlElement } from '../ooxml/xml-reader.js';

export interface NumberingLevel {
  readonly start: number;
  readonly format: string;
  /** Word's level text, e.g. `%1、` or `（%2）`; `%n` stands for level n's counter. */
  readonly text: string;
  /** "Legal" numbering shows every counter as a decimal number. */
  readonly legal: boolean;
  /** A paragraph style tied to this level (`w:pStyle`), as multilevel heading lists do. */
  readonly styleId: string | undefined;
}

export interface NumberingDefinitions {
  /** numId → level index → level. */
  readonly lists: ReadonlyMap<string, ReadonlyMap<number, NumberingLevel>>;
}

export const NO_NUMBERING: NumberingDefinitions = { lists: new Map() };

export function readNumberingDefinitions(root: XmlElement): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, NumberingLevel>>();
  for (const abstract of childElements(root, 'w:abstractNum')) {
    const id = abstract.attrs['w:abstractNumId'];
    if (id !== undefined) abstracts.set(id, readLevels(abstract));
  }
  const lists = new Map<string, ReadonlyMap<number, NumberingLevel>>();
  for (const num of childElements(root, 'w:num')) {
    const numId = num.attrs['w:numId'];
    const abstractId = valOf(num, 'w:abstractNumId');
    if (numId === undefined || abstractId === undefined) continue;
    const levels = new Map(abstracts.get(abstractId) ?? []);
    for (const override of childElements(num, 'w:lvlOverride')) {
      const index = Number(override.attrs['w:ilvl'] ?? 'NaN');
      if (!Number.isInteger(index)) continue;
      const replacement = firstChild(override, 'w:lvl');
      const base = replacement === undefined ? levels.get(index) : readLevel(replacement);
      const startOverride = parseInteger(valOf(override, 'w:startOverride'));
      if (base !== undefined) levels.set(index, startOverride === undefined ? base : { ...base, start: startOverride });
    }
    lists.set(numId, levels);
  }
  return { lists };
}

function readLevels(abstract: XmlElement): Map<number, NumberingLevel> {
  const levels = new Map<number, NumberingLevel>();
  for (const lvl of childElements(abstract, 'w:lvl')) {
    const index = parseInteger(lvl.attrs['w:ilvl']);
    if (index !== undefined) levels.set(index, readLevel(lvl));
  }
  return levels;
}

function readLevel(lvl: XmlElement): NumberingLevel {
  const legal = firstChild(lvl, 'w:isLgl');
  return {
    start: parseInteger(valOf(lvl, 'w:start')) ?? 1,
    format: valOf(lvl, 'w:numFmt') ?? 'decimal',
    text: valOf(lvl, 'w:lvlText') ?? '',
    legal: legal !== undefined && legal.attrs['w:val'] !== '0' && legal.attrs['w:val'] !== 'false',
    styleId: valOf(lvl, 'w:pStyle'),
  };
}

function parseInteger(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number.parseInt(value, 10);
  return Number.isInteger(number) ? number : undefined;
}

/**
 * Counts list items in document order and returns the marker text Word shows for each numbered
 * paragraph. One counter set per list (numId); moving to a level resets all deeper levels.
 */
export class NumberingCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();

  /** `budget` bounds the counters: a list starting at 1,000,000,000 written as letters would spell a gigabyte. */
  constructor(
    private readonly definitions: NumberingDefinitions,
    private readonly budget: Pick<ResourceBudget, 'checkNumbering'> = new ResourceBudget('Word 文档'),
  ) {}

  /** The level a style is tied to in a list: how a heading style numbered through its style finds its level. */
  levelOfStyle(numId: string, styleId: string | undefined): number | undefined {
    if (styleId === undefined) return undefined;
    for (const [index, level] of this.definitions.lists.get(numId) ?? []) {
      if (level.styleId === styleId) return index;
    }
    return undefined;
  }

  /** Advances the list and returns the marker, or '' for bullets, unknown lists and `numId` 0. */
  next(numId: string, level: number): string {
    const levels = this.definitions.lists.get(numId);
    const definition = levels?.get(level);
    if (levels === undefined || definition === undefined) return '';
    const counters = this.counters.get(numId) ?? [];
    this.counters.set(numId, counters);
    const current = counters[level];
    counters[level] = current === undefined ? definition.start : current + 1;
    counters.length = level + 1;
    if (definition.format === 'bullet' || definition.format === 'none') return '';
    return definition.text.replace(/%([1-9])/g, (_, digit: string) => {
      const referenced = Number(digit) - 1;
      const referencedLevel = levels.get(referenced);
      const value = counters[referenced] ?? referencedLevel?.start ?? 1;
      this.budget.checkNumbering(value);
      const format = definition.legal || referencedLevel === undefined ? 'decimal' : referencedLevel.format;
      return formatNumber(value, format);
    });
  }
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const HEAVENLY_STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'] as const;
const EARTHLY_BRANCHES = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'] as const;

/** Formats a list counter in one of Word's `w:numFmt` styles; unknown styles fall back to decimal. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return toChineseCounting(value, CHINESE_DIGITS, ['', '十', '百', '千']);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return toChineseCounting(value, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(value)].map((digit) => (digit === '0' ? '〇' : (CHINESE_DIGITS[Number(digit)] ?? digit))).join('');
    case 'ideographTraditional':
      return cyclic(value, HEAVENLY_STEMS);
    case 'ideographZodiac':
      return cyclic(value, EARTHLY_BRANCHES);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosedCircle(value);
    case 'decimalEnclosedParen':
      return `(${value})`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)].map((digit) => String.fromCharCode(0xff10 + Number(digit))).join('');
    case 'decimalZero':
      return value < 10 && value >= 0 ? `0${value}` : String(value);
    case 'lowerLetter':
      return toLetters(value).toLowerCase();
    case 'upperLetter':
      return toLetters(value);
    case 'lowerRoman':
      return toRoman(value).toLowerCase();
    case 'upperRoman':
      return toRoman(value);
    default:
      return String(value);
  }
}

function toChineseCounting(value: number, digits: readonly string[], units: readonly string[]): string {
  if (value <= 0 || value >= 10000) return String(value);
  const parts: string[] = [];
  const places = String(value).split('').map(Number);
  let pendingZero = false;
  places.forEach((digit, index) => {
    const unit = units[places.length - 1 - index] ?? '';
    if (digit === 0) {
      pendingZero = parts.length > 0;
      return;
    }
    if (pendingZero) parts.push(digits[0] ?? '');
    pendingZero = false;
    // 10–19 read 十、十一 rather than 一十、一十一.
    const omitOne = digit === 1 && unit !== '' && index === 0 && places.length === 2;
    parts.push(`${omitOne ? '' : (digits[digit] ?? '')}${unit}`);
  });
  return parts.join('');
}

function cyclic(value: number, symbols: readonly string[]): string {
  if (value <= 0) return String(value);
  return symbols[(value - 1) % symbols.length] ?? String(value);
}

function enclosedCircle(value: number): string {
  if (value >= 1 && value <= 20) return String.fromCodePoint(0x2460 + value - 1);
  if (value >= 21 && value <= 35) return String.fromCodePoint(0x3251 + value - 21);
  if (value >= 36 && value <= 50) return String.fromCodePoint(0x32b1 + value - 36);
  return `(${value})`;
}

function toLetters(value: number): string {
  if (value <= 0) return String(value);
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function toRoman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  const numerals: readonly (readonly [number, string])[] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let result = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      result += numeral;
      rest -= amount;
    }
  }
  return result;
}
