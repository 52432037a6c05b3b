/**
 * One fitted text box: spans in, a TextShape with its size chosen and its lines wrapped out.
 * Every text the planner places goes through here, so "fits its box" holds by construction.
 */
import type { SizeRange, Theme, ThemeFont } from '../themes/theme-schema.js';
import type { Box, Bullet, Font, Paragraph, TextShape } from './deck-plan.js';
import { insideSetTerms, insideShortBookTitles, lineBreaks, wordBreaks } from '../parse/word-breaks.js';
import { breakSpans, countBrokenLines, type Span } from './break-lines.js';
import { SIZE_STEP, fitText, type FitResult } from './fit-text.js';
import type { RunStyle, StyledParagraph } from './styled-text.js';
import { breakSpansAtWords } from './word-wrap.js';

/**
 * CJK fonts draw glyphs about 1.45 em tall (Noto Sans CJK: ascent 1.16, descent 0.29). With exact
 * line spacing below that, the last line's descenders reach past its line box; measured on
 * LibreOffice renders, by about 0.75 of the difference. Reserve that room below the last line.
 */
const GLYPH_HEIGHT_EM = 1.45;
const OVERHANG_SHARE = 0.8;
const LINE_SLACK_EM = 0.4;

function overhang(size: number, lineHeightEm: number): number {
  return Math.max(0, GLYPH_HEIGHT_EM - lineHeightEm) * size * OVERHANG_SHARE;
}

/** Text insets in points: [left, top, right, bottom]. */
export const DEFAULT_INSET: readonly [number, number, number, number] = [4, 3, 4, 3];

export interface TextBoxRequest {
  readonly role: TextShape['role'];
  readonly box: Box;
  readonly paragraphs: readonly StyledParagraph[];
  readonly font: ThemeFont;
  readonly range: SizeRange;
  readonly lineHeight: number;
  readonly paragraphGap?: number;
  readonly align?: TextShape['align'];
  readonly valign?: TextShape['valign'];
  readonly inset?: readonly [number, number, number, number];
  readonly maxLines?: number;
  readonly bullet?: Bullet | null;
  /**
   * Even out the lines of a wrapped heading (以更高政治站位 / 把准前进方向 rather than
   * 以更高政治站位把准前进 / 方向): same line count, narrowest width that keeps it.
   * On by default for titles, subtitles and headings.
   */
  readonly balance?: boolean;
}

export function toFont(font: ThemeFont): Font {
  return { eastAsian: font.eastAsian, latin: font.latin };
}

