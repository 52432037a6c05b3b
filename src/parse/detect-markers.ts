/**
 * Numbering marks at the start of a paragraph or heading, and their grouping into runs.
 *
 * A mark only counts as structure when it belongs to a run that counts 1, 2, 3… in order; a
 * stray `三、` inside prose is ignored. Levels are not fixed here: `build-outline.ts` decides them
 * from which kinds occur and how they nest.
 */

import { DOUBLE_DASH } from './dashes.js';

export type MarkerKind =
  | 'cn-dun' // 一、
  | 'cn-paren' // （一）
  | 'ordinal' // 第一，  我的第一点想法是：
  | 'ar-dot' // 1.  1、  1．
  | 'ar-paren' // （1）  1）
  | 'circled' // ①
  | 'part' // 第一部分  第一章
  | 'stage' // 第一阶段…… (the words stay in the title)
  | 'yishi' // 一是  一要  一抓  一是要
  | 'sequence'; // 首先 其次 再次 最后

/** The ordinal of `最后`: it continues whatever run is open. */
export const LAST_IN_SEQUENCE = 99;

export interface Marker {
  readonly kind: MarkerKind;
  /** 1-based number; `sequence` uses LAST_IN_SEQUENCE for 最后. */
  readonly ordinal: number;
  /** The characters to drop from the heading to get the title (may be empty). */
  readonly mark: string;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Parses 一…九十九 (and 〇/两); null for anything else. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  const ten = text.indexOf('十');
  if (ten === -1) {
    if (text.length !== 1) return null;
    return CN_DIGITS[text] ?? null;
  }
  const before = text.slice(0, ten);
  const after = text.slice(ten + 1);
  const tens = before === '' ? 1 : CN_DIGITS[before];
  const ones = after === '' ? 0 : CN_DIGITS[after];
  if (tens === undefined || ones === undefined || before.length > 1 || after.length > 1) return null;
  return tens * 10 + ones;
}

/** Reads ASCII or full-width digits. */
function readDigits(text: string): number {
  return Number([...text].map((ch) => (ch >= '０' && ch <= '９' ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch)).join(''));
}

const CN_NUM = '[一二三四五六七八九十]{1,3}';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

interface MarkerRule {
  readonly kind: MarkerKind;
  readonly pattern: RegExp;
  /** Which capture group holds the number. */
  readonly toOrdinal: (match: RegExpExecArray) => number | null;
  /** How much of the match is the mark to strip. */
  readonly toMark: (match: RegExpExecArray) => string;
}

const whole = (m: RegExpExecArray): string => m[0];

