/**
 * Re-joining hard-wrapped text. A report copied out of a PDF (or an e-mail client that wraps)
 * arrives cut into lines of one fixed width, so one paragraph becomes several lines and every
 * wrapped tail looks like a short paragraph of its own. Everything after this step assumes one
 * paragraph per line, so the lines are joined back first.
 *
 * How a wrapped text is recognised: many lines share one length W (the cut width, counted in
 * characters), and almost no line is longer than W. In a text with one paragraph per line the
 * longest paragraphs run far past any common length, so both conditions together do not happen
 * by chance. A PDF may end a line one or two characters early (a closing mark may not start a
 * line, Latin text is narrower), hence the small tolerance.
 *
 * Which lines are joined: a line of (about) the full width was cut, so the next line continues
 * it — unless the next line opens with a numbering mark or an address to the audience, or is
 * indented when the text marks paragraphs by indenting, which start paragraphs. A shorter line ends
 * its paragraph. A paragraph that happens to end exactly at the width is the ambiguous case:
 * when it ends a sentence and the next line is a short unpunctuated line, that line is a heading
 * of its own (a wrapped tail ends with the paragraph's final punctuation); when it is a numbered
 * heading with no sentence in it, after a heading of its kind that stood alone, and a full line
 * follows, it stands alone too. Headings shorter than the width stay lines of their own; a long
 * heading wrapped in two is joined like any paragraph.
 *
 * The tolerance for lines ended early is taken from the text: where nearly every cut line has
 * exactly the width (a program wrapped it), a line one or two characters shorter is a paragraph
 * of its own, often a heading.
 */

import { detectMarker, type Marker, type MarkerKind } from './detect-markers.js';
import { DASH_OPENING } from './dashes.js';

/** Shorter lines are never taken for the cut width: lists of names or table cells can share a length. */
const MIN_WIDTH = 16;
/** A line up to this many characters short of the width may still have been cut (PDF layout). */
const MAX_TOLERANCE = 2;
/** Share of long lines that must have exactly the cut width. */
const MIN_SHARE_AT_WIDTH = 0.3;
/** Share of lines allowed to run past the width (a pasted-in paragraph that was not wrapped). */
const MAX_SHARE_OVER_WIDTH = 0.05;
/** Fewer lines at the width than this is no evidence of wrapping. */
const MIN_LINES_AT_WIDTH = 4;

const ADDRESS_START = /^(同志们|各位|尊敬的|亲爱的|老师们|同学们|朋友们)/;

function lengthOf(line: string): number {
  return [...line].length;
}

export interface WrapWidth {
  /** Characters per cut line. */
  readonly width: number;
  /** How many characters short of the width a cut line may be. */
  readonly tolerance: number;
}

/** The width the text was cut at, or null when it does not look hard-wrapped. */
export function findWrapWidth(lines: readonly string[]): WrapWidth | null {
  const lengths = lines.map(lengthOf).filter((n) => n >= MIN_WIDTH);
  if (lengths.length < MIN_LINES_AT_WIDTH) return null;
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  let width = 0;
  let atWidth = 0;
  for (const [n, count] of counts) {
    if (count > atWidth || (count === atWidth && n > width)) {
      width = n;
      atWidth = count;
    }
  }
  // A PDF line may hold one more character when it ends in punctuation that may not start a line.
  const over = lengths.filter((n) => n > width + 1).length;
  if (atWidth < MIN_LINES_AT_WIDTH || atWidth < lengths.length * MIN_SHARE_AT_WIDTH) return null;
  if (over > lengths.length * MAX_SHARE_OVER_WIDTH) return null;
  // Ragged cuts (a PDF) put many lines just short of the width; an exact cut puts almost none.
  const nearWidth = lengths.filter((n) => n < width && n >= width - MAX_TOLERANCE).length;
  return { width, tolerance: nearWidth > atWidth * 0.2 ? MAX_TOLERANCE : 0 };
}

const SENTENCE_END = /[。！？!?；;：:”’」』）)]$/;

/** A line that stands alone: short, with no sentence punctuation at its end. */
function looksLikeHeading(line: string, width: WrapWidth): boolean {
  return lengthOf(line) < width.width - width.tolerance && !SENTENCE_END.test(line) && !/[，,、]$/.test(line);
}

/** A dash series item (`——这是……的五年。`) opens a paragraph when the line before ended a sentence. */
const DASH_ITEM = DASH_OPENING;

