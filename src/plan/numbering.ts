/**
 * Numbers on slides (agenda badges, the divider's big number, point badges). With the theme's
 * `numbering: "source"` they follow the report's own marks, so a report that writes 一、二、三、
 * shows 一 二 三 and one that writes 1. 2. 3. shows 1 2 3; a report without marks (parallel
 * theme sentences) and `numbering: "arabic"` show 01, 02.
 */
import { DOUBLE_DASH } from '../parse/dashes.js';
import { detectMarker } from '../parse/detect-markers.js';
import type { NumberingStyle } from '../themes/theme-constants.js';
import { chineseNumber } from './layouts/fixed-slides.js';
import { twoDigits } from './layouts/content-source.js';

/** The families of 公文 numbering marks, as far as a slide's number can show them. */
export type MarkFamily = 'chinese' | 'arabic' | 'none';

const CHINESE_MARK =
  /^\s*(?:第[一二三四五六七八九十百]+(?:部分|章|节|篇|条)?[、，,：:\s]?|[一二三四五六七八九十百]+(?:[、．.]|[^\S\n]*(?:\n|$))|[（(][一二三四五六七八九十百]+[）)])/u;
const ARABIC_MARK = /^\s*(?:\d{1,3}[、．.](?!\d)|[（(]?\d{1,3}[）)]|[①-⑳])/u;

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

/**
 * Labels counting from 1 in one family; `（一）` when the headings write their numerals in brackets:
 * a bare 一 on a small badge reads as the rule beside it.
 */
function counter(family: MarkFamily, bracketed = false): (index: number) => string {
  if (family === 'chinese') return bracketed ? (index) => `（${chineseNumber(index + 1)}）` : (index) => chineseNumber(index + 1);
  if (family === 'arabic') return (index) => String(index + 1);
  return twoDigits;
}

const BRACKETED = /^\s*[（(]/u;
const allBracketed = (headings: readonly string[]): boolean => headings.length > 0 && headings.every((heading) => BRACKETED.test(heading));

/**
 * The way a heading is marked, finer than its family: `（一）`, `一、` and `第一，` are all Chinese
 * numerals, and `——` and `一是` both show as 01, but each starts a list of its own. The parser's
 * own reading of the mark decides, a dash list being no numbering to it.
 */
function markStyle(heading: string): string {
  const text = heading.trimStart();
  return detectMarker(text)?.kind ?? (DASH_MARK.test(text) ? 'dash' : 'none');
}

/** A dash list mark in any of its forms, one long dash included (`—抗击非典……`). */
const DASH_MARK = new RegExp(`^(?:${DOUBLE_DASH}|—)`, 'u');

/**
 * Consecutive runs of headings marked one way: `[start, end)` ranges covering every heading, when
 * the level is two or more runs of at least two headings each and at least one of them is marked;
 * else null.
 */
function familyRuns(headings: readonly string[]): { start: number; end: number; family: MarkFamily }[] | null {
  const runs: { start: number; end: number; family: MarkFamily; style: string }[] = [];
  headings.forEach((heading, index) => {
    const style = markStyle(heading);
    const last = runs[runs.length - 1];
    if (last !== undefined && last.style === style) last.end = index + 1;
    else runs.push({ start: index, end: index + 1, family: markFamily(heading), style });
  });
  const fair = runs.length >= 2 && runs.every((run) => run.end - run.start >= 2) && runs.some((run) => run.style !== 'none');
  return fair ? runs : null;
}

/**
 * A labeller for one level: index (0-based) → the label a badge shows. A level made of runs in
 * different styles (ten `——` targets, then `（一）`……`（十）` tasks) counts each run on its own, as
 * the source does: the first task shows 一, not 11.
 */
export function labeller(style: NumberingStyle, headings: readonly string[]): (index: number) => string {
  if (style === 'arabic') return twoDigits;
  const runs = familyRuns(headings);
  if (runs === null) return counter(levelFamily(headings), allBracketed(headings));
  return (index) => {
    const run = runs.find((candidate) => index >= candidate.start && index < candidate.end);
    return run === undefined ? twoDigits(index) : counter(run.family, allBracketed(headings.slice(run.start, run.end)))(index - run.start);
  };
}