/** The fitted text box, or null when the text does not fit even at the range's minimum. */
export function fitTextBox(request: TextBoxRequest): TextShape | null {
  const inset = request.inset ?? DEFAULT_INSET;
  const bullet = request.bullet ?? null;
  const bulletIndent = bullet === null ? 0 : bullet.indent;
  // Renderers differ in small ways (LibreOffice spaces a quote mark off its neighbours, PowerPoint
  // kerns punctuation): keep a fraction of an em free on every line rather than fill it exactly.
  const width = request.box.w - inset[0] - inset[2] - bulletIndent - LINE_SLACK_EM * request.range.max;
  const inner = request.box.h - inset[1] - inset[3];
  if (width <= 0 || inner <= 0) return null;
  const fitWithin = (height: number, size?: number): FitResult<RunStyle> | null =>
    fitText<RunStyle>({
      paragraphs: request.paragraphs,
      width,
      height,
      min: size ?? request.range.min,
      max: size ?? request.range.max,
      lineHeight: request.lineHeight,
      paragraphGap: request.paragraphGap ?? 0,
      ...(request.maxLines === undefined ? {} : { maxLines: request.maxLines }),
    });
  // The overhang grows with the size: reserve it for the largest size first (then any size
  // fitText picks is safe); when nothing fits, reserve it for the smallest and check the size
  // actually chosen.
  const atLargest = fitWithin(inner - overhang(request.range.max, request.lineHeight));
  const atSmallest = atLargest ?? fitWithin(inner - overhang(request.range.min, request.lineHeight));
  const largest = atSmallest !== null && atSmallest.height + overhang(atSmallest.size, request.lineHeight) <= inner ? atSmallest : null;
  const paragraphGap = request.paragraphGap ?? 0;
  if (largest === null) return null;
  const balance = request.balance ?? (request.role === 'title' || request.role === 'subtitle' || request.role === 'heading');
  const headingAt = (fit: FitResult<RunStyle>): Span<RunStyle>[][][] => balanceHeading(request.paragraphs, fit.paragraphs, width, fit.size);
  // Only body text takes spare lines: a layout gives a heading's unused height to the text below
  // it (composeCards), so a third heading line set a card row's bullets smaller (16 → 14.5 pt).
  const bodyLines = (fit: FitResult<RunStyle>): Span<RunStyle>[][][] => {
    const sameCount = wrapAtWords(request.paragraphs, fit.paragraphs, width, fit.size, false);
    const room = spareLines(request, inner, fit);
    return room > 0 ? wrapInSpareLines(request.paragraphs, sameCount, width, fit.size, room) : sameCount;
  };
  const fitAt = (size: number): FitResult<RunStyle> | null => fitWithin(inner - overhang(size, request.lineHeight), size);
  // Lines are read in words, and reviews found words broken on most decks: a text whose lines at its
  // largest size end inside a word is set a step or a few smaller where they do not.
  // - A heading (`推进政务公开，增/强政府工作透明度`, a full card heading) keeps its line count: layouts give its
  //   unused height to the bullets below. Cards in a row then share the smaller size (fit-row.ts).
  // - Body text (`全面推行全员安全生产责任/制`, `开展企/业`: four narrow cards, a tenth deck review) is judged by
  //   dictionary words, set terms and short book titles (splitsWords), not the stricter line-break places:
  //   a break between the words of a quoted term (`“一岗/一清单”`) is worth no smaller text.
  const { fit: fitted, lines } = balance
    ? smallerInWords(largest, headingAt, fitAt, request.range.min, breaksBetweenWords, true)
    : smallerInWords(largest, bodyLines, fitAt, request.range.min, (wrapped) => !splitsWords(wrapped), false);
  const paragraphs: Paragraph[] = lines.map((lines, index) => ({
    lines: lines.map((line) => line.map((span) => ({ text: span.text, color: span.style.color, bold: span.style.bold }))),
    spaceBefore: index === 0 ? 0 : round(fitted.size * paragraphGap),
    bullet,
  }));
  return {
    type: 'text',
    role: request.role,
    box: request.box,
    paragraphs,
    font: toFont(request.font),
    size: fitted.size,
    lineHeight: round(fitted.size * request.lineHeight),
    align: request.align ?? 'left',
    valign: request.valign ?? 'top',
    inset,
  };
}

function countLines<S>(paragraphs: readonly (readonly Span<S>[])[], width: number, size: number): Span<S>[][][] {
  return paragraphs.map((paragraph) => breakSpans(paragraph, width, size));
}

function lineCount<S>(paragraphs: readonly (readonly (readonly Span<S>[])[])[]): number {
  return paragraphs.reduce((sum, lines) => sum + lines.length, 0);
}

/**
 * Each paragraph rewrapped in no more lines at the same size and width, ending between words where
 * it can: same height, so the box still fits. A paragraph with hard breaks or an overlong Latin
 * word keeps its lines.
 */
function wrapAtWords<S>(source: readonly (readonly Span<S>[])[], fitted: Span<S>[][][], width: number, size: number, balanced: boolean): Span<S>[][][] {
  return fitted.map((lines, index) => {
    const paragraph = source[index];
    if (lines.length < 2 || paragraph === undefined) return lines;
    // Lines that already end between words stay: the search costs a tenth of planning a long
    // report's deck (npm run bench, 10× the seed), and most lines of body text need none.
    if (!balanced && breaksBetweenWords([lines])) return lines;
    return breakSpansAtWords(paragraph, width, size, lines.length, balanced) ?? lines;
  });
}