function startsParagraph(line: string, previous: string | null): boolean {
  if (detectMarker(line) !== null || ADDRESS_START.test(line)) return true;
  return previous !== null && SENTENCE_END.test(previous.trimEnd()) && DASH_ITEM.test(line);
}

const INDENT = /^[ \t\u3000\u00A0]{2,}/;

/** Shared opening that makes a line a parallel paragraph rather than a continuation. */
const MIN_REPEATED_OPENING = 4;

/**
 * A line that opens with the words the paragraph in progress opened with (`做新时代奋斗者要……` after
 * a paragraph `做新时代奋斗者要……` that ended exactly at the width) starts the next paragraph of a
 * parallel series: running text does not repeat its own opening right after a full stop.
 */
function repeatsOpening(line: string, paragraph: string): boolean {
  const opening = paragraph.slice(0, MIN_REPEATED_OPENING);
  return /^\p{Script=Han}{4}$/u.test(opening) && line.startsWith(opening);
}

/**
 * Joins hard-wrapped lines back into paragraphs; text that is not hard-wrapped comes back as it
 * was. `rawLines` are the text's lines as they came (indentation kept, since it may mark where
 * paragraphs start); the result is trimmed, non-empty paragraphs. Joining adds no characters, so
 * the wording is kept.
 */
export function unwrapLines(rawLines: readonly string[]): string[] {
  // Trailing spaces are kept while joining: a wrap may fall just after a space inside a sentence.
  // A line's length as cut counts its leading spaces: a wrap may fall just before a space too
  // (`2 311.43亿元` cut after its 2), and that line was still cut at the full width.
  const entries = rawLines
    .map((raw) => ({ text: raw.replace(/^\s+/, ''), raw, indented: INDENT.test(raw), length: lengthOf(raw) }))
    .filter((entry) => entry.text.trim().length > 0);
  const trimmed = entries.map((entry) => entry.text.trimEnd());
  const width = findWrapWidth(rawLines.filter((raw) => raw.trim().length > 0));
  if (width === null) return trimmed;
  // Indentation marks paragraph starts only when a fair share of lines carry it.
  const indentMarks = entries.filter((entry) => entry.indented).length >= Math.max(2, entries.length * 0.1);
  const paragraphs: string[] = [];
  const lastOrdinal = new Map<string, number>();
  // Per numbering kind: whether its last heading stood as a line of its own, with no sentence in it.
  const lastBare = new Map<string, boolean>();
  const push = (paragraph: string): void => {
    const opening = detectMarker(paragraph);
    if (opening !== null) lastBare.set(opening.kind, !INNER_SENTENCE_END.test(paragraph) && !/[：:]/u.test(paragraph));
    paragraphs.push(paragraph);
  };
  let current: string | null = null;
  for (const [i, entry] of entries.entries()) {
    const line = entry.text;
    const endsSentence = current !== null && SENTENCE_END.test(current.trimEnd());
    const marker = detectMarker(line);
    // A cut may fall just before `一、` inside a sentence (`财务四统` / `一、支撑IT的网络……`): a mark
    // that neither follows a finished sentence nor goes on with its kind's numbering (`七、` was the
    // last) continues the line before.
    const continuesNumbering = marker !== null && marker.ordinal === (lastOrdinal.get(marker.kind) ?? 0) + 1;
    const markInSentence = marker !== null && current !== null && !endsSentence && !continuesNumbering;
    const startsNew =
      (!markInSentence && startsParagraph(line, current)) ||
      (indentMarks && entry.indented) ||
      (endsSentence && looksLikeHeading(line.trimEnd(), width)) ||
      (endsSentence && current !== null && repeatsOpening(line, current));
    if (current !== null && !startsNew) {
      // A continuation keeps a space it starts with: the wrap fell before it (`2 | 311.43`).
      current += entry.raw.replace(/^\s+/, (space) => (space.length === 1 ? space : ''));
    } else {
      if (current !== null) push(current.trimEnd());
      current = line;
      if (marker !== null) lastOrdinal.set(marker.kind, marker.ordinal);
    }
    // The other ambiguous case: a heading exactly as long as a line (`二、参考工业4.0的架构，……集成和融合`,
    // 36 characters) before a full line. When the heading of its kind before it (`一、`) stood alone
    // with no sentence in it, it stands alone too; a heading wrapped in two would end on a short line.
    const next = entries[i + 1];
    const headingAtWidth =
      marker !== null &&
      continuesNumbering &&
      current === line &&
      lastBare.get(marker.kind) === true &&
      !INNER_SENTENCE_END.test(line) &&
      // (A space between Chinese words marks a heading glued to its text: `splitBodyFromHeading`
      // parts them once the lines are joined.)
      !/\p{Script=Han}\s+\p{Script=Han}/u.test(line) &&
      next !== undefined &&
      next.length >= width.width - width.tolerance;
    const cut = entry.length >= width.width - width.tolerance && !headingAtWidth;
    if (!cut || i === entries.length - 1) {
      push(current.trimEnd());
      current = null;
    }
  }
  if (current !== null) push(current.trimEnd());
  return paragraphs;
}

