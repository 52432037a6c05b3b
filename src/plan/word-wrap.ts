/**
 * Wrapping that keeps Chinese words whole. The line breaker (break-lines.ts) may break between any
 * two ideographs, as Chinese typesetting allows; on a slide a line that ends inside a word
 * (`竞争/力`, `践/行`, `人民群/众`) reads as a mistake the presenter has to fix by hand. Here the
 * same text is wrapped in no more lines than wrapping anywhere takes (one more where the box has
 * room for it, text-box.ts), choosing among the same break places the lines whose breaks split the
 * fewest words (lineBreaks, wordBreaks), weighed against how ragged they leave the lines.
 */
import { insideShortQuotes, lineBreaks, wordBreaks } from '../parse/word-breaks.js';
import { materializeLines, prepareSpansOnce, wrapPreparedBackingOff, wrapPreparedPreferring, type Span } from './break-lines.js';

/** CJK unified ideographs and extension A, by code unit (a pattern per character cost more than the search). */
function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** ASCII or full-width digit, by code unit. */
function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * What a break costs, in squared em of a line's slack: a line 4 characters short rather than a
 * break inside a quoted term between its words (`“百名工匠/传薪火”`), 5 rather than one between two
 * characters ICU left alone (`践/行`), 8 rather than one between the words of a short quoted name
 * (`“双/一流”`), 10 rather than one inside a dictionary word (`人民群/众`).
 */
const QUOTED_COST = 16;
const LONE_PAIR_COST = 25;
const NAME_COST = 64;
const WORD_COST = 100;

/** A short quoted or titled term (`“卡脖子”`, `《纲要》`, `“百名工匠传薪火”`) is read as one. */
const SHORT_QUOTE = /[“‘《「][^“”‘’《》「」]{1,8}[”’》」]/gu;

/**
 * What a break costs where it falls: between words nothing, or QUOTED_COST inside a quoted term;
 * between the words of a short quoted name NAME_COST; between loose characters LONE_PAIR_COST;
 * inside a word WORD_COST.
 */
function costOf(betweenWords: boolean, dictionaryBreak: boolean, inQuote: boolean, inName: boolean): number {
  if (betweenWords) return inQuote ? QUOTED_COST : 0;
  if (!dictionaryBreak) return WORD_COST;
  return inName ? NAME_COST : LONE_PAIR_COST;
}

/** Break costs by span array: fitting and balancing may wrap one paragraph more than once. */
const costsBySpans = new WeakMap<readonly Span<unknown>[], Float64Array>();

/** Per code point, what a line break before it costs (0 between words). */
function breakCosts<S>(spans: readonly Span<S>[]): Float64Array {
  const cached = costsBySpans.get(spans);
  if (cached !== undefined) return cached;
  const prepared = prepareSpansOnce(spans);
  const text = spans.map((span) => span.text).join('');
  const lines = lineBreaks(text);
  const words = wordBreaks(text);
  const spanStarts: number[] = [];
  let offset = 0;
  for (const span of spans) {
    spanStarts.push(offset);
    offset += span.text.length;
  }
  const quoted = new Set<number>();
  for (const match of text.matchAll(SHORT_QUOTE)) for (let at = match.index + 2; at < match.index + match[0].length - 1; at += 1) quoted.add(at);
  // A short quoted name (`“双一流”`) splits like a word, whatever the dictionary makes of it.
  const named = insideShortQuotes(text);
  const costs = new Float64Array(prepared.length);
  for (let i = 1; i < prepared.length; i += 1) {
    if (prepared.breakBefore[i] !== 1) continue;
    const at = (spanStarts[prepared.spanOf[i] ?? 0] ?? 0) + (prepared.offsetOf[i] ?? 0);
    // Between two ideographs, or a figure and the ideograph that counts it (`1913/年`); elsewhere
    // only where the word breaks join a term across punctuation (`“领”/字`).
    const betweenIdeographs = (isHan(text.charCodeAt(at - 1)) || isDigit(text.charCodeAt(at - 1))) && isHan(text.charCodeAt(at));
    if (!betweenIdeographs && words.has(at)) continue;
    costs[i] = costOf(lines.has(at), words.has(at), quoted.has(at), named.has(at));
  }
  costsBySpans.set(spans, costs);
  return costs;
}

/**
 * Lines of `spans` no wider than `maxWidth` pt at `size` pt, at most `maxLines` of them, ending
 * between words as far as that allows; evenly long when `balanced` (headings), else each filled.
 * Null when the text has hard breaks or a word wider than the line (wrap it anywhere then).
 */
export function breakSpansAtWords<S>(spans: readonly Span<S>[], maxWidth: number, size: number, maxLines: number, balanced: boolean): Span<S>[][] | null {
  const prepared = prepareSpansOnce(spans);
  const costs = breakCosts(spans);
  // Body text: filling line by line, each ending at a word break a little short, is enough for most
  // paragraphs; headings are evened out, which only the search does.
  const filled = balanced ? null : wrapPreparedBackingOff(prepared, costs, maxWidth / size, maxLines);
  const ranges = filled ?? wrapPreparedPreferring(prepared, costs, maxWidth / size, maxLines, balanced);
  return ranges === null ? null : materializeLines(prepared, spans, ranges);
}
