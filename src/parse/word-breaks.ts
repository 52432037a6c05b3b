/**
 * Chinese word breaks from ICU's dictionary (`Intl.Segmenter`, built into Node): where a label may
 * start or end, where a title may break, where a cut may fall without splitting a word.
 */

import { SET_TERM_NOT_AFTER, SET_TERMS } from './set-terms.js';

let segmenter: Intl.Segmenter | null = null;

/**
 * Breaks already found, by text. A title is segmented where its lines are chosen, again where its
 * box is balanced and again on the agenda, and card labels recur across a report; each segmentation
 * costs ICU ~20–40 µs for a short title. At 10× the seed 202 calls are for 45 texts (9 of 14 on the
 * seed itself). Segmentation depends on nothing but the text, so a cached set is the same set.
 */
const cache = new Map<string, Segmentation>();

interface Segmentation {
  readonly breaks: ReadonlySet<number>;
  /** Offsets of the characters ICU's dictionary left alone, one Han character to a segment (for lineBreaks). */
  readonly lone: ReadonlySet<number>;
}

/** Enough for every distinct title and clause of a long report; cleared beyond, so `huibao serve` never grows it without bound. */
const CACHE_LIMIT = 4096;

/**
 * A suffix that makes a word of the one before it (现代化, 紧迫性, 创新型, 参与者, 同学们, 竞争力), when
 * ICU leaves it alone. ICU knows 能力, 合力, 全力 but gives `竞争|力`, `影响|力`, `号召|力`, `着|力`,
 * `发|力`: a lone 力 after a character closes a word with it; so does a lone 业 (`服务|业`), 会
 * (`委员|会`), 制 (`责任|制`, `任期|制`) and 员 (`少先队|员`, `公务|员`).
 */
const BOUND_SUFFIX = /^[化性型式率者们力业会制员]$/u;

/**
 * Terms the dictionary splits that a reader takes as one word: a congress or plenum by its number
 * (`十七|大`, `十九|届`, `六中|全会`, `十九届|六中全会`), and a number with what it counts (`第十|三次`, `一九|六|六年`,
 * `1913|年`), and a quoted word with the 字 that names it (`“领”字`). (Joining longer terms, `社会主义` or a quoted name, left body
 * text fewer places to break between words and it broke inside them instead: `社|会主义`.)
 */
