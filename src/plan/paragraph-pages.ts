/**
 * Pages for a text without parts. When the parser finds no structure, the outline says so: no
 * sections, the whole body in the opening (a `no-structure` warning). A deck still needs pages:
 * the body's paragraphs are shared out over about eight of them, each titled by its first sentence
 * (verbatim), the way a presenter pages a short speech. The outline stays honest about what was
 * found; how to show an unstructured text is the plan's choice.
 */

import { pageSection, titleFromHeading } from '../parse/build-outline.js';
import type { Figure, Outline, Section } from '../parse/outline.js';
import { isTableLine } from '../parse/segments.js';
import { firstSentenceLength } from '../parse/split-sentences.js';
import { startsWithAddress } from '../parse/theme-sentences.js';
import { lineBreaks } from '../parse/word-breaks.js';
import { ADDRESS_ONLY, saysOnlyWhen, splitClauses } from './condense.js';
import { ownsProblems } from './problems.js';

/** About this many pages, however long the text: a greeting gets one per paragraph. */
const PAGES = 8;
/** A paragraph ending on a greeting or thanks to those present (`……致以最诚挚的问候！`). */
const WELCOME = /(问候|欢迎|祝贺|感谢|谢意|敬意)[^。！？!?]{0,6}[！!。]$/u;
/** Fewest paragraphs before a welcome and a closing call are set apart from the pages. */
const MIN_FRAMED = 4;
/** A first sentence longer than this with no text after it gives the page only its first words. */
const MAX_SENTENCE_TITLE = 40;
const CUT_TITLE = 30;
/** A clause that ends this far in titles the page alone (`再过几天，3月3日是我们一中124岁的生日`). */
const MIN_CLAUSE_TITLE = 8;

/** Indices of the paragraphs that open one of about `pages` pages. */
function pageStarts(paras: readonly string[], pages: number, first = 1): number[] {
  // The first paragraph opens the talk (`大家上午好！`, the occasion); it stays the opening. A
  // paragraph that only addresses the audience (`老师们、同学们、同志们、朋友们！`) opens no page.
  const starts: number[] = [];
  for (let k = first; k < paras.length; k += 1) if (!isTableLine(paras[k] ?? '') && !ADDRESS_ONLY.test(paras[k] ?? '')) starts.push(k);
  if (starts.length === 0 && paras.length > 0) starts.push(0);
  // A welcome that opens the talk and a call to the audience that ends it frame the pages; they
  // open none (the call stays on the last page, the welcome in the opening).
  if (starts.length >= MIN_FRAMED && WELCOME.test(paras[starts[0] ?? 0] ?? '')) starts.shift();
  const last = paras[starts[starts.length - 1] ?? 0] ?? '';
  if (starts.length >= MIN_FRAMED && (startsWithAddress(last) || /^让我们/u.test(last))) starts.pop();
  const addressed = addressedBlocks(paras, starts);
  // What precedes the first address and ends on a greeting is the occasion (`今天，我们在这里隆重集会……`,
  // `首先，我代表……致以……问候！`): it stays the opening, on no page of its own.
  const blocks = addressed.length >= 2 && endsOnGreeting(paras.slice(addressed[0]?.[0] ?? 0, addressed[1]?.[0] ?? 0)) ? addressed.slice(1) : addressed;
  if (blocks.length < 2) return evenly(blocks.flat(), pages);
  // A speaker turns to a new matter with an address of its own (`各位代表！` before 国防, then
  // before 港澳台, then before 外交): a page never runs across one, or its title names only the
  // first matter (a deck review). Each address may add a page, up to a few in all.
  const total = Math.min(pages + blocks.length - 1, Math.max(pages, MAX_ADDRESSED_PAGES));
  if (blocks.length > total)
    return evenly(
      blocks.map((block) => block[0] ?? 0),
      total,
    );
  const extra = allot(
    blocks.map((block) => block.length - 1),
    total - blocks.length,
  );
  return blocks.flatMap((block, index) => evenly(block, 1 + (extra[index] ?? 0)));
}

/** About `pages` of `starts`, every so many in turn. */
function evenly(starts: readonly number[], pages: number): number[] {
  const perPage = Math.max(1, Math.ceil(starts.length / pages));
  return starts.filter((_, index) => index % perPage === 0);
}

/** No more pages than this for the matters an address sets apart, however short the text. */
const MAX_ADDRESSED_PAGES = 5;

/** Whether the last of `paras` that says more than an address greets those present. */
function endsOnGreeting(paras: readonly string[]): boolean {
  const said = paras.map((para) => para.trim()).filter((para) => para !== '' && !ADDRESS_ONLY.test(para));
  return WELCOME.test(said[said.length - 1] ?? '');
}

