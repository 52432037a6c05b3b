/**
 * Wrapping that keeps Chinese words whole. The line breaker (break-lines.ts) may break between any
 * two ideographs, as Chinese typesetting allows; on a slide a line that ends inside a word
 * (`竞争/力`, `践/行`, `人民群/众`) reads as a mistake the presenter has to fix by hand. Here the
 * same text is wrapped with breaks between two Han characters allowed only where a line may break
 * between words (lineBreaks). A word wider than the line is still cut where it overflows.
 */
import { lineBreaks, wordBreaks } from '../parse/word-breaks.js';
import { countPreparedLines, materializeLines, prepareSpansOnce, wrapPrepared, wrapPreparedPreferring, type PreparedText, type Span } from './break-lines.js';

const HAN = /^\p{Script=Han}$/u;

interface WordPrepared {
  readonly prepared: PreparedText;
  /** Per code point, what a break before it costs: 0 between words, 1 between two lone characters, 2 inside a word. */
  readonly misses: Uint8Array;
  /** Width in em of the widest stretch with no break inside: narrower lines cut it. */
  readonly widestUnitEm: number;
}

/** Prepared text by span array, as prepareSpansOnce: fitting and balancing wrap one paragraph many times. */
const preparedBySpans = new WeakMap<readonly Span<unknown>[], WordPrepared>();

function prepareWordSpans<S>(spans: readonly Span<S>[]): WordPrepared {
  const cached = preparedBySpans.get(spans);
  if (cached !== undefined) return cached;
  const prepared = prepareSpansOnce(spans);
  const text = spans.map((span) => span.text).join('');
  const breaks = lineBreaks(text);
  const words = wordBreaks(text);
  const spanStarts: number[] = [];
  let offset = 0;
  for (const span of spans) {
    spanStarts.push(offset);
    offset += span.text.length;
  }
  const breakBefore = Uint8Array.from(prepared.breakBefore);
  const misses = new Uint8Array(prepared.length);
  for (let i = 1; i < prepared.length; i += 1) {
    if (breakBefore[i] !== 1) continue;
    const at = (spanStarts[prepared.spanOf[i] ?? 0] ?? 0) + (prepared.offsetOf[i] ?? 0);
    if (!HAN.test(text.charAt(at - 1)) || !HAN.test(text.charAt(at)) || breaks.has(at)) continue;
    breakBefore[i] = 0;
    misses[i] = words.has(at) ? 1 : 2;
  }
  let widestUnitEm = 0;
  let unitStart = 0;
  for (let i = 1; i <= prepared.length; i += 1) {
    if (i < prepared.length && breakBefore[i] !== 1) continue;
    widestUnitEm = Math.max(widestUnitEm, (prepared.prefix[i] ?? 0) - (prepared.prefix[unitStart] ?? 0));
    unitStart = i;
  }
  const wordPrepared: WordPrepared = { prepared: { ...prepared, breakBefore }, misses, widestUnitEm };
  preparedBySpans.set(spans, wordPrepared);
  return wordPrepared;
}

/** Lines of `spans` no wider than `maxWidth` pt at `size` pt, each ending between words where a word fits on a line. */
export function breakSpansAtWords<S>(spans: readonly Span<S>[], maxWidth: number, size: number): Span<S>[][] {
  const { prepared } = prepareWordSpans(spans);
  return materializeLines(prepared, spans, wrapPrepared(prepared, maxWidth / size));
}

/** The number of lines breakSpansAtWords gives. */
export function countLinesAtWords<S>(spans: readonly Span<S>[], maxWidth: number, size: number): number {
  return countPreparedLines(prepareWordSpans(spans).prepared, maxWidth / size);
}

/** The narrowest line, in pt at `size`, that holds every unbroken stretch of `spans` whole. */
export function widestUnitAtWords<S>(spans: readonly Span<S>[], size: number): number {
  return prepareWordSpans(spans).widestUnitEm * size;
}

/**
 * Lines of `spans` at most `maxLines` of them, with as few breaks inside words as that allows (for
 * text that breakSpansAtWords puts on more lines); evenly long when `balanced`. Null when the text
 * has hard breaks or needs a word cut to fit.
 */
export function breakSpansFewestSplits<S>(spans: readonly Span<S>[], maxWidth: number, size: number, maxLines: number, balanced: boolean): Span<S>[][] | null {
  const prepared = prepareSpansOnce(spans);
  const ranges = wrapPreparedPreferring(prepared, prepareWordSpans(spans).misses, maxWidth / size, maxLines, balanced);
  return ranges === null ? null : materializeLines(prepared, spans, ranges);
}
