/**
 * Wrapping styled text into lines with Chinese line-breaking rules (避头尾): no line starts with
 * closing punctuation, none ends with opening punctuation, Latin words and numbers stay whole.
 *
 * When a closing mark would start a line, the character before it is pulled down with it
 * (推入 / pulling down); nothing ever hangs past the right edge (no 悬挂), so every line fits the
 * width. The only exception: a single character wider than the whole line gets a line to itself.
 * A word or number wider than the line is cut where it overflows. A last line with a single
 * character (an orphan, 孤字) takes the end of the line above when that fits. A number may end a
 * line before the ideograph that follows it (2021 | 年): Chinese practice allows it.
 *
 * Wrapping is split into a size-independent preparation (classes, widths in em, break chances)
 * and a cheap pass per width in em, so fitting can try many sizes without redoing the work.
 */
import { HuibaoError } from '../errors.js';
import { measureCodePointsEm } from './measure-text.js';

export interface Span<S> {
  readonly text: string;
  readonly style: S;
}

/** Line-breaking classes, a small subset of UAX #14 tuned for Chinese reports. */
const SP = 0; // breakable space: dropped where a line wraps
const BK = 1; // hard line break
const ID = 2; // ideograph-like: a break may come before and after
const AL = 3; // Latin letters, digits and symbols that form words: no break inside
const CLF = 4; // full-width closing punctuation: never starts a line
const CLH = 5; // half-width closing punctuation: never starts a line, glues to a following word
const OPF = 6; // full-width opening punctuation: never ends a line
const OPH = 7; // half-width opening punctuation: never ends a line, glues to a preceding word
const DASH = 8; // —— and the like: never split in the middle
const CM = 9; // combining marks, variation selectors: belong to the character before
const GL = 10; // no-break space, joiners: no break on either side

const CLOSING_FULL =
  '。，、；：？！）」』》】〕〗〙〛〉”’…‥⋯·‧・〜～％‰℃°′″〃々〻〞〟ー﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞｝］｠｡､｣' + 'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ';
const CLOSING_HALF = ',.;:?!)]}%';
const OPENING_FULL = '（「『《【〔〖〘〚〈“‘［｛｟｢￥＄﹙﹛﹝〝';
const OPENING_HALF = '([{';
const DASHES = '—―─⸺⸻';
const BREAKS = '\n\r\u000b\u000c\u0085\u2028\u2029';
const SPACES = ' \t\u200b\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a';
const GLUE = '\u00a0\u2007\u202f\u2060\u200c\u200d\ufeff';

function toCodePointSet(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (ch) => ch.codePointAt(0) ?? 0));
}

const CLASS_BY_CODE_POINT: ReadonlyMap<number, number> = new Map([
  ...[...toCodePointSet(CLOSING_FULL)].map((cp) => [cp, CLF] as const),
  ...[...toCodePointSet(CLOSING_HALF)].map((cp) => [cp, CLH] as const),
  ...[...toCodePointSet(OPENING_FULL)].map((cp) => [cp, OPF] as const),
  ...[...toCodePointSet(OPENING_HALF)].map((cp) => [cp, OPH] as const),
  ...[...toCodePointSet(DASHES)].map((cp) => [cp, DASH] as const),
  ...[...toCodePointSet(BREAKS)].map((cp) => [cp, BK] as const),
  ...[...toCodePointSet(SPACES)].map((cp) => [cp, SP] as const),
  ...[...toCodePointSet(GLUE)].map((cp) => [cp, GL] as const),
]);

function isCombining(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe01ef)
  );
}

function classify(cp: number): number {
  // Unified ideographs, the bulk of any Chinese text, hold no listed character.
  if (cp >= 0x3400 && cp <= 0x9fff) return ID;
  const listed = CLASS_BY_CODE_POINT.get(cp);
  if (listed !== undefined) return listed;
  if (cp < 0x20) return BK;
  if (isCombining(cp)) return CM;
  // Latin, Greek and Cyrillic letters, digits and ASCII symbols form words.
  if (cp < 0x0530 || (cp >= 0x1e00 && cp <= 0x1fff)) return AL;
  return ID;
}

const RIGHT_SINGLE_QUOTE = 0x2019;

function classBeforeSpaces(effective: Uint8Array, from: number): number | undefined {
  let j = from;
  while (j >= 0 && effective[j] === SP) j -= 1;
  return j >= 0 ? effective[j] : undefined;
}