/** Whole lines the box holds below its fitted text, within the request's line cap. */
function spareLines(request: TextBoxRequest, inner: number, fitted: FitResult<RunStyle>): number {
  const free = inner - overhang(fitted.size, request.lineHeight) - fitted.height;
  const byHeight = Math.floor(free / (fitted.size * request.lineHeight) + 1e-9);
  return Math.min(byHeight, (request.maxLines ?? Number.POSITIVE_INFINITY) - fitted.lines);
}

/**
 * Where a paragraph's lines still end inside a word (`从严从实抓好党性培/训`: three lines of ten
 * characters hold it only that way) and the box has room below its text, that paragraph takes one
 * more line to end between words: the box still fits, and a slide is read in words. Paragraphs take
 * the spare lines in order, one each.
 */
function wrapInSpareLines<S>(source: readonly (readonly Span<S>[])[], wrapped: Span<S>[][][], width: number, size: number, room: number): Span<S>[][][] {
  let left = room;
  return wrapped.map((lines, index) => {
    const paragraph = source[index];
    if (left < 1 || paragraph === undefined || lines.length < 2 || breaksBetweenWords([lines])) return lines;
    const longer = breakSpansAtWords(paragraph, width, size, lines.length + 1, false);
    if (longer === null || longer.length > lines.length + 1 || !breaksBetweenWords([longer])) return lines;
    left -= longer.length - lines.length;
    return longer;
  });
}

/**
 * A heading's lines: balanced at the narrowest width, widened a little to end between words
 * (balanceLines), which keeps phrases whole (`农村教育均衡发展 / 再上新台阶`); where that still
 * splits a word, the lines in the same count that split the fewest, evenly long.
 */
function balanceHeading<S>(source: readonly (readonly Span<S>[])[], fitted: Span<S>[][][], width: number, size: number): Span<S>[][][] {
  const balanced = balanceLines(source, fitted, width, size);
  return breaksBetweenWords(balanced) ? balanced : wrapAtWords(source, fitted, width, size, true);
}

/** Most a heading, or body text, is set below its largest fitting size to end its lines between words. */
const MAX_SHRINK_FOR_WORDS = 2;

/** A fit and the lines chosen for it. */
interface WordFit {
  readonly fit: FitResult<RunStyle>;
  readonly lines: Span<RunStyle>[][][];
}

/**
 * The largest fit whose lines `read` accepts, from the largest size down a step at a time to at most
 * MAX_SHRINK_FOR_WORDS points smaller, never below `min`; a smaller size that takes more lines than the
 * largest is skipped when `sameLines`. None accepted: the largest fit stays.
 */
function smallerInWords(
  largest: FitResult<RunStyle>,
  linesAt: (fit: FitResult<RunStyle>) => Span<RunStyle>[][][],
  fitAt: (size: number) => FitResult<RunStyle> | null,
  min: number,
  read: (lines: Span<RunStyle>[][][]) => boolean,
  sameLines: boolean,
): WordFit {
  const atLargest = linesAt(largest);
  if (read(atLargest)) return { fit: largest, lines: atLargest };
  const floor = Math.max(min, largest.size - MAX_SHRINK_FOR_WORDS);
  for (let size = largest.size - SIZE_STEP; size >= floor - 1e-9; size -= SIZE_STEP) {
    const fit = fitAt(round(size));
    if (fit === null || (sameLines && fit.lines > largest.lines)) continue;
    const lines = linesAt(fit);
    if (read(lines)) return { fit, lines };
  }
  return { fit: largest, lines: atLargest };
}

/**
 * True when a line of a paragraph ends inside a dictionary word, between two ideographs (`责任/制`), or
 * inside a set term or a short book title (`社会/主义`, `《未成年/人保护法》`: a thirteenth deck review found the
 * latter at 19 pt where 18 pt kept it whole).
 */