/** A heading's last words may spill onto a line of their own (`三、……搞好党风和` / `廉政建设`). */
const MAX_SPILL = 12;
const CLAUSE_PUNCTUATION = /[。！？!?；;：:，,、]/;

/** A heading line this long that stops short is broken: few headings are shorter with a line of their own under them. */
const MIN_BROKEN_HEADING = 10;
/** Shortest numbered heading that may have been broken in two halves (`三、持续提升政府` / `治理效能和服务水平`). */
const MIN_HALF_HEADING = 6;

/** True for a short unpunctuated, unnumbered line: a heading's spilled words, or a heading of its own. */
function isShortBareLine(line: string): boolean {
  return [...line].length <= MAX_SPILL && !CLAUSE_PUNCTUATION.test(line) && detectMarker(line) === null;
}

/**
 * True when no other short bare line stands under the heading at `i` before the next heading of its
 * kind: a line under a short heading is then its other half, not the first of its sub-headings
 * (`一、工作回顾` / `主要成绩` … `存在问题`).
 */
function onlyBareLineUnder(paragraphs: readonly string[], i: number, kind: string): boolean {
  for (let k = i + 2; k < paragraphs.length; k += 1) {
    const paragraph = paragraphs[k] ?? '';
    if (detectMarker(paragraph)?.kind === kind) return true;
    if (isShortBareLine(paragraph)) return false;
  }
  return true;
}

/**
 * Joins a numbered heading line that ends without punctuation with the short unpunctuated line
 * after it, when a longer paragraph follows: the heading was broken in two (a PDF, a narrow
 * column, a .docx with a break inside the heading), and its tail would otherwise read as a heading
 * of its own. A short heading line is joined only when that line is the only one of its kind
 * under it (`onlyBareLineUnder`).
 */
export function joinBrokenHeadings(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i += 1) {
    const line = paragraphs[i] ?? '';
    const next = paragraphs[i + 1];
    const after = paragraphs[i + 2];
    const marker = detectMarker(line);
    const broken =
      next !== undefined &&
      after !== undefined &&
      marker !== null &&
      (line.length >= MIN_BROKEN_HEADING || (line.length >= MIN_HALF_HEADING && onlyBareLineUnder(paragraphs, i, marker.kind))) &&
      !SENTENCE_END.test(line) &&
      !/[，,、]$/.test(line) &&
      isShortBareLine(next) &&
      after.length > line.length;
    if (broken) {
      out.push(`${line}${next}`);
      i += 1;
    } else {
      out.push(line);
    }
  }
  return out;
}

/**
 * A numbered heading glued to the end of a paragraph after a space or a sentence's end, with no
 * punctuation of its own (`……切实提升应急救援能 三、切实加强改革和政府自身建设`, `……更便利。（二）培育
 * 壮大经济新动能`): a web page or a paste lost the line break before it, and the rest of that paragraph.
 */
const GLUED_HEADING = /^(.*\S)(?:\s+|(?<=[。！？!?：:]))((?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^\s。！？!?；;，,：:]{2,30})$/u;

/**
 * Splits a heading glued to the end of a paragraph (`GLUED_HEADING`) onto a line of its own, when
 * it continues the numbering of the last heading of its kind that opened a line (`二、` before it
 * for `三、`), or is the first of a list the paragraph announces with a colon (`……以下八个方面的重点
 * 工作：（一）推动经济稳中有进`): a mark that numbers nothing before it is text, not a heading.
 */
