/**
 * Filling in masked figures (`*户`, `*%`, `××个`) before the meeting, from `--set 名称=数字` or a
 * figures file. Pure: the outline in, a new outline out, with the mark replaced in every text field
 * that carries the sentence (opening, leads, bodies, headings, titles) so slides and notes agree, and
 * the figures and the `masked-figures` warning recomputed from the new text.
 *
 * Matching rule (also in the CLI help): a key that is a whole number `N` names the N-th masked
 * figure in reading order; any other key names the first still-unfilled masked figure, in reading
 * order, whose label (the words before it, e.g. `利润同比增长`) or label + unit contains the key.
 * Two aliases: a key ending in 率/比/比例/占比/幅度 names a percentage whose label contains the rest
 * (`增长率` → `利润同比增长*%`); a key ending in 数/数量 names a figure whose unit or label contains the
 * rest (`户数` → `*户`). Repeating a key fills the next matching figure.
 */
import { InputError } from '../errors.js';
import { labelBefore } from './find-figures.js';
import { findOutlineFigures, updateMaskedWarning } from './markdown-figures.js';
import type { Figure, Item, Outline, Point, Section } from './outline.js';

export interface FigureAssignment {
  /** `1`, `户数`, `利润同比增长` … as the user wrote it. */
  readonly key: string;
  /** The number to put in, e.g. `12` or `8.5` (a trailing unit equal to the figure's is dropped). */
  readonly value: string;
}

export interface NumberedFigure {
  /** 1-based position among the masked figures in reading order; what `--set N=…` refers to. */
  readonly number: number;
  readonly figure: Figure;
}

export interface FilledFigure extends NumberedFigure {
  readonly assignment: FigureAssignment;
  /** The figure as it now reads, e.g. `12户`. */
  readonly text: string;
}

export interface FillResult {
  readonly outline: Outline;
  readonly filled: readonly FilledFigure[];
  /** Assignments that named no (remaining) masked figure. */
  readonly unmatched: readonly FigureAssignment[];
  /** Masked figures still left, numbered as in the original outline. */
  readonly remaining: readonly NumberedFigure[];
}

const NUMBER = /^[+-]?\d+(?:[,，]\d{3})*(?:\.\d+)?$/u;
const PERCENT_UNITS = ['%', '％', '‰', '个百分点'];
const RATIO_SUFFIX = /(率|比例|占比|幅度|比)$/u;
const COUNT_SUFFIX = /(数量|数)$/u;

/** Reading order: the figure sources as `parseReport` builds them, then the offset in them. */
function sourceTexts(outline: Outline): Map<Figure['where'], string> {
  const texts = new Map<Figure['where'], string>([['opening', outline.opening]]);
  outline.sections.forEach((section, index) => {
    const pointText = section.points.map((point) => `${point.heading}\n${point.body}`).join('\n');
    texts.set(index, [section.heading, section.lead, pointText, section.body].join('\n'));
  });
  return texts;
}

interface LocatedFigure {
  readonly figure: Figure;
  /** Offset of the figure's text inside its sentence. */
  readonly at: number;
  /** Source index, offset of the sentence in the source, offset in the sentence. */
  readonly order: readonly [number, number, number];
}

/** Where in its sentence a figure stands: the occurrence of its text whose label is the figure's. */
function offsetInSentence(figure: Figure, taken: ReadonlySet<number>): number {
  let fallback = -1;
  for (let at = figure.sentence.indexOf(figure.text); at !== -1; at = figure.sentence.indexOf(figure.text, at + 1)) {
    if (taken.has(at)) continue;
    if (labelBefore(figure.sentence, at) === figure.label) return at;
    if (fallback === -1) fallback = at;
  }
  return fallback;
}

/** The masked figures of an outline in reading order, numbered from 1. */
export function numberMaskedFigures(outline: Outline): NumberedFigure[] {
  return locateMaskedFigures(outline).map((located, index) => ({ number: index + 1, figure: located.figure }));
}

