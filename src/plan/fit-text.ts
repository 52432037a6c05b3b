/**
 * Choosing a font size: the largest size, in half points, at which wrapped text fits its box.
 * Each paragraph is prepared once; each candidate size then costs one linear wrapping pass.
 */
import { countPreparedLines, materializeLines, measureKeptEm, prepareSpansOnce, wrapPrepared } from './break-lines.js';
import type { PreparedText, Span } from './break-lines.js';

export interface FitRequest<S> {
  /** Each paragraph wraps independently. */
  readonly paragraphs: readonly (readonly Span<S>[])[];
  /** Inner width (box minus insets), pt. */
  readonly width: number;
  /** Inner height, pt. */
  readonly height: number;
  /** Smallest allowed size, pt. */
  readonly min: number;
  /** Largest allowed size, pt. */
  readonly max: number;
  /** Line pitch as a multiple of size (e.g. 1.3). */
  readonly lineHeight: number;
  /** Extra space between paragraphs as a multiple of size (e.g. 0.4). */
  readonly paragraphGap: number;
  /** Optional cap on total lines. */
  readonly maxLines?: number;
}

export interface FitResult<S> {
  /** Chosen size, pt (multiple of 0.5). */
  readonly size: number;
  /** Paragraphs → lines → spans. */
  readonly paragraphs: Span<S>[][][];
  /** Total height used at that size, pt. */
  readonly height: number;
  readonly lines: number;
}

export const SIZE_STEP = 0.5;
const EPSILON = 1e-9;

/** Height in points that `lines` lines and `paragraphs` paragraphs take at `size`. */
export function textHeight(lines: number, paragraphs: number, size: number, lineHeight: number, paragraphGap: number): number {
  if (lines <= 0) return 0;
  return lines * size * lineHeight + Math.max(0, paragraphs - 1) * size * paragraphGap;
}

/** Candidate sizes from largest to smallest, on the half-point grid inside [min, max]. */
function listSizes(min: number, max: number): number[] {
  const sizes: number[] = [];
  const top = Math.floor(max / SIZE_STEP + EPSILON);
  const bottom = Math.max(1, Math.ceil(min / SIZE_STEP - EPSILON));
  for (let step = top; step >= bottom; step -= 1) sizes.push(step * SIZE_STEP);
  return sizes;
}

interface PreparedParagraph {
  readonly text: PreparedText;
  readonly keptEm: number;
  readonly widestEm: number;
}

/**
 * Prepared paragraphs by identity: the planner tries one paragraph in several boxes and sizes,
 * and spans are immutable, so the work of preparing is done once per paragraph.
 */
const preparedParagraphs = new WeakMap<readonly Span<unknown>[], PreparedParagraph>();

function prepareParagraph<S>(spans: readonly Span<S>[]): PreparedParagraph {
  const cached = preparedParagraphs.get(spans);
  if (cached !== undefined) return cached;
  const text = prepareSpansOnce(spans);
  const prepared = { text, ...measureKeptEm(text) };
  preparedParagraphs.set(spans, prepared);
  return prepared;
}

/** Total lines at `size`, or null as soon as the text is known not to fit. */
function countLinesWithin(prepared: readonly PreparedParagraph[], width: number, size: number, lineLimit: number): number | null {
  const maxEm = width / size;
  // Lines can be no fewer than the text's total width over the line width: a cheap early no.
  let atLeast = 0;
  for (const { keptEm, widestEm } of prepared) {
    atLeast += widestEm > maxEm ? 1 : Math.max(1, Math.ceil(keptEm / maxEm - EPSILON));
  }
  if (atLeast > lineLimit) return null;
  let lines = 0;
  for (const { text } of prepared) {
    lines += countPreparedLines(text, maxEm);
    if (lines > lineLimit) return null;
  }
  return lines;
}

/** Most lines that fit `height` at `size` with every paragraph gap paid. */
function lineLimitFor(request: FitRequest<unknown>, size: number): number {
  const gaps = Math.max(0, request.paragraphs.length - 1) * size * request.paragraphGap;
  const byHeight = Math.floor((request.height - gaps) / (size * request.lineHeight) + EPSILON);
  return Math.min(byHeight, request.maxLines ?? Number.POSITIVE_INFINITY);
}

/** The largest size in [min, max] (0.5 pt steps) at which the text fits; null if it does not fit even at min. */
export function fitText<S>(request: FitRequest<S>): FitResult<S> | null {
  if (!(request.width > 0) || !(request.height >= 0) || !(request.lineHeight > 0)) return null;
  const prepared = request.paragraphs.map((spans) => prepareParagraph(spans));
  for (const size of listSizes(request.min, request.max)) {
    const lines = countLinesWithin(prepared, request.width, size, lineLimitFor(request, size));
    if (lines === null) continue;
    const height = textHeight(lines, request.paragraphs.length, size, request.lineHeight, request.paragraphGap);
    if (height > request.height + EPSILON) continue;
    const maxEm = request.width / size;
    const paragraphs = prepared.map(({ text }, index) => materializeLines(text, request.paragraphs[index] ?? [], wrapPrepared(text, maxEm)));
    return { size, paragraphs, height, lines };
  }
  return null;
}

/** How many whole paragraphs, from the start, fit in `height` at `size` (for continuation slides). Returns at least 0. */
export function countParagraphsThatFit<S>(
  paragraphs: readonly (readonly Span<S>[])[],
  width: number,
  height: number,
  size: number,
  lineHeight: number,
  paragraphGap: number,
): number {
  if (!(width > 0) || !(size > 0)) return 0;
  const maxEm = width / size;
  let lines = 0;
  let count = 0;
  for (const spans of paragraphs) {
    lines += countPreparedLines(prepareParagraph(spans).text, maxEm);
    if (textHeight(lines, count + 1, size, lineHeight, paragraphGap) > height + EPSILON) break;
    count += 1;
  }
  return count;
}
