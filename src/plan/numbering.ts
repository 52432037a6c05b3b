/**
 * Numbers on slides (agenda badges, the divider's big number, point badges). With the theme's
 * `numbering: "source"` they follow the report's own marks, so a report that writes 一、二、三、
 * shows 一 二 三 and one that writes 1. 2. 3. shows 1 2 3; a report without marks (parallel
 * theme sentences) and `numbering: "arabic"` show 01, 02.
 */
import type { NumberingStyle } from '../themes/theme-constants.js';
import { chineseNumber } from './layouts/fixed-slides.js';
import { twoDigits } from './layouts/content-source.js';

/** The families of 公文 numbering marks, as far as a slide's number can show them. */
export type MarkFamily = 'chinese' | 'arabic' | 'none';

const CHINESE_MARK =
  /^\s*(?:第[一二三四五六七八九十百]+(?:部分|章|节|篇|条)?[、，,：:\s]?|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[）)])/u;
const ARABIC_MARK = /^\s*(?:\d{1,3}[、．.](?!\d)|[（(]\d{1,3}[）)]|[①-⑳])/u;

/** The family of the mark a heading starts with. */
export function markFamily(heading: string): MarkFamily {
  if (CHINESE_MARK.test(heading)) return 'chinese';
  if (ARABIC_MARK.test(heading)) return 'arabic';
  return 'none';
}

/** The family all headings of one level share, or `none` when they do not all carry one. */
export function levelFamily(headings: readonly string[]): MarkFamily {
  if (headings.length === 0) return 'none';
  const families = new Set(headings.map(markFamily));
  const [only] = families;
  return families.size === 1 && only !== undefined ? only : 'none';
}

/** A labeller for one level: index (0-based) → the label a badge shows. */
export function labeller(style: NumberingStyle, headings: readonly string[]): (index: number) => string {
  const family = style === 'arabic' ? 'none' : levelFamily(headings);
  if (family === 'chinese') return (index) => chineseNumber(index + 1);
  if (family === 'arabic') return (index) => String(index + 1);
  return twoDigits;
}