function isDigit(cp: number | undefined): boolean {
  return cp !== undefined && ((cp >= 0x30 && cp <= 0x39) || (cp >= 0xff10 && cp <= 0xff19));
}

/** A space between digits groups them (`2 311.43亿元`, `6 053亩`): the number stays on one line. */
function isDigitGroupSpace(cps: readonly number[], effective: Uint8Array, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && effective[j] === SP) j -= 1;
  return isDigit(cps[i]) && isDigit(cps[j]) && i - j === 2;
}

/** Whether a line may break between code points `i - 1` and `i` (ignoring width). */
function isBreakAllowed(cps: readonly number[], cls: Uint8Array, effective: Uint8Array, i: number): boolean {
  const b = cls[i] ?? ID;
  const a = effective[i - 1] ?? ID;
  if (b === SP || b === BK || a === BK) return false;
  // Closing marks never start a line, not even after a space; opening marks never end one.
  if (b === CLF || b === CLH || b === CM || b === GL) return false;
  if (a === SP) return !isOpeningClass(classBeforeSpaces(effective, i - 1)) && !isDigitGroupSpace(cps, effective, i);
  if (a === OPF || a === OPH || a === GL) return false;
  if (a === DASH && b === DASH) return false;
  if (a === AL && (b === AL || b === OPH)) return false;
  if (a === CLH && (b === AL || b === OPH)) return false;
  // An apostrophe inside a Latin word (don’t) is not a closing quote.
  if (cps[i - 1] === RIGHT_SINGLE_QUOTE && b === AL && (effective[i - 2] ?? ID) === AL) return false;
  return true;
}

/** Text ready to wrap at any width: per code point class, cumulative width in em, break chances. */
export interface PreparedText {
  /** Number of code points. */
  readonly length: number;
  readonly cls: Uint8Array;
  /** Each code point's own width in em. */
  readonly own: Float64Array;
  /** prefix[i] = width in em of code points [0, i), including script-change allowances. */
  readonly prefix: Float64Array;
  /** breakBefore[i] = 1 when a line may start at i after wrapping. */
  readonly breakBefore: Uint8Array;
  /** Index of the span each code point came from, and its UTF-16 offset inside that span. */
  readonly spanOf: Uint32Array;
  readonly offsetOf: Uint32Array;
}

export function prepareSpans<S>(spans: readonly Span<S>[]): PreparedText {
  const cps: number[] = [];
  const spanIndexes: number[] = [];
  const offsets: number[] = [];
  for (const [spanIndex, span] of spans.entries()) {
    const text = span.text;
    for (let k = 0; k < text.length; k += 1) {
      const cp = text.codePointAt(k) ?? 0;
      // \r\n is one break, not two.
      if (!(cp === 0x0d && text.charCodeAt(k + 1) === 0x0a)) {
        cps.push(cp);
        spanIndexes.push(spanIndex);
        offsets.push(k);
      }
      if (cp > 0xffff) k += 1;
    }
  }
  const n = cps.length;
  const cls = new Uint8Array(n);
  const effective = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const c = classify(cps[i] ?? 0);
    cls[i] = c;
    effective[i] = c === CM && i > 0 ? (effective[i - 1] ?? ID) : c;
  }
  const breakBefore = new Uint8Array(n);
  for (let i = 1; i < n; i += 1) breakBefore[i] = isBreakAllowed(cps, cls, effective, i) ? 1 : 0;
  const { own, prefix } = measureCodePointsEm(cps);
  return {
    length: n,
    cls,
    own,
    prefix,
    breakBefore,
    spanOf: Uint32Array.from(spanIndexes),
    offsetOf: Uint32Array.from(offsets),
  };
}

/**
 * Prepared text by span array. The planner wraps one paragraph at many widths and sizes (fitText
 * tries each size, then balancing a heading tries a dozen widths), and spans are never changed
 * once made, so each array is prepared once (10× the seed: 364 → 357 ms, median of 15 runs).
 */
const preparedBySpans = new WeakMap<readonly Span<unknown>[], PreparedText>();

export function prepareSpansOnce<S>(spans: readonly Span<S>[]): PreparedText {
  const cached = preparedBySpans.get(spans);
  if (cached !== undefined) return cached;
  const prepared = prepareSpans(spans);
  preparedBySpans.set(spans, prepared);
  return prepared;
}

const EPSILON = 1e-9;

/**
 * What any wrapping must keep on its lines: the width in em of everything except spaces and
 * script-change allowances (either may vanish at a line edge), and the widest single character.
 */