const RULES: readonly MarkerRule[] = [
  { kind: 'cn-paren', pattern: new RegExp(`^[（(]\\s*(${CN_NUM})\\s*[）)][、，,.．]?\\s*`), toOrdinal: (m) => parseChineseNumeral(m[1] ?? ''), toMark: whole },
  { kind: 'ar-paren', pattern: /^[（(]\s*([0-9０-９]{1,2})\s*[）)][、，,.．]?\s*/, toOrdinal: (m) => readDigits(m[1] ?? ''), toMark: whole },
  // The same level written with the closing bracket only (`1）`, `4)、`), as many offices type it.
  { kind: 'ar-paren', pattern: /^([0-9０-９]{1,2})\s*[）)][、，,.．]?\s*/, toOrdinal: (m) => readDigits(m[1] ?? ''), toMark: whole },
  { kind: 'cn-dun', pattern: new RegExp(`^(${CN_NUM})\\s*[、．.]\\s*`), toOrdinal: (m) => parseChineseNumeral(m[1] ?? ''), toMark: whole },
  // `1.5` is a decimal, but `3、2024年工作打算` is item 3: only a dot can join two numbers.
  { kind: 'ar-dot', pattern: /^([0-9０-９]{1,2})\s*(?:[.．](?![0-9０-９.．])|、)\s*/, toOrdinal: (m) => readDigits(m[1] ?? ''), toMark: whole },
  { kind: 'circled', pattern: new RegExp(`^([${CIRCLED}])\\s*`), toOrdinal: (m) => CIRCLED.indexOf(m[1] ?? '') + 1, toMark: whole },
  { kind: 'part', pattern: new RegExp(`^第(${CN_NUM})(?:部分|章|篇|编)[、，,：:\\s]*`), toOrdinal: (m) => parseChineseNumeral(m[1] ?? ''), toMark: whole },
  // `§1.指导思想和办学目标`: the section sign numbers a plan's parts.
  { kind: 'part', pattern: /^§\s*([0-9０-９]{1,2})\s*[.．、]?\s*/, toOrdinal: (m) => readDigits(m[1] ?? ''), toMark: whole },
  { kind: 'stage', pattern: new RegExp(`^第(${CN_NUM})(?=阶段|方面|步|环节|层次|板块)`), toOrdinal: (m) => parseChineseNumeral(m[1] ?? ''), toMark: () => '' },
  // 最后，第四点，  其次，第二条：  (an order word before the number belongs to the mark)
  {
    kind: 'ordinal',
    // 第一项措施：  第二点意见：  (a measure word and a noun before the colon belong to the mark)
    pattern: new RegExp(`^(?:(?:首先|其次|再次|最后)[，,]\\s*)?第(${CN_NUM})(?:条|点|个方面|[项条点个][^，。！？：:\\s]{1,4}(?=[：:]))?[，,、：:]\\s*`),
    toOrdinal: (m) => parseChineseNumeral(m[1] ?? ''),
    toMark: whole,
  },
  { kind: 'ordinal', pattern: new RegExp(`^其(${CN_NUM})[，,、：:]\\s*`), toOrdinal: (m) => parseChineseNumeral(m[1] ?? ''), toMark: whole },
  // 我的第一想法是：  我的第二点想法是：  (a lead-in phrase used as a numbering mark)
  {
    kind: 'ordinal',
    pattern: new RegExp(`^[^，。！？：:]{0,6}第(${CN_NUM})[^，。！？：:]{0,5}是[：:]\\s*`),
    toOrdinal: (m) => parseChineseNumeral(m[1] ?? ''),
    toMark: whole,
  },
  // 第一个问题是服务意识问题。 第二是品牌意识问题。 (a spoken count with no colon; 第一次是 and
  // 第一批是 tell of events, not points)
  {
    kind: 'ordinal',
    pattern: new RegExp(`^第(${CN_NUM})(?:个(?:问题|方面)?|点|条)?是(?![的否])\\s*`),
    toOrdinal: (m) => parseChineseNumeral(m[1] ?? ''),
    toMark: whole,
  },
  // 一问：为什么要……？ 二问：如何……？ (a text that asks itself its questions in turn)
  { kind: 'yishi', pattern: new RegExp(`^(${CN_NUM})问[：:]\\s*`), toOrdinal: (m) => parseChineseNumeral(m[1] ?? ''), toMark: whole },
  // 一是要… keeps 要 in the title; 一要/一抓 keep 要/抓.
  { kind: 'yishi', pattern: new RegExp(`^(${CN_NUM})是(?=要)`), toOrdinal: (m) => parseChineseNumeral(m[1] ?? ''), toMark: whole },
  { kind: 'yishi', pattern: new RegExp(`^(${CN_NUM})是[：:，,]?\\s*`), toOrdinal: (m) => parseChineseNumeral(m[1] ?? ''), toMark: whole },
  {
    kind: 'yishi',
    pattern: new RegExp(`^(${CN_NUM})(?=要(?!素|求|点|件|闻|害|塞|道)|抓(?!手))`),
    toOrdinal: (m) => parseChineseNumeral(m[1] ?? ''),
    toMark: whole,
  },
  {
    kind: 'sequence',
    // `首先我想讲的是……` `其次要说的是……`: the speaker announcing the item belongs to the mark.
    pattern: /^(首先|其次|再次|最后)(?:[，,、：:]|是(?=[^，,。；;：:]{4})|我?(?:想|要)?(?:讲|说|谈)的是[，,：:]?)\s*/,
    toOrdinal: (m) => (({ 首先: 1, 其次: 2, 再次: 3 }) as Record<string, number>)[m[1] ?? ''] ?? LAST_IN_SEQUENCE,
    toMark: whole,
  },
];

