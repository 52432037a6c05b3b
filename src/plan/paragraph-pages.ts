/**
 * Pages for a text without parts. When the parser finds no structure, the outline says so: no
 * sections, the whole body in the opening (a `no-structure` warning). A deck still needs pages:
 * the body's paragraphs are shared out over about eight of them, each titled by its first sentence
 * (verbatim), the way a presenter pages a short speech. The outline stays honest about what was
 * found; how to show an unstructured text is the plan's choice.
 */

import { pageSection } from '../parse/build-outline.js';
import type { Figure, Outline, Section } from '../parse/outline.js';
import { isTableLine } from '../parse/segments.js';
import { firstSentenceLength } from '../parse/split-sentences.js';
import { startsWithAddress } from '../parse/theme-sentences.js';
import { lineBreaks } from '../parse/word-breaks.js';

/** About this many pages, however long the text: a greeting gets one per paragraph. */
const PAGES = 8;
/** A paragraph ending on a greeting or thanks to those present (`……致以最诚挚的问候！`). */
const WELCOME = /(问候|欢迎|祝贺|感谢|谢意|敬意)[^。！？!?]{0,6}[！!。]$/u;
/** Fewest paragraphs before a welcome and a closing call are set apart from the pages. */
const MIN_FRAMED = 4;
/** A first sentence longer than this with more text after it gives the page only its first words. */
const MAX_SENTENCE_TITLE = 40;
const CUT_TITLE = 30;
/** A clause that ends this far in titles the page alone (`再过几天，3月3日是我们一中124岁的生日`). */
const MIN_CLAUSE_TITLE = 8;
const CLAUSE_END = /[，,；;：:]/u;

/** Indices of the paragraphs that open a page. */
function pageStarts(paras: readonly string[]): number[] {
  // The first paragraph opens the talk (`大家上午好！`, the occasion); it stays the opening.
  const starts: number[] = [];
  for (let k = 1; k < paras.length; k += 1) if (!isTableLine(paras[k] ?? '')) starts.push(k);
  if (starts.length === 0 && paras.length > 0) starts.push(0);
  // A welcome that opens the talk and a call to the audience that ends it frame the pages; they
  // open none (the call stays on the last page, the welcome in the opening).
  if (starts.length >= MIN_FRAMED && WELCOME.test(paras[starts[0] ?? 0] ?? '')) starts.shift();
  const last = paras[starts[starts.length - 1] ?? 0] ?? '';
  if (starts.length >= MIN_FRAMED && (startsWithAddress(last) || /^让我们/u.test(last))) starts.pop();
  const perPage = Math.max(1, Math.ceil(starts.length / PAGES));
  return starts.filter((_, index) => index % perPage === 0);
}

function page(paras: readonly string[], from: number, to: number): Section {
  const text = paras[from] ?? '';
  const end = firstSentenceLength(text);
  const headEnd = end < text.length || text.length <= MAX_SENTENCE_TITLE ? end : titleCut(text);
  return pageSection(paras.slice(from, to), headEnd);
}

/**
 * Where the first words of a long one-sentence paragraph end to title its page: after its last
 * clause within reach of the title's length, else at the last break between words before it,
 * never inside a word (`为学校争|得荣誉`, `中国共|产党`, a deck review).
 */
function titleCut(text: string): number {
  for (let at = MAX_SENTENCE_TITLE - 1; at >= MIN_CLAUSE_TITLE; at -= 1) if (CLAUSE_END.test(text.charAt(at))) return at + 1;
  const breaks = lineBreaks(text);
  for (let at = CUT_TITLE; at > MIN_CLAUSE_TITLE; at -= 1) if (breaks.has(at)) return at;
  return CUT_TITLE;
}

/** A figure of the body on the page that holds its sentence (its slide may show it). */
function placeFigure(figure: Figure, sections: readonly Section[]): Figure {
  if (figure.where !== 'opening') return figure;
  const index = sections.findIndex((section) => `${section.heading}${section.lead}`.includes(figure.sentence));
  return index === -1 ? figure : { ...figure, where: index };
}

/** The outline with its body shared out into pages when it has no sections; otherwise unchanged. */
export function withParagraphPages(outline: Outline): Outline {
  if (outline.sections.length > 0 || outline.opening.trim() === '') return outline;
  const paras = outline.opening.split('\n');
  const starts = pageStarts(paras);
  const first = starts[0];
  if (first === undefined) return outline;
  const sections = starts.map((from, index) => page(paras, from, starts[index + 1] ?? paras.length));
  const opening = paras.slice(0, first).join('\n');
  return { ...outline, opening, sections, figures: outline.figures.map((figure) => placeFigure(figure, sections)) };
}