export function measureKeptEm(p: PreparedText): { readonly keptEm: number; readonly widestEm: number } {
  let keptEm = 0;
  let widestEm = 0;
  for (let i = 0; i < p.length; i += 1) {
    if (p.cls[i] !== SP && p.cls[i] !== BK) keptEm += p.own[i] ?? 0;
    widestEm = Math.max(widestEm, (p.prefix[i + 1] ?? 0) - (p.prefix[i] ?? 0));
  }
  return { keptEm, widestEm };
}

function isClosingClass(c: number | undefined): boolean {
  return c === CLF || c === CLH || c === CM || c === GL;
}

function isOpeningClass(c: number | undefined): boolean {
  return c === OPF || c === OPH || c === GL;
}

function widthEm(p: PreparedText, start: number, end: number): number {
  return (p.prefix[end] ?? 0) - (p.prefix[start] ?? 0);
}

function trimSpacesBack(p: PreparedText, start: number, end: number): number {
  let e = end;
  while (e > start && p.cls[e - 1] === SP) e -= 1;
  return e;
}

function countContent(p: PreparedText, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i += 1) {
    const c = p.cls[i];
    if (c === ID || c === AL) count += 1;
  }
  return count;
}

/** Where to cut a word wider than the line: as late as fits, but not before a closing mark. */
function findForcedBreak(p: PreparedText, lineStart: number, overflowAt: number): number {
  if (overflowAt <= lineStart) return lineStart + 1;
  let cut = overflowAt;
  while (cut - 1 > lineStart && (isClosingClass(p.cls[cut]) || isOpeningClass(p.cls[cut - 1]))) cut -= 1;
  return cut;
}

/** Lines of one hard-break segment [start, end) as flat [start, end) pairs appended to `out`. */
function wrapSegment(p: PreparedText, start: number, end: number, maxEm: number, out: number[]): void {
  const first = out.length;
  let lineStart = start;
  let lastBreak = -1;
  let seenContent = false;
  let i = lineStart;
  while (i < end) {
    const c = p.cls[i];
    if (i > lineStart && seenContent && p.breakBefore[i] === 1) lastBreak = i;
    if (c !== SP) seenContent = true;
    if (c !== SP && widthEm(p, lineStart, i + 1) > maxEm + EPSILON) {
      const cut = lastBreak > lineStart ? lastBreak : findForcedBreak(p, lineStart, i);
      out.push(lineStart, trimSpacesBack(p, lineStart, cut));
      lineStart = cut;
      while (lineStart < end && p.cls[lineStart] === SP) lineStart += 1;
      lastBreak = -1;
      seenContent = false;
      i = lineStart;
      continue;
    }
    i += 1;
  }
  let lastEnd = end;
  // Trailing spaces are invisible; drop them rather than let them overflow.
  while (lastEnd > lineStart && p.cls[lastEnd - 1] === SP && widthEm(p, lineStart, lastEnd) > maxEm + EPSILON) {
    lastEnd -= 1;
  }
  if (lineStart < end || out.length === first) out.push(lineStart, lastEnd);
  avoidOrphan(p, maxEm, out, first);
}

/** A last line holding one character looks lost; move the end of the line above down to it. */
function avoidOrphan(p: PreparedText, maxEm: number, out: number[], first: number): void {
  const count = (out.length - first) / 2;
  if (count < 2) return;
  const last = out.length - 2;
  const lastStart = out[last] ?? 0;
  const lastEnd = out[last + 1] ?? 0;
  const previousStart = out[last - 2] ?? 0;
  if (countContent(p, lastStart, lastEnd) !== 1) return;
  for (let b = lastStart - 1; b > previousStart; b -= 1) {
    if (p.breakBefore[b] !== 1) continue;
    const previousEnd = trimSpacesBack(p, previousStart, b);
    if (countContent(p, previousStart, previousEnd) === 0) return;
    if (countContent(p, b, lastEnd) < 2) continue;
    if (widthEm(p, b, lastEnd) > maxEm + EPSILON) return;
    out[last - 1] = previousEnd;
    out[last] = b;
    return;
  }
}

/**
 * Wrap prepared text at `maxEm` (line width divided by size). Returns flat [start, end) index
 * pairs of code point indexes, one pair per line; every hard-break segment gives at least one line.
 */
export function wrapPrepared(p: PreparedText, maxEm: number): number[] {
  const out: number[] = [];
  wrapInto(p, maxEm, out);
  return out;
}