/** `starts` in runs, a new run after each paragraph that only addresses the audience; one run when there is none. */
function addressedBlocks(paras: readonly string[], starts: readonly number[]): number[][] {
  const blocks: number[][] = [];
  starts.forEach((start, index) => {
    const from = index === 0 ? start : (starts[index - 1] ?? 0) + 1;
    const addressed = paras.slice(from, start).some((para) => ADDRESS_ONLY.test(para.trim()));
    const current = blocks[blocks.length - 1];
    if (current === undefined || addressed) blocks.push([start]);
    else current.push(start);
  });
  return blocks;
}

/** `count` shared out in proportion to `weights` (largest remainders first); all zero when every weight is. */
function allot(weights: readonly number[], count: number): number[] {
  const sum = weights.reduce((total, weight) => total + weight, 0);
  if (sum === 0 || count <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (weight * count) / sum);
  const shares = exact.map(Math.floor);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  const left = count - shares.reduce((total, share) => total + share, 0);
  for (let k = 0; k < left; k += 1) {
    const at = order[k % order.length]?.index ?? 0;
    shares[at] = (shares[at] ?? 0) + 1;
  }
  return shares;
}

function page(paras: readonly string[], from: number, to: number): Section {
  const text = paras[from] ?? '';
  // A paragraph opening on an address (`各位代表！高质量发展是……`) is titled by what follows it.
  const address = firstSentenceLength(text);
  const skip = address < text.length && ADDRESS_ONLY.test(text.slice(0, address).trim()) ? address : 0;
  const rest = text.slice(skip);
  const end = closingQuote(rest, firstSentenceLength(rest));
  const headEnd = skip + (end < rest.length || rest.length <= MAX_SENTENCE_TITLE ? end : titleCut(rest));
  const section = pageSection(paras.slice(from, to), headEnd);
  return skip === 0 ? section : { ...section, title: titleFromHeading(text.slice(skip, headEnd)) };
}

/**
 * `end`, or past the closing quotation mark when `end` falls inside a quotation (`孙中山先生说过：“‘统一’
 * 是中国全体国民的希望。能够统一，……”`): a title never stops inside one.
 */
function closingQuote(text: string, end: number): number {
  const head = text.slice(0, end);
  if ((head.match(/“/gu) ?? []).length <= (head.match(/”/gu) ?? []).length) return end;
  const close = text.indexOf('”', end);
  if (close === -1) return end;
  return close + 1 + (/^[。！？]/u.test(text.charAt(close + 1)) ? 1 : 0);
}

/**
 * Where the first words of a long one-sentence paragraph end to title its page: after its last
 * clause within reach of the title's length, else at the last break between words before it,
 * never inside a word (`为学校争|得荣誉`, `中国共|产党`, a deck review).
 */
function titleCut(text: string): number {
  const sentence = text.slice(0, firstSentenceLength(text));
  let at = 0;
  let cut = -1;
  // Clause ends outside quotes and brackets (`……时说：“世界是你们的，也是我们的` is no title).
  for (const clause of splitClauses(sentence)) {
    at += clause.length;
    if (at > MAX_SENTENCE_TITLE) break;
    // A title that only says when (`抗日战争胜利后`) says nothing of the page: a longer cut does.
    const title = text.slice(0, at).replace(/[，,；;：:]$/u, '');
    if (at >= MIN_CLAUSE_TITLE && at < sentence.length && !saysOnlyWhen(title)) cut = at;
  }
  if (cut !== -1) return cut;
  const breaks = lineBreaks(text);
  for (let end = CUT_TITLE; end > MIN_CLAUSE_TITLE; end -= 1) if (breaks.has(end)) return end;
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
  const paged = pagesOf(outline.opening, PAGES);
  if (paged === null) return outline;
  const { opening, pages: sections } = paged;
  return { ...outline, opening, sections, figures: outline.figures.map((figure) => placeFigure(figure, sections)) };
}

/** Paragraphs before the first page (from paragraph `from` on; the opening keeps its first) and about `count` pages; null when nothing is paged. */
function pagesOf(text: string, count: number, from = 1): { opening: string; pages: Section[] } | null {
  const paras = text.split('\n');
  const starts = pageStarts(paras, count, from);
  const first = starts[0];
  if (first === undefined) return null;
  return { opening: paras.slice(0, first).join('\n'), pages: starts.map((start, index) => page(paras, start, starts[index + 1] ?? paras.length)) };
}

/** An opening before the first part this long, and this share of the text, says more than a greeting. */
const MIN_PAGED_OPENING = 900;
const MIN_OPENING_SHARE = 0.3;
/** About one page of an opening or ending for this many characters. */
const CHARS_PER_PAGE = 800;
/** No more pages of an opening than this. */
const MAX_OPENING_PAGES = 4;

/**
 * Pages for a long opening before the first part (a commemorative speech's account of a life, a
 * school head's year before the 一、二、三 of the coming one): half a speech otherwise reached no slide,
 * only the cover's notes (a deck review). Its first paragraph stays the opening (the occasion, the
 * greeting); the rest is paged like a text without parts. Null for an opening of a greeting or two.
 */