const UNBROKEN =
  /[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会|[一二三四五六七八九十百]+(?:大|届|中全会)|第?[〇零一二三四五六七八九十百千两]{2,}(?:周年|[次届年月日号个项条名位])?|[0-9０-９]+(?:[.．][0-9０-９]+)?(?:周年|[年月日号次届个项条名位人所家万亿元%％场座处台辆套件批支篇门张期轮栋户吨])|[“‘][^“”‘’]{1,4}[”’]字/gu;

/** Offsets in `text` where a Chinese word starts or ends (ICU's dictionary word breaks). */
export function wordBreaks(text: string): ReadonlySet<number> {
  return segmentation(text).breaks;
}

function segmentation(text: string): Segmentation {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const breaks = new Set<number>([0, text.length]);
  const lone = new Set<number>();
  const bound: number[] = [];
  for (const segment of segmenter.segment(text)) {
    breaks.add(segment.index);
    breaks.add(segment.index + segment.segment.length);
    if (segment.segment.length === 1 && isHan(segment.segment.charCodeAt(0))) lone.add(segment.index);
    if (BOUND_SUFFIX.test(segment.segment) && segment.index > 0) bound.push(segment.index);
  }
  // The dictionary leaves a suffix on its own (`现代|化`, `紧迫|性`); it belongs to the word before it.
  for (const at of bound) if (/\p{Script=Han}/u.test(text.charAt(at - 1))) breaks.delete(at);
  for (const match of text.matchAll(UNBROKEN)) for (let at = match.index + 1; at < match.index + match[0].length; at += 1) breaks.delete(at);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const found = { breaks, lone };
  cache.set(text, found);
  return found;
}

/** CJK unified ideographs and extension A, by code unit: the characters ICU's Chinese dictionary covers. */
function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/**
 * Characters a line may end or start with even inside a run of one-character words: particles,
 * conjunctions and prepositions (`的`, `和`, `在`, `以`) stand apart in a phrase, and a line reads
 * naturally when it breaks next to one.
 */
const FREE_STANDING = /^[的之和与及或并了在对为以于把被从向将等而]$/u;

const lineCache = new Map<string, ReadonlySet<number>>();

/**
 * A short quoted name (`“双一流”`, `“四责协同”`, `“自说自话”`) or book title (`《监察法》`, `《未成年人保护法》`):
 * read as one word, so a line never breaks inside it (deck reviews found `“双/一流”`, `“有形抓/手”`,
 * `《未成年/人保护法》`, `《支部工作/法》`). A longer quotation or title is a phrase of several words and may
 * break between them.
 */
const SHORT_BOOK_TITLE = /《[^《》，、。；：！？\s]{2,8}》/gu;
const SHORT_QUOTED = new RegExp(`“[^“”，、。；：！？\\s]{2,6}”|${SHORT_BOOK_TITLE.source}`, 'gu');

/** Offsets between two characters of a short quoted name or book title in `text` (`“双|一流”`, `《监察|法》`). */
export function insideShortQuotes(text: string): ReadonlySet<number> {
  return insideMatches(text, SHORT_QUOTED);
}

/** Offsets between two characters of a short book title in `text` (`《未成年|人保护法》`). */
export function insideShortBookTitles(text: string): ReadonlySet<number> {
  return insideMatches(text, SHORT_BOOK_TITLE);
}

function insideMatches(text: string, pattern: RegExp): ReadonlySet<number> {
  const inside = new Set<number>();
  for (const match of text.matchAll(pattern)) for (let at = match.index + 2; at < match.index + match[0].length - 1; at += 1) inside.add(at);
  return inside;
}

/** Any of the set terms, longest first so that `马克思主义` is found whole. */
const SET_TERM = new RegExp([...SET_TERMS].sort((a, b) => b.length - a.length).join('|'), 'gu');

/** Offsets inside a set term of `text` (`社会|主义`): a line break there splits it, as inside a word. */
export function insideSetTerms(text: string): ReadonlySet<number> {
  const inside = new Set<number>();
  for (const match of text.matchAll(SET_TERM)) {
    if (SET_TERM_NOT_AFTER[match[0]]?.includes(text.charAt(match.index - 1)) === true) continue;
    for (let at = match.index + 1; at < match.index + match[0].length; at += 1) inside.add(at);
  }
  return inside;
}

/**
 * Offsets in `text` where a line may break without splitting a word: the word breaks, less those
 * between two characters the dictionary left alone. ICU misses many two-character words and then
 * returns their characters one by one (`践|行`, `抓|实`, `攻|坚`, `常|态|化`), so a break between
 * two lone characters often splits a word; a break next to a longer word, a particle or a join
 * does not. A run of lone characters is kept together (`坚持以人民为中心/践行新发展理念`); its edges
 * remain. Lone means alone in ICU's own segmentation, before the suffix repair joins `态|化`. A
 * set term the dictionary splits (`社会|主义`, set-terms.ts) is kept whole the same way.
 */
export function lineBreaks(text: string): ReadonlySet<number> {
  const cached = lineCache.get(text);
  if (cached !== undefined) return cached;
  const { breaks: words, lone } = segmentation(text);
  const breaks = new Set<number>(words);
  for (const at of insideSetTerms(text)) breaks.delete(at);
  for (const at of insideShortQuotes(text)) breaks.delete(at);
  for (const at of words) {
    if (!lone.has(at - 1) || !lone.has(at)) continue;
    if (FREE_STANDING.test(text.charAt(at - 1)) || FREE_STANDING.test(text.charAt(at))) continue;
    breaks.delete(at);
  }
  if (lineCache.size >= CACHE_LIMIT) lineCache.clear();
  lineCache.set(text, breaks);
  return breaks;
}