function locateMaskedFigures(outline: Outline): LocatedFigure[] {
  const texts = sourceTexts(outline);
  const taken = new Map<string, Set<number>>();
  const located: LocatedFigure[] = [];
  for (const figure of outline.figures) {
    if (!figure.masked) continue;
    const used = taken.get(figure.sentence) ?? new Set<number>();
    taken.set(figure.sentence, used);
    const at = offsetInSentence(figure, used);
    used.add(at);
    const source = texts.get(figure.where) ?? '';
    const sourceIndex = figure.where === 'opening' ? 0 : figure.where + 1;
    const sentenceAt = Math.max(0, source.indexOf(figure.sentence));
    located.push({ figure, at, order: [sourceIndex, sentenceAt, Math.max(0, at)] });
  }
  return located.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
}

function matchesKey(figure: Figure, key: string): boolean {
  const label = figure.label;
  if (label.includes(key) || `${label}${figure.unit}`.includes(key) || `${label}${figure.text}`.includes(key)) return true;
  const ratio = RATIO_SUFFIX.exec(key);
  if (ratio !== null && PERCENT_UNITS.includes(figure.unit)) {
    const stem = key.slice(0, ratio.index);
    return stem === '' || label.includes(stem);
  }
  const count = COUNT_SUFFIX.exec(key);
  if (count !== null && !PERCENT_UNITS.includes(figure.unit)) {
    const stem = key.slice(0, count.index);
    return stem !== '' && (figure.unit.includes(stem) || label.includes(stem));
  }
  return false;
}

/** `8.5%` for a `*%` figure is `8.5`; anything but a plain number is refused. */
function normaliseValue(assignment: FigureAssignment, figure: Figure): string {
  let value = assignment.value.trim();
  if (figure.unit !== '' && value.endsWith(figure.unit)) value = value.slice(0, -figure.unit.length).trim();
  if (!NUMBER.test(value)) {
    throw new InputError(`“${assignment.key}=${assignment.value}”里的“${assignment.value}”不是数字。`, {
      hint: `请写成数字，如 ${assignment.key}=12 或 ${assignment.key}=8.5（单位“${figure.unit}”已在文稿中，不必再写）。`,
    });
  }
  return value;
}

function pickFigure(assignment: FigureAssignment, located: readonly LocatedFigure[], done: ReadonlySet<number>): number {
  const key = assignment.key.trim();
  if (/^\d+$/u.test(key)) {
    const index = Number(key) - 1;
    return index >= 0 && index < located.length && !done.has(index) ? index : -1;
  }
  if (key === '') return -1;
  return located.findIndex((entry, index) => !done.has(index) && matchesKey(entry.figure, key));
}

/** Applies every sentence rewrite to one text field. */
function rewriteText(text: string, rewrites: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [from, to] of rewrites) if (result.includes(from)) result = result.split(from).join(to);
  return result;
}

/** A title is its heading without marker and final punctuation: cut the new heading the same way. */
function rewriteTitle(title: string, heading: string, newHeading: string, rewrites: ReadonlyMap<string, string>): string {
  const direct = rewriteText(title, rewrites);
  if (direct !== title || newHeading === heading) return direct;
  const at = heading.indexOf(title);
  if (at === -1) return title;
  const prefix = heading.slice(0, at);
  const suffix = heading.slice(at + title.length);
  if (!newHeading.startsWith(prefix) || !newHeading.endsWith(suffix)) return title;
  return newHeading.slice(prefix.length, newHeading.length - suffix.length);
}

function rewriteItem<T extends Item>(item: T, rewrites: ReadonlyMap<string, string>): T {
  const heading = rewriteText(item.heading, rewrites);
  return { ...item, heading, title: rewriteTitle(item.title, item.heading, heading, rewrites), body: rewriteText(item.body, rewrites) };
}

function rewritePoint(point: Point, rewrites: ReadonlyMap<string, string>): Point {
  return { ...rewriteItem(point, rewrites), items: point.items.map((item) => rewriteItem(item, rewrites)) };
}

function rewriteSection(section: Section, rewrites: ReadonlyMap<string, string>): Section {
  const heading = rewriteText(section.heading, rewrites);
  return {
    ...section,
    heading,
    title: rewriteTitle(section.title, section.heading, heading, rewrites),
    lead: rewriteText(section.lead, rewrites),
    points: section.points.map((point) => rewritePoint(point, rewrites)),
    body: rewriteText(section.body, rewrites),
    tables: section.tables.map((table) => ({ rows: table.rows.map((row) => row.map((cell) => rewriteText(cell, rewrites))) })),
  };
}