export function splitGluedHeadings(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  const lastOrdinal = new Map<string, number>();
  for (const line of paragraphs) {
    const opening = detectMarker(line);
    const glued = GLUED_HEADING.exec(line);
    const heading = glued === null ? null : detectMarker(glued[2] ?? '');
    const announced = heading?.ordinal === 1 && /[：:]$/u.test(glued?.[1] ?? '');
    if (glued !== null && heading !== null && (announced || lastOrdinal.get(heading.kind) === heading.ordinal - 1)) {
      out.push(glued[1] ?? '', glued[2] ?? '');
      lastOrdinal.set(heading.kind, heading.ordinal);
      continue;
    }
    if (opening !== null) lastOrdinal.set(opening.kind, opening.ordinal);
    out.push(...splitBodyFromHeading(line, opening));
  }
  return out;
}

/**
 * A numbered heading with its paragraph glued on after a space (`三、加强民主法制，建设服务型政府 加快
 * 振兴吉林老工业基地，……。`): the line break was lost the other way round. The heading has no
 * sentence end of its own and the text after the space is a paragraph (a sentence end, longer);
 * Chinese on both sides of the space (`建设 AI Platform` is one title). A short phrase before the
 * space (`抓项目 加快推进……。`, `强基础 补短板 促进……。`) is the heading's own keyword, spaced off.
 */
const BODY_AFTER_HEADING = /^([^\s。！？!?；;：:]{5,29}\p{Script=Han})\s+(\p{Script=Han}.*[。！？!?].*)$/u;
const HEADING_KINDS: ReadonlySet<MarkerKind> = new Set<MarkerKind>(['cn-dun', 'cn-paren']);

function splitBodyFromHeading(line: string, opening: Marker | null): string[] {
  if (opening === null || !HEADING_KINDS.has(opening.kind)) return [line];
  const found = BODY_AFTER_HEADING.exec(line.slice(opening.mark.length));
  const title = found?.[1] ?? '';
  const body = found?.[2] ?? '';
  // Phrases spaced apart after it (`强基础 补短板 促进……`) are still the heading's.
  const phrases = /\p{Script=Han}\s+\p{Script=Han}/u.test(body.slice(0, 20));
  return found !== null && !phrases && body.length >= title.length * 2 ? [`${opening.mark}${title}`, body] : [line];
}

/** A line that ends inside a sentence: after a comma or an enumeration comma. */
const ENDS_MID_SENTENCE = /[，,、]$/;
/** A line that opens with a sentence's last characters and its stop (`向。始终把……`): no paragraph does. */
const STARTS_AS_TAIL = /^[^，。、；：！？,.;:!?\s]{1,3}[。；！？]\S/u;
/** Punctuation that closes what came before (`、加快……`, `，……`, `”……`): never a paragraph's start. */
const OPENS_WITH_CLOSING = /^[，。、；：！？,.;:!?）」』”’]/u;
/** A sentence ended inside the line: the line is prose, not a heading or a name. */
const INNER_SENTENCE_END = /[。！？!?；;]/;

/**
 * Joins a paragraph broken by one stray line break (a paste from a web page or a PDF, an edit):
 * a line that stops in the middle of a sentence — after a comma, after a sentence of prose that
 * then runs on without its final mark, or before a line that opens with a sentence's last
 * characters and its stop — continues on the next line, unless that line opens a
 * paragraph of its own (a numbering mark, an address, a dash item). A heading, a title, a name or
 * a date line has no sentence inside it and does not end in a comma, so it is never joined. Left
 * broken, the tail reads as a paragraph of its own and breaks a series of lead sentences, which
 * lost a whole part.
 */
export function joinStrayBreaks(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of paragraphs) {
    const previous = out[out.length - 1];
    const continues =
      previous !== undefined &&
      !previous.includes('\t') &&
      !line.includes('\t') &&
      // After a 、 the list goes on, even with words that could open a paragraph (`老师们……`).
      (/[、]$/.test(previous) ||
        (!startsParagraph(line, previous) &&
          (OPENS_WITH_CLOSING.test(line) ||
            (!SENTENCE_END.test(previous) &&
              (ENDS_MID_SENTENCE.test(previous) || INNER_SENTENCE_END.test(previous) || (STARTS_AS_TAIL.test(line) && detectMarker(previous) === null))))));
    if (continues) out[out.length - 1] = `${previous}${line}`;
    else out.push(line);
  }
  return out;
}
