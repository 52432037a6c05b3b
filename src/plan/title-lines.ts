/**
 * Breaking a cover title into balanced lines at phrase boundaries. The line breaker wraps at any
 * character, which splits words (`工作/会议`, `新/生`, `奋/力`); a title is read as phrases, so its
 * lines end where the author left a space, after punctuation, or at least between words (ICU's
 * Chinese word breaks through `Intl.Segmenter`), and are about equally long.
 */
import { insideSetTerms, wordBreaks } from '../parse/word-breaks.js';

/** No line starts with closing punctuation or ends with opening punctuation, nor with a particle or a date's unit. */
const NO_LINE_START = /^(?:[，。、；：！？）》」』”’…—·,.;:!?)\]]|[的之地得了届级年月日号])/u;
/**
 * Nor with a place or position word that closes the word before it (`工作/中`, `绍兴/市`, `会议/上`),
 * when it stands alone as a word: 中国, 中央, 市场, 上海 start lines like any word.
 */
const SUFFIX_START = /^[上中省市县区镇村]/u;
/** Heads that close a compound with the word before (`工作会议`, `开学典礼`): a break before one costs more. */
const COMPOUND_HEAD = /^(?:会议|大会|典礼|仪式|工作|报告|材料|名城|学期|系统|论坛|座谈会|讲话|发言|汇报)/u;
const NO_LINE_END = /[（《「『“‘([]$/u;
/** Characters after which a break reads naturally (particles and joins). */
const SOFT_END = /[的之与和及在上、，：]$/u;

/** The bar between a column's name and a title (`|`, `｜`), with any spaces around it. */
const BAR = /\s*[|｜]\s*/u;

interface BreakPoint {
  readonly at: number;
  /** 0 at a space or punctuation, 1 after a particle or join, 2 between two words. */
  readonly cost: number;
}

/** Display width in full-width characters: ASCII counts half. */
export function widthOf(text: string): number {
  let width = 0;
  // By character code, not a pattern per character: the line search measures every candidate
  // line (10× the seed: ~1.5 → ~0.3 ms, --cpu-prof).
  for (const char of text) {
    const code = char.charCodeAt(0);
    width += code >= 0x20 && code <= 0x7e ? 0.5 : 1;
  }
  return width;
}

/** Short quoted or titled terms (`“十抓”`, `《纲要》`) are read as one word: no break inside them. */
const SHORT_QUOTE = /[“‘《「][^“”‘’《》「」]{1,10}[”’》」]/gu;

function insideShortQuote(title: string): (at: number) => boolean {
  const spans = [...title.matchAll(SHORT_QUOTE)].map((match) => ({ from: match.index, to: match.index + match[0].length }));
  return (at) => spans.some((span) => at > span.from && at < span.to);
}

function breakPoints(title: string): BreakPoint[] {
  const points = new Map<number, number>();
  const quoted = insideShortQuote(title);
  const words = wordBreaks(title);
  const breaks = [...words].sort((a, b) => a - b);
  const inTerm = insideSetTerms(title);
  // ICU splits verb-complement pairs into two one-character words (`念/好`, `抓/实`): a break
  // between two such words often splits a pair.
  const betweenOneCharWords = (at: number): boolean => {
    const index = breaks.indexOf(at);
    const before = title.slice(breaks[index - 1] ?? 0, at);
    const after = title.slice(at, breaks[index + 1] ?? title.length);
    return /^\p{Script=Han}$/u.test(before) && /^\p{Script=Han}$/u.test(after);
  };
  for (const match of title.matchAll(/\s+/g)) {
    const index = match.index ?? 0;
    if (index > 0 && index + match[0].length < title.length) points.set(index, 0);
  }
  for (const at of breaks) {
    if (at <= 0 || at >= title.length || points.has(at) || quoted(at)) continue;
    const before = title.slice(0, at);
    const after = title.slice(at);
    if (/\s$/u.test(before) || /^\s/u.test(after)) continue;
    if (NO_LINE_START.test(after) || NO_LINE_END.test(before)) continue;
    if (SUFFIX_START.test(after) && (words.has(at + 1) || at + 1 === title.length)) continue;
    // Inside a run of Latin letters or digits (`2018`, `GDP`) is no place to break.
    if (/[A-Za-z0-9.]$/u.test(before) && /^[A-Za-z0-9.]/u.test(after)) continue;
    // A number and its unit or measure word (`100/周年`, `2020/届`) are read as one.
    if (/[0-9０-９]$/u.test(before) && /^\p{Script=Han}/u.test(after)) continue;
    points.set(
      at,
      /[，、：；]$/u.test(before) ? 0 : SOFT_END.test(before) ? 1 : COMPOUND_HEAD.test(after) || betweenOneCharWords(at) || inTerm.has(at) ? 4 : 2,
    );
  }
  return [...points.entries()].map(([at, cost]) => ({ at, cost })).sort((a, b) => a.at - b.at);
}

function linesAt(title: string, cuts: readonly number[]): string[] {
  const bounds = [0, ...cuts, title.length];
  return bounds.slice(1).map((end, index) => title.slice(bounds[index], end).trim());
}

/**
 * The title in `count` lines, balanced, each break at a phrase boundary. Fewer lines come back
 * when the title has fewer places to break; the lines joined with the breaks' spaces are the
 * title.
 */
export function titleLines(title: string, count: number): string[] {
  const text = title.trim();
  if (count <= 1 || text === '') return [text];
  // A bar parts a column's name from the title, or the title from its byline, as a school or
  // WeChat post sets them (`我的一中故事|第十七届校团学联主席团成员任宇颖`): a ninth deck review found
  // such covers broken `我的一中故事|第十七届 / 校团学联……`. The lines part at the bar, which is not shown.
  const parts = text.split(BAR);
  const [head = '', rest = ''] = parts;
  if (parts.length === 2 && head !== '' && rest !== '') return [head, ...titleLines(rest, count - 1)];
  const points = breakPoints(text);
  const best: { cuts: number[] | null; score: number } = { cuts: null, score: Infinity };
  const search = (from: number, cuts: number[], cost: number): void => {
    if (cuts.length === count - 1) {
      const lines = linesAt(text, cuts);
      const widths = lines.map(widthOf);
      // A line of one or two characters looks like a mistake.
      if (Math.min(...widths) < 3) return;
      // The longest line sets the font size; poor break places cost about as much as 1.5 characters.
      const score = Math.max(...widths) - Math.min(...widths) * 0.1 + cost * 1.5;
      if (score < best.score) {
        best.cuts = [...cuts];
        best.score = score;
      }
      return;
    }
    for (let index = from; index < points.length; index += 1) {
      const point = points[index] as BreakPoint;
      search(index + 1, [...cuts, point.at], cost + point.cost);
    }
  };
  search(0, [], 0);
  return best.cuts === null ? [text] : linesAt(text, best.cuts);
}