export function openingPages(outline: Outline): { opening: string; pages: Section[] } | null {
  const opening = outline.opening.trim();
  if (outline.sections.length === 0 || opening.length < MIN_PAGED_OPENING || opening.length < textLength(outline) * MIN_OPENING_SHARE) return null;
  const count = pagesFor(opening.length, MAX_OPENING_PAGES);
  const paged = pagesOf(opening, count);
  return paged === null || paged.pages.length === 0 ? null : paged;
}

/** An ending, less its last paragraph, this long says more than thanks: a page's worth. */
const MIN_PAGED_ENDING = 400;
/** No more pages of an ending than this. */
const MAX_ENDING_PAGES = 3;

/**
 * Pages for a long ending after the last part (a government work report's 政府自身建设, 民族宗教,
 * 国防, 港澳台 and 外交 after its numbered tasks; a commemorative speech's 祖国统一): it reached no
 * slide, only the closing slide's notes (a deck review). Its last paragraph, the call to the
 * audience (`让我们……`), stays with the closing slide; the rest is paged like a text without parts.
 * Null for an ending of a paragraph or two.
 */
export function endingPages(outline: Outline): { ending: string; pages: Section[] } | null {
  const paras = outline.ending.split('\n').filter((line) => line.trim() !== '');
  const body = paras.slice(0, -1).join('\n');
  if (outline.sections.length === 0 || paras.length < 3 || body.length < MIN_PAGED_ENDING) return null;
  const count = pagesFor(body.length, MAX_ENDING_PAGES);
  const paged = pagesOf(body, count, 0);
  if (paged === null || paged.pages.length === 0) return null;
  // What precedes the first page (an address alone) stays in the notes before it: the first page's.
  const lead = paged.opening.trim();
  const [first, ...rest] = paged.pages;
  const pages = first === undefined || lead === '' ? paged.pages : [{ ...first, heading: `${lead}\n${first.heading}` }, ...rest];
  return { ending: paras[paras.length - 1] ?? '', pages };
}

/** Pages for `length` characters of an opening or ending: one per CHARS_PER_PAGE, at least one, at most `most`. */
function pagesFor(length: number, most: number): number {
  return Math.min(most, Math.max(1, Math.round(length / CHARS_PER_PAGE)));
}

/** Characters of the opening and every part, as a share's whole. */
function textLength(outline: Outline): number {
  const parts = outline.sections.reduce(
    (sum, section) =>
      sum +
      section.heading.length +
      section.lead.length +
      section.body.length +
      section.points.reduce((points, point) => points + point.heading.length + point.body.length, 0),
    0,
  );
  return outline.opening.length + parts;
}

/** A part's closing text before its problems this long says more than a summary line: a page's worth. */
const MIN_PAGED_CLOSING = 600;
/** No more pages of a part's closing text than this. */
const MAX_CLOSING_PAGES = 2;
/** A figure with what it counts (`2000亿元`, `7%`, `296家`). */
const COUNTED = /[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:%|％|‰|亿|万|个|户|项|家|人|元|倍|所|座|公里|千米|吨|套|件|名|次)/gu;
/** Fewest figures that make a closing text a summary of results. */
const MIN_CLOSING_FIGURES = 3;

/**
 * Pages for the results a part sums up after its last point, up to the thanks or the paragraph
 * owning up to its problems (the problems page shows those): a government report's five-year review
 * after the year's `——` results (a third deck review: the review of 十三五, GDP超2000亿元, reached only
 * the notes). `rest` is what the pages leave, for the notes of the part's last page. Null when the
 * text is short or sets few figures.
 */
export function closingPages(body: string): { pages: Section[]; rest: string } | null {
  const paras = body.split('\n').filter((line) => line.trim() !== '');
  // The results end where the speaker thanks those who achieved them or owns up to problems.
  const stop = paras.findIndex((para) => ownsProblems(para) || WELCOME.test(para));
  let end = stop === -1 ? paras.length : stop;
  while (end > 0 && ADDRESS_ONLY.test((paras[end - 1] ?? '').trim())) end -= 1;
  const shown = paras.slice(0, end).join('\n');
  // Results say what was done in figures; an exhortation after a speech's points stays in the notes.
  if (shown.length < MIN_PAGED_CLOSING || (shown.match(COUNTED) ?? []).length < MIN_CLOSING_FIGURES) return null;
  const paged = pagesOf(shown, pagesFor(shown.length, MAX_CLOSING_PAGES), 0);
  if (paged === null || paged.pages.length === 0) return null;
  // What precedes the first page (an address alone) opens it, as on an ending's first page.
  const lead = paged.opening.trim();
  const [first, ...others] = paged.pages;
  const pages = first === undefined || lead === '' ? paged.pages : [{ ...first, heading: `${lead}\n${first.heading}` }, ...others];
  return { pages, rest: paras.slice(end).join('\n') };
}