function wrapInto(p: PreparedText, maxEm: number, out: number[]): void {
  const n = p.length;
  let segmentStart = 0;
  for (let i = 0; i <= n; i += 1) {
    if (i === n || p.cls[i] === BK) {
      wrapSegment(p, segmentStart, i, maxEm, out);
      segmentStart = i + 1;
    }
  }
}

/**
 * Fitting asks how many lines a paragraph takes at each size it tries and balancing at a dozen
 * widths, and keeps none of those wrappings: they are counted in one reused array.
 */
const countingLines: number[] = [];

/** The number of lines wrapPrepared gives at `maxEm`. */
export function countPreparedLines(p: PreparedText, maxEm: number): number {
  countingLines.length = 0;
  wrapInto(p, maxEm, countingLines);
  return countingLines.length / 2;
}

/** Turn [start, end) pairs back into lines of spans, splitting spans at line ends. */
export function materializeLines<S>(p: PreparedText, spans: readonly Span<S>[], ranges: readonly number[]): Span<S>[][] {
  const lines: Span<S>[][] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    const start = ranges[r] ?? 0;
    const end = ranges[r + 1] ?? 0;
    const line: Span<S>[] = [];
    let runStart = start;
    for (let i = start; i <= end; i += 1) {
      if (i === end || p.spanOf[i] !== p.spanOf[runStart]) {
        const span = spans[p.spanOf[runStart] ?? 0];
        if (i > runStart && span !== undefined) {
          const from = p.offsetOf[runStart] ?? 0;
          const last = p.offsetOf[i - 1] ?? 0;
          const to = last + ((span.text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
          line.push({ text: span.text.slice(from, to), style: span.style });
        }
        runStart = i;
      }
    }
    lines.push(line);
  }
  return lines;
}

function toMaxEm(maxWidth: number, size: number): number {
  if (!(size > 0) || Number.isNaN(maxWidth)) {
    throw new HuibaoError('internal', `排版参数无效：字号 ${size}、行宽 ${maxWidth}。这是程序错误，请报告。`);
  }
  return maxWidth / size;
}

/**
 * Wrap styled spans into lines no wider than maxWidth (pt) at `size` pt. Spans keep their style;
 * a span may be split across lines. Hard line breaks (`\n`, `\r\n`, U+000B, U+2028) start a new
 * line and are removed; an empty text or segment gives one empty line. Spaces where a line wraps
 * are dropped.
 */
export function breakSpans<S>(spans: readonly Span<S>[], maxWidth: number, size: number): Span<S>[][] {
  const maxEm = toMaxEm(maxWidth, size);
  const prepared = prepareSpansOnce(spans);
  return materializeLines(prepared, spans, wrapPrepared(prepared, maxEm));
}

/** The number of lines breakSpans gives. */
export function countBrokenLines<S>(spans: readonly Span<S>[], maxWidth: number, size: number): number {
  const maxEm = toMaxEm(maxWidth, size);
  return countPreparedLines(prepareSpansOnce(spans), maxEm);
}

export function breakText(text: string, maxWidth: number, size: number): string[] {
  return breakSpans([{ text, style: null }], maxWidth, size).map((line) => line.map((span) => span.text).join(''));
}

/** Per em a line other than the last is short: a tie-break towards longer first lines. */
const TOP_HEAVY = 0.5;
/** A last line of one character (孤字), as avoidOrphan avoids it, in squared em of slack. */
const ORPHAN_COST = 100;

/** The most a line may come up short, in em, to end between words instead of inside one. */
const MAX_BACKOFF_EM = 2.5;

/**
 * Lines of `p` filled one after another, each ending at the last break that costs nothing within
 * MAX_BACKOFF_EM of where plain filling would end it; at most `maxLines` of them. Null when some
 * line finds no such break, when the text has hard breaks or when the last line would hold one
 * character: the least-cost search (below) then decides. Most paragraphs need only this, in one
 * pass; the search over every break costs a tenth of planning a long report's deck.
 */
export function wrapPreparedBackingOff(p: PreparedText, costs: Float64Array, maxEm: number, maxLines: number): number[] | null {
  const n = p.length;
  if (n === 0) return null;
  for (let i = 0; i < n; i += 1) if (p.cls[i] === BK) return null;
  const out: number[] = [];
  let lineStart = 0;
  while (lineStart < n) {
    if (out.length / 2 >= maxLines) return null;
    let fill = -1;
    let best = -1;
    for (let i = lineStart + 1; i <= n; i += 1) {
      if (widthEm(p, lineStart, trimSpacesBack(p, lineStart, i)) > maxEm + EPSILON) break;
      if (i === n || p.breakBefore[i] === 1) {
        fill = i;
        if (i === n || (costs[i] ?? 0) === 0) best = i;
      }
    }
    if (fill === -1) return null;
    if (fill !== n && (best === -1 || widthEm(p, lineStart, best) < widthEm(p, lineStart, fill) - MAX_BACKOFF_EM)) return null;
    const end = fill === n ? n : best;
    out.push(lineStart, trimSpacesBack(p, lineStart, end));
    lineStart = end;
    while (lineStart < n && p.cls[lineStart] === SP) lineStart += 1;
  }
  const last = out.length - 2;
  if (last > 0 && countContent(p, out[last] ?? 0, out[last + 1] ?? 0) === 1) return null;
  return out;
}

/**
 * Lines of `p` (no hard breaks) no wider than `maxEm`, at most `maxLines` of them, with the least
 * cost: `costs` (per code point, what a break before it costs) at their breaks plus the squared
 * slack in em of every line (all lines when `balanced`, which evens them out, else all but the
 * last, which fills each line). Every break is one `p` allows. Null when no such lines exist.
 */
export function wrapPreparedPreferring(p: PreparedText, costs: Float64Array, maxEm: number, maxLines: number, balanced: boolean): number[] | null {
  const n = p.length;
  if (n === 0 || maxLines < 1) return null;
  for (let i = 0; i < n; i += 1) if (p.cls[i] === BK) return null;
  const ends: number[] = [];
  for (let i = 1; i < n; i += 1) if (p.breakBefore[i] === 1) ends.push(i);
  ends.push(n);
  // cost[k][i]: least cost of k lines ending where a line may start at position i (0 or a break).
  const cost: Float64Array[] = Array.from({ length: maxLines + 1 }, () => new Float64Array(n + 1).fill(Infinity));
  const from: Int32Array[] = Array.from({ length: maxLines + 1 }, () => new Int32Array(n + 1).fill(-1));
  (cost[0] as Float64Array)[0] = 0;
  const starts = [0, ...ends.slice(0, -1)];
  for (let k = 0; k < maxLines; k += 1) {
    const here = cost[k] as Float64Array;
    const next = cost[k + 1] as Float64Array;
    const back = from[k + 1] as Int32Array;
    for (const start of starts) {
      const base = here[start] ?? Infinity;
      if (base === Infinity) continue;
      let lineStart = start;
      while (lineStart < n && p.cls[lineStart] === SP) lineStart += 1;
      let first = 0;
      let past = ends.length;
      while (first < past) {
        const middle = (first + past) >> 1;
        if ((ends[middle] ?? n) <= lineStart) first = middle + 1;
        else past = middle;
      }
      for (let index = first; index < ends.length; index += 1) {
        const end = ends[index] ?? n;
        const width = widthEm(p, lineStart, trimSpacesBack(p, lineStart, end));
        if (width > maxEm + EPSILON) break;
        const last = end === n;
        // Between equally even lines, the longer ones first (`国民经济实力 / 显著增强`, not
        // `国民经济 / 实力显著增强`): a heading reads top-heavy, and a short first line looks cut off.
        let step = last ? (balanced ? (maxEm - width) ** 2 : 0) : (maxEm - width) ** 2 + TOP_HEAVY * (maxEm - width);
        if (!last) step += costs[end] ?? 0;
        if (last && k > 0 && countContent(p, lineStart, end) === 1) step += ORPHAN_COST;
        if (base + step < (next[end] ?? Infinity)) {
          next[end] = base + step;
          back[end] = start;
        }
      }
    }
  }
  let lines = -1;
  for (let k = 1; k <= maxLines; k += 1) if ((cost[k]?.[n] ?? Infinity) < (lines < 0 ? Infinity : (cost[lines]?.[n] ?? Infinity))) lines = k;
  if (lines < 0) return null;
  const bounds: number[] = [n];
  for (let k = lines, at = n; k > 0; k -= 1) {
    at = from[k]?.[at] ?? 0;
    bounds.unshift(at);
  }
  const out: number[] = [];
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    let lineStart = bounds[index] ?? 0;
    while (lineStart < n && p.cls[lineStart] === SP) lineStart += 1;
    out.push(lineStart, trimSpacesBack(p, lineStart, bounds[index + 1] ?? n));
  }
  return out;
}