function rewriteOutline(outline: Outline, rewrites: ReadonlyMap<string, string>): Outline {
  const nullable = (text: string | null): string | null => (text === null ? null : rewriteText(text, rewrites));
  const opening = rewriteText(outline.opening, rewrites);
  const sections = outline.sections.map((section) => rewriteSection(section, rewrites));
  const figures = findOutlineFigures(opening, sections);
  return {
    ...outline,
    title: rewriteText(outline.title, rewrites),
    front: outline.front.map((line) => rewriteText(line, rewrites)),
    subtitle: nullable(outline.subtitle),
    salutation: nullable(outline.salutation),
    opening,
    figures,
    sections,
    closing: nullable(outline.closing),
    ending: rewriteText(outline.ending, rewrites),
    appendix: rewriteText(outline.appendix, rewrites),
    warnings: updateMaskedWarning(outline.warnings, figures),
  };
}

/** Every text field of the outline joined, to check that a sentence was found somewhere. */
function allText(outline: Outline): string {
  const sectionText = outline.sections.flatMap((section) => [
    section.heading,
    section.lead,
    section.body,
    ...section.points.flatMap((point) => [point.heading, point.body]),
  ]);
  return [outline.title, ...outline.front, outline.opening, ...sectionText, outline.ending, outline.appendix].join('\n');
}

export function fillFigures(outline: Outline, assignments: readonly FigureAssignment[]): FillResult {
  const located = locateMaskedFigures(outline);
  const done = new Map<number, { assignment: FigureAssignment; value: string }>();
  const unmatched: FigureAssignment[] = [];
  for (const assignment of assignments) {
    const index = pickFigure(assignment, located, new Set(done.keys()));
    const entry = located[index];
    if (entry === undefined) {
      unmatched.push(assignment);
      continue;
    }
    done.set(index, { assignment, value: normaliseValue(assignment, entry.figure) });
  }

  // One rewrite per sentence, its figures replaced right to left so earlier offsets stay valid.
  const bySentence = new Map<string, { at: number; figure: Figure; value: string }[]>();
  for (const [index, { value }] of done) {
    const entry = located[index];
    if (entry === undefined || entry.at < 0) continue;
    const list = bySentence.get(entry.figure.sentence) ?? [];
    list.push({ at: entry.at, figure: entry.figure, value });
    bySentence.set(entry.figure.sentence, list);
  }
  const text = allText(outline);
  const rewrites = new Map<string, string>();
  for (const [sentence, list] of bySentence) {
    if (!text.includes(sentence)) continue;
    let rewritten = sentence;
    for (const { at, figure, value } of [...list].sort((a, b) => b.at - a.at)) {
      rewritten = `${rewritten.slice(0, at)}${figure.text.replace(figure.value, value)}${rewritten.slice(at + figure.text.length)}`;
    }
    rewrites.set(sentence, rewritten);
  }

  const filled: FilledFigure[] = [];
  for (const [index, { assignment, value }] of done) {
    const entry = located[index];
    if (entry === undefined || !rewrites.has(entry.figure.sentence) || entry.at < 0) {
      unmatched.push(assignment);
      continue;
    }
    filled.push({ number: index + 1, figure: entry.figure, assignment, text: entry.figure.text.replace(entry.figure.value, value) });
  }
  filled.sort((a, b) => a.number - b.number);
  const filledNumbers = new Set(filled.map((entry) => entry.number));
  const remaining = located.map((entry, index) => ({ number: index + 1, figure: entry.figure })).filter((entry) => !filledNumbers.has(entry.number));
  return { outline: rewrites.size === 0 ? outline : rewriteOutline(outline, rewrites), filled, unmatched, remaining };
}

/** `户数=12` → { key: '户数', value: '12' }; null when there is no `=` or either side is empty. */
export function parseAssignment(text: string): FigureAssignment | null {
  const at = text.search(/[=＝]/u);
  if (at <= 0) return null;
  const key = text.slice(0, at).trim();
  const value = text.slice(at + 1).trim();
  return key === '' || value === '' ? null : { key, value };
}