function splitsWords<S>(paragraphs: readonly (readonly (readonly Span<S>[])[])[]): boolean {
  return paragraphs.some((lines) => {
    const texts = lines.map((line) => line.map((span) => span.text).join(''));
    if (texts.length < 2) return false;
    const text = texts.join('');
    const words = wordBreaks(text);
    // Found once per paragraph, and only for a break between words: most paragraphs have none to look at.
    let named: ReadonlySet<number> | null = null;
    const insideName = (at: number): boolean => {
      named ??= new Set([...insideSetTerms(text), ...insideShortBookTitles(text)]);
      return named.has(at);
    };
    let at = 0;
    return texts.slice(0, -1).some((line) => {
      at += line.length;
      if (!/\p{Script=Han}/u.test(text.charAt(at - 1)) || !/\p{Script=Han}/u.test(text.charAt(at))) return false;
      return !words.has(at) || insideName(at);
    });
  });
}

/** True when every line of every paragraph ends between two words (lineBreaks), not inside one. */
function breaksBetweenWords<S>(paragraphs: readonly (readonly (readonly Span<S>[])[])[]): boolean {
  return paragraphs.every((lines) => {
    const texts = lines.map((line) => line.map((span) => span.text).join(''));
    if (texts.length < 2) return true;
    const breaks = lineBreaks(texts.join(''));
    let at = 0;
    return texts.slice(0, -1).every((text) => {
      at += text.length;
      return breaks.has(at);
    });
  });
}

/** How many characters wider than the balanced width a heading may be set to keep its words whole. */
const MAX_WIDENING = 3;

function balanceLines<S>(source: readonly (readonly Span<S>[])[], fitted: Span<S>[][][], width: number, size: number): Span<S>[][][] {
  const target = lineCount(fitted);
  if (target < 2) return fitted;
  let low = width / (target + 1);
  let high = width;
  let best: number | null = null;
  // Bisection on the width: a dozen steps get within a fraction of a character. Each step only
  // counts lines; the lines themselves are made once, at the width chosen.
  for (let step = 0; step < 12; step += 1) {
    const middle = (low + high) / 2;
    const lines = source.reduce((sum, paragraph) => sum + countBrokenLines(paragraph, middle, size), 0);
    if (lines <= target) {
      best = middle;
      high = middle;
    } else {
      low = middle;
    }
  }
  const balanced = best === null ? fitted : countLines(source, best, size);
  // Balanced lines may end inside a word (`坚持以人/民为中心`); a heading is read in words, so a
  // line a character or three longer that ends between words is better (`坚持以人民/为中心`).
  if (best === null || breaksBetweenWords(balanced)) return balanced;
  for (let extra = 1; extra <= MAX_WIDENING && best + extra * size <= width; extra += 1) {
    const wider = countLines(source, best + extra * size, size);
    if (lineCount(wider) <= target && breaksBetweenWords(wider)) return wider;
  }
  return balanced;
}

/** Height a fitted box needs for its own lines (used to size cards to their content). */
export function usedHeight(shape: TextShape): number {
  const lines = shape.paragraphs.reduce((sum, paragraph) => sum + paragraph.lines.length, 0);
  const gaps = shape.paragraphs.reduce((sum, paragraph) => sum + paragraph.spaceBefore, 0);
  return lines * shape.lineHeight + gaps + shape.inset[1] + shape.inset[3] + overhang(shape.size, shape.lineHeight / shape.size);
}

/** Same text box with a new frame (after content-based sizing). */
export function moveBox(shape: TextShape, box: Box): TextShape {
  return { ...shape, box };
}

/** A fixed size range, for when a row of boxes must share one size. */
export function exactly(size: number): SizeRange {
  return { min: size, max: size };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function sizeRangeOf(theme: Theme, role: 'title' | 'heading' | 'body' | 'figure'): SizeRange {
  return theme.sizes[role];
}