/**
 * A line that is nothing but a numeral (`一`, `二`, `十一`): older party and state documents and long
 * newspaper articles head their parts so, with no words after the number. The numeral is then the
 * whole heading and its own title; it counts with `一、` headings.
 */
const BARE_NUMERAL = new RegExp(`^\\s*(${CN_NUM})\\s*$`, 'u');

/** The numbering mark a paragraph (or heading) starts with, or null. */
export function detectMarker(text: string): Marker | null {
  const bare = BARE_NUMERAL.exec(text);
  const bareOrdinal = bare === null ? null : parseChineseNumeral(bare[1] ?? '');
  if (bareOrdinal !== null && bareOrdinal >= 1) return { kind: 'cn-dun', ordinal: bareOrdinal, mark: '' };
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match === null) continue;
    const ordinal = rule.toOrdinal(match);
    if (ordinal === null || !Number.isFinite(ordinal) || ordinal < 1) continue;
    const mark = rule.toMark(match);
    // A mark followed by nothing is not a heading.
    if (text.length - mark.length < 2) continue;
    return { kind: rule.kind, ordinal, mark };
  }
  return null;
}

export interface MarkedItem {
  /** Paragraph index (or character offset, for inline items). */
  readonly at: number;
  readonly marker: Marker;
}

/**
 * Groups same-kind items into runs counting 1, 2, 3…; an item that does not continue the open
 * run and is not a new 1 is dropped. Runs shorter than `minLength` are dropped. With `continuing`,
 * the first run may start at any number (a series continued from an earlier part).
 */
export function buildRuns(items: readonly MarkedItem[], minLength = 2, continuing = false): MarkedItem[][] {
  const runs: MarkedItem[][] = [];
  let current: MarkedItem[] = [];
  // A run whose second mark skipped a number (`一、三、`) is kept only when more follow: two stray
  // marks are no series.
  let skippedSecond = false;
  const close = (): void => {
    if (current.length >= Math.max(minLength, skippedSecond ? 3 : 0)) runs.push(current);
    current = [];
    skippedSecond = false;
  };
  for (const item of items) {
    const last = current[current.length - 1];
    // Numbering that runs on from a previous part (`6.` … `10.` under the second 一、) may open a
    // run at any number, when asked for.
    if (item.marker.ordinal === 1 || (continuing && last === undefined && item.marker.ordinal !== LAST_IN_SEQUENCE)) {
      close();
      current = [item];
    } else if (last !== undefined && (item.marker.ordinal === last.marker.ordinal + 1 || (item.marker.ordinal === LAST_IN_SEQUENCE && current.length >= 2))) {
      current.push(item);
    } else if (last !== undefined && item.marker.ordinal === last.marker.ordinal + 2 && (current.length >= 2 || item.marker.ordinal === 3)) {
      // A skipped number (一、二、三、五、, or 二、 written as 三、) is a typo, not the end of the series.
      skippedSecond ||= current.length === 1;
      current.push(item);
    }
  }
  close();
  return runs;
}

const TRAILING_PUNCTUATION = /[\s。！？；：，、.!?;:,]+$/;
const LEADING_DASH = new RegExp(`^(?:${DOUBLE_DASH}|—|―|-{2,})+\\s*`, 'u');

/** Strips the numbering mark (and a leading dash) and the final punctuation from a heading. */
export function titleFromHeading(heading: string): string {
  let text = heading.trim();
  const marker = detectMarker(text);
  if (marker !== null) text = text.slice(marker.mark.length);
  text = text.replace(LEADING_DASH, '');
  return text.replace(TRAILING_PUNCTUATION, '').trim();
}
