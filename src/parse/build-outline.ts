/**
 * parseReport: decoded report text → Outline.
 *
 * Strategy (general rules only, no wording from any one report):
 * 1. Normalise the text and split it into paragraphs (one per line).
 * 2. Front matter (title, subtitle, date, speaker, salutation) from the first lines; back matter
 *    (closing thank-you line, appendices) from the last.
 * 3. Top level, first rule that applies:
 *    a. unnumbered short heading lines that come before any numbering (`“十四五”时期工作回顾`);
 *    b. paragraph-start numbering (`一、` preferred, else the kind that opens first and is not a
 *       weak enumeration sitting in the opening); a kind that restarts at 1 several times
 *       (`一是…` groups without headings) makes one section per group, titled from the sentence
 *       that introduces it;
 *    c. paragraphs opening with parallel theme sentences (same shape, shared wording), or — when
 *       the wording is not shared — three or more consecutive paragraphs that each open with a
 *       short comma-free sentence followed by body text (the seed's flattened style);
 *    d. otherwise sections are made from paragraphs and a `no-structure` warning is added.
 * 4. Inside each section the points are, first rule that applies: paragraph-start numbering (the
 *    first kind that opens there), groups of paragraphs opening with parallel theme sentences,
 *    an inline `一是……二是……` run, or a series of short parallel sentences inside the text
 *    (three or more; two when every sibling section with points uses such series, since the
 *    sections of one report are built alike). Deeper levels stay in the body text.
 * 5. After the last section, an address to the audience (`同志们，` `各位代表！`) starts the
 *    ending; a headingless enumeration there becomes one more section titled from its lead-in.
 *    When every section is a single paragraph, the paragraphs after the last one are the ending.
 * 6. Figures (numbers with units, masked `*%`) are collected from the opening and the sections by
 *    `findOutlineFigures` (shared with the Markdown reader), ranked for number cards (figures with
 *    a naming label first, then growth rates and amounts), with a `masked-figures` warning.
 * Titles never keep numbering marks or final punctuation; `heading` keeps the source wording.
 * Headingless groups have an empty `heading`; their lead-in paragraph is the section `lead`.
 * Every character of the body ends up in exactly one text field (faithfulness), because sections
 * and points are cut out of the paragraph list by position, never rewritten.
 */

import { InputError } from '../errors.js';
import { describeMaskedFigures, findOutlineFigures } from './find-figures.js';
import { readFrontMatter } from './front-matter.js';
import { readBackMatter } from './back-matter.js';
import { splitLines } from './normalize-text.js';
import { unwrapLines } from './unwrap-lines.js';
import { checkOutline } from './self-check.js';
import { buildRuns, detectMarker, titleFromHeading, type MarkedItem, type MarkerKind } from './detect-markers.js';
import { findInlineEnumerations } from './enumerations.js';
import { findInlineThemeSentences, findPlainThemeParagraphs, findThemeParagraphGroups, startsWithAddress, type ThemeParagraph } from './theme-sentences.js';
import { titleFromLeadIn } from './group-title.js';
import { firstSentenceLength } from './split-sentences.js';
import { OUTLINE_VERSION, type Outline, type OutlineWarning, type Point, type Section, type Table } from './outline.js';

export { titleFromHeading } from './detect-markers.js';

/** A place in the paragraph list: paragraph index and character offset inside it. */
interface Pos {
  readonly para: number;
  readonly offset: number;
}

/** A heading cut out of the text: `paras[para].slice(offset, headEnd)`. */
interface Cut {
  readonly para: number;
  readonly offset: number;
  readonly headEnd: number;
  readonly title: string;
}

const STRONG_KINDS: ReadonlySet<MarkerKind> = new Set<MarkerKind>(['part', 'cn-dun', 'cn-paren', 'ordinal', 'ar-dot']);

function isTableLine(paragraph: string): boolean {
  return paragraph.includes('\t') && paragraph.split('\t').filter((c) => c.trim().length > 0).length >= 2;
}

function comparePos(a: Pos, b: Pos): number {
  return a.para - b.para || a.offset - b.offset;
}

/** The text between two positions, paragraphs joined by `\n`; table lines optionally left out. */
function sliceText(paras: readonly string[], from: Pos, to: Pos, skipTables: boolean): string {
  const pieces: string[] = [];
  for (let k = from.para; k <= to.para && k < paras.length; k += 1) {
    const text = paras[k] ?? '';
    if (skipTables && isTableLine(text)) continue;
    const start = k === from.para ? from.offset : 0;
    const end = k === to.para ? to.offset : text.length;
    if (end <= start) continue;
    const piece = text.slice(start, end).trim();
    if (piece.length > 0) pieces.push(piece);
  }
  return pieces.join('\n');
}

function tablesIn(paras: readonly string[], from: number, to: number): Table[] {
  const tables: Table[] = [];
  let rows: string[][] = [];
  for (let k = from; k < to; k += 1) {
    const text = paras[k] ?? '';
    if (isTableLine(text)) {
      rows.push(text.split('\t').map((c) => c.trim()));
    } else if (rows.length > 0) {
      tables.push({ rows });
      rows = [];
    }
  }
  if (rows.length > 0) tables.push({ rows });
  return tables;
}

/** Where a heading that starts a paragraph ends: its first sentence, or the whole line. */
function headingEnd(text: string, offset: number, kind: MarkerKind | 'bare'): number {
  if (kind === 'bare') return text.length;
  return offset + firstSentenceLength(text.slice(offset), kind === 'yishi' ? '；;' : '');
}

function cutAtParagraph(paras: readonly string[], para: number, kind: MarkerKind | 'bare'): Cut {
  const text = paras[para] ?? '';
  const end = headingEnd(text, 0, kind);
  return { para, offset: 0, headEnd: end, title: titleFromHeading(text.slice(0, end)) };
}

/** Paragraph-start marks of the given paragraphs, grouped by kind. */
function collectMarkers(paras: readonly string[], indices: readonly number[]): Map<MarkerKind, MarkedItem[]> {
  const byKind = new Map<MarkerKind, MarkedItem[]>();
  for (const k of indices) {
    const text = paras[k] ?? '';
    if (isTableLine(text)) continue;
    const marker = detectMarker(text);
    if (marker === null) continue;
    byKind.set(marker.kind, [...(byKind.get(marker.kind) ?? []), { at: k, marker }]);
  }
  return byKind;
}

interface KindChoice {
  readonly kind: MarkerKind;
  readonly runs: MarkedItem[][];
}

/**
 * The numbering kind that forms this level: `一、` when asked to prefer it, else the kind whose
 * first run opens first — unless it is a weak enumeration (`一是`, `第一阶段`, `（1）`) that is
 * over before another kind starts (then it sits in a lead and the later kind is the level).
 */
function chooseKind(byKind: Map<MarkerKind, MarkedItem[]>, preferDun: boolean): KindChoice | null {
  const candidates: KindChoice[] = [];
  for (const [kind, items] of byKind) {
    const runs = buildRuns(items);
    if (runs.length > 0) candidates.push({ kind, runs });
  }
  if (candidates.length === 0) return null;
  const firstAt = (c: KindChoice): number => c.runs[0]?.[0]?.at ?? 0;
  const lastAt = (c: KindChoice): number => {
    const lastRun = c.runs[c.runs.length - 1] ?? [];
    return lastRun[lastRun.length - 1]?.at ?? 0;
  };
  if (preferDun) {
    const part = candidates.find((c) => c.kind === 'part');
    const dun = candidates.find((c) => c.kind === 'cn-dun');
    if (part !== undefined && (dun === undefined || firstAt(part) < firstAt(dun))) return part;
    if (dun !== undefined) return dun;
  }
  candidates.sort((a, b) => firstAt(a) - firstAt(b));
  for (const candidate of candidates) {
    const isWeak = !STRONG_KINDS.has(candidate.kind);
    const laterKind = candidates.some((other) => other !== candidate && firstAt(other) > lastAt(candidate));
    if (isWeak && laterKind) continue;
    return candidate;
  }
  return candidates[0] ?? null;
}

function isBareHeading(paragraph: string): boolean {
  return (
    paragraph.length >= 4 &&
    paragraph.length <= 30 &&
    !/[。！？；：，,!?;:]/.test(paragraph) &&
    !isTableLine(paragraph) &&
    detectMarker(paragraph) === null &&
    !startsWithAddress(paragraph) &&
    !/(同志们|各位|尊敬的|大家好)/.test(paragraph)
  );
}

/** Region paragraphs joined into one text, with a way back to paragraph positions. */
interface RegionText {
  readonly text: string;
  readonly toPos: (offset: number) => Pos;
}

function joinRegion(paras: readonly string[], from: Pos, to: Pos): RegionText {
  const segments: { para: number; base: number; start: number; length: number }[] = [];
  let text = '';
  for (let k = from.para; k <= to.para && k < paras.length; k += 1) {
    const full = paras[k] ?? '';
    if (isTableLine(full)) continue;
    const base = k === from.para ? from.offset : 0;
    const end = k === to.para ? to.offset : full.length;
    if (end <= base) continue;
    if (text.length > 0) text += '\n';
    segments.push({ para: k, base, start: text.length, length: end - base });
    text += full.slice(base, end);
  }
  const toPos = (offset: number): Pos => {
    for (const seg of segments) {
      if (offset >= seg.start && offset <= seg.start + seg.length) return { para: seg.para, offset: seg.base + offset - seg.start };
    }
    return to;
  };
  return { text, toPos };
}

/** Full paragraphs (not the tail of a heading paragraph) inside a region. */
function fullParagraphs(paras: readonly string[], from: Pos, to: Pos): number[] {
  const list: number[] = [];
  const first = from.offset === 0 ? from.para : from.para + 1;
  const last = to.offset === 0 ? to.para - 1 : to.para;
  for (let k = first; k <= last && k < paras.length; k += 1) list.push(k);
  return list;
}

/** Which rule found a section's points (`none` when it has none). */
type PointSource = 'marks' | 'theme-paragraphs' | 'inline-marks' | 'inline-themes' | 'none';

interface FoundPoints {
  readonly cuts: Cut[];
  readonly via: PointSource;
}

/**
 * Finds the points of a section whose content runs from `from` to `to`. `inlineThemeMin` is how
 * many short parallel sentences inside the text make a series (fewer when sibling sections
 * already use such series).
 */
function detectPoints(paras: readonly string[], from: Pos, to: Pos, inlineThemeMin = 3): FoundPoints {
  const cuts = (list: Cut[], via: PointSource): FoundPoints => ({ cuts: list, via: list.length === 0 ? 'none' : via });
  const full = fullParagraphs(paras, from, to);
  const choice = chooseKind(collectMarkers(paras, full), false);
  const texts = full.map((k) => paras[k] ?? '');
  const themeCuts = findThemeParagraphGroups(texts).map((group) =>
    group.map((member): Cut => {
      const para = full[member.index] ?? 0;
      const text = paras[para] ?? '';
      return { para, offset: 0, headEnd: member.headingLength, title: titleFromHeading(text.slice(0, member.headingLength)) };
    }),
  );
  if (choice !== null) {
    const marked = choice.runs.flat().map((item) => cutAtParagraph(paras, item.at, item.marker.kind));
    if (STRONG_KINDS.has(choice.kind)) return cuts(marked, 'marks');
    // Several parallel series under one theme (`这一年，……` paragraphs, then 一是……八是) are all
    // points; theme paragraphs between enumerated items are their bodies, not points.
    const firstMarked = marked[0]?.para ?? 0;
    const lastMarked = marked[marked.length - 1]?.para ?? 0;
    const outside = themeCuts.filter((group) => group.every((cut) => cut.para < firstMarked) || group.every((cut) => cut.para > lastMarked));
    return cuts([...marked, ...outside.flat()].sort((a, b) => a.para - b.para), 'marks');
  }
  if (themeCuts.length > 0) return cuts(themeCuts.flat(), 'theme-paragraphs');
  const region = joinRegion(paras, from, to);
  const inline = findInlineEnumerations(region.text).find((items) => coversSection(region.text, items));
  if (inline !== undefined) {
    const items = inline.map((item) => {
      const start = region.toPos(item.start);
      const end = region.toPos(item.headingEnd);
      return { para: start.para, offset: start.offset, headEnd: end.para === start.para ? end.offset : (paras[start.para] ?? '').length, title: item.title };
    });
    return cuts(items, 'inline-marks');
  }
  const themes = findInlineThemeSentences(region.text, inlineThemeMin);
  const themeItems = themes.map((theme) => {
    const start = region.toPos(theme.start);
    const end = region.toPos(theme.end);
    const para = paras[start.para] ?? '';
    return {
      para: start.para,
      offset: start.offset,
      headEnd: end.para === start.para ? end.offset : para.length,
      title: titleFromHeading(para.slice(start.offset, end.para === start.para ? end.offset : para.length)),
    };
  });
  return cuts(themeItems, 'inline-themes');
}

/**
 * An inline enumeration is the section's structure only when it carries a fair share of the
 * section: from its first item to the end of the paragraph holding its last item. One deep in a
 * long section (`理论依据有二：一是……二是……` in its ninth paragraph) is a detail of that paragraph.
 */
const MIN_INLINE_COVERAGE = 0.4;

function coversSection(text: string, items: readonly { readonly start: number }[]): boolean {
  const first = items[0]?.start ?? 0;
  const lastStart = items[items.length - 1]?.start ?? first;
  const paragraphEnd = text.indexOf('\n', lastStart);
  const end = paragraphEnd === -1 ? text.length : paragraphEnd;
  return first === 0 || !text.slice(0, first).includes('\n') || end - first >= text.length * MIN_INLINE_COVERAGE;
}

/**
 * The third level: a point's own items (`1.`/`（1）`/`一是` under a `（一）`), found the way a
 * section's points are (numbering, inline 一是, parallel theme paragraphs), inside the point's text
 * only; or, when the point's paragraphs each open
 * with a short lead sentence (`深入实施提振消费专项行动。……` in a government report), those
 * paragraphs. Items must stand inside the point's range, after its heading.
 */
function detectItems(paras: readonly string[], from: Pos, to: Pos): Cut[] {
  const inRange = (cut: Cut): boolean => comparePos(cutStart(cut), from) >= 0 && comparePos(cutStart(cut), to) < 0;
  // Short parallel sentences inside the text are too weak a sign this deep: in a point they are
  // mostly a run of results (`……达到3172.8亿元、增长4.6%。`), not its items.
  const points = detectPoints(paras, from, to);
  const found = points.via === 'inline-themes' ? [] : points.cuts.filter(inRange);
  if (found.length >= 2) return found;
  const full = fullParagraphs(paras, from, to);
  // Two lead-sentence paragraphs are a pair of items when they are all the point's paragraphs.
  const plain = findPlainThemeParagraphs(full.map((k) => paras[k] ?? ''), full.length === 2 ? 2 : 3);
  const largest = plain.reduce<ThemeParagraph[]>((best, group) => (group.length > best.length ? group : best), []);
  return largest.map((member) => {
    const para = full[member.index] ?? 0;
    const text = paras[para] ?? '';
    return { para, offset: 0, headEnd: member.headingLength, title: titleFromHeading(text.slice(0, member.headingLength)) };
  });
}

/** True when every item after the first starts in the same or the next paragraph. */
function isOneParagraphEach(cuts: readonly Cut[]): boolean {
  if (cuts.length < 2) return false;
  return cuts.every((cut, i) => i === 0 || cut.para <= (cuts[i - 1]?.para ?? 0) + 1);
}

function cutStart(cut: Cut): Pos {
  return { para: cut.para, offset: cut.offset };
}

/** Builds a section from its heading cut (or none) and its content region. */
function buildSection(paras: readonly string[], heading: Cut, from: Pos, to: Pos, inlineThemeMin = 3): Section {
  const points = detectPoints(paras, from, to, inlineThemeMin).cuts.filter((p) => comparePos(cutStart(p), from) >= 0 && comparePos(cutStart(p), to) < 0);
  const tables = tablesIn(paras, heading.para, to.offset === 0 ? to.para : to.para + 1);
  const headingText = (paras[heading.para] ?? '').slice(heading.offset, heading.headEnd).trim();
  if (points.length === 0) {
    return { title: heading.title, heading: headingText, lead: sliceText(paras, from, to, true), points: [], body: '', tables };
  }
  const first = points[0];
  const lead = first === undefined ? '' : sliceText(paras, from, cutStart(first), true);
  const last = points[points.length - 1];
  let pointsEnd: Pos = to;
  if (last !== undefined && isOneParagraphEach(points)) {
    const after: Pos = { para: last.para + 1, offset: 0 };
    if (comparePos(after, to) < 0) pointsEnd = after;
  }
  const built: Point[] = points.map((point, i) => {
    const next = points[i + 1];
    const end = next === undefined ? pointsEnd : cutStart(next);
    const bodyFrom: Pos = { para: point.para, offset: point.headEnd };
    const items = detectItems(paras, bodyFrom, end);
    const firstItem = items[0];
    return {
      title: point.title,
      heading: (paras[point.para] ?? '').slice(point.offset, point.headEnd).trim(),
      body: sliceText(paras, bodyFrom, firstItem === undefined ? end : cutStart(firstItem), true),
      items: items.map((item, k) => {
        const following = items[k + 1];
        return {
          title: item.title,
          heading: (paras[item.para] ?? '').slice(item.offset, item.headEnd).trim(),
          body: sliceText(paras, { para: item.para, offset: item.headEnd }, following === undefined ? end : cutStart(following), true),
        };
      }),
    };
  });
  return { title: heading.title, heading: headingText, lead, points: built, body: sliceText(paras, pointsEnd, to, true), tables };
}

/**
 * Sections of one report are built alike: when most sections that have points found them as short
 * parallel sentences inside the text (`以理论武装“铸魂”。……以党性教育“补钙”。……`), a sibling with
 * only two such sentences has a two-point series too, not none.
 */
function siblingInlineThemeMin(sources: readonly PointSource[]): number {
  const withPoints = sources.filter((via) => via !== 'none');
  const inline = withPoints.filter((via) => via === 'inline-themes').length;
  return inline >= 2 && inline === withPoints.length ? 2 : 3;
}

/** Top-level plan: the section cuts and where the body of each section starts. */
interface SectionPlan {
  readonly heading: Cut;
  /** Start of the section's content (after its heading). */
  readonly from: Pos;
  /** Where the section's range starts (its heading paragraph or lead-in). */
  readonly start: number;
}

function planFromCuts(cuts: readonly Cut[]): SectionPlan[] {
  return cuts.map((cut) => ({ heading: cut, from: { para: cut.para, offset: cut.headEnd }, start: cut.para }));
}

const GROUP_KINDS: ReadonlySet<MarkerKind> = new Set<MarkerKind>(['yishi', 'sequence']);

/**
 * Headingless enumeration groups at the top level may use different marks (一是…, 一要…, 首先…);
 * all their runs, in order, leaving out runs that sit inside another run.
 */
function collectWeakRuns(byKind: Map<MarkerKind, MarkedItem[]>): MarkedItem[][] {
  const runs: MarkedItem[][] = [];
  for (const [kind, items] of byKind) if (GROUP_KINDS.has(kind)) runs.push(...buildRuns(items));
  runs.sort((a, b) => (a[0]?.at ?? 0) - (b[0]?.at ?? 0));
  const kept: MarkedItem[][] = [];
  for (const run of runs) {
    const previous = kept[kept.length - 1];
    const previousEnd = previous?.[previous.length - 1]?.at ?? -1;
    if ((run[0]?.at ?? 0) > previousEnd) kept.push(run);
  }
  return kept;
}

/** One headingless section per group; the paragraph before each group introduces it. */
function planGroups(paras: readonly string[], runs: readonly MarkedItem[][], bodyStart: number): SectionPlan[] {
  const plans: SectionPlan[] = [];
  let previousEnd = bodyStart;
  for (const run of runs) {
    const firstItem = run[0]?.at ?? 0;
    const leadIn = firstItem - 1;
    if (leadIn >= previousEnd && leadIn >= bodyStart) {
      const cut: Cut = { para: leadIn, offset: 0, headEnd: 0, title: titleFromLeadIn(paras[leadIn] ?? '') };
      plans.push({ heading: cut, from: { para: leadIn, offset: 0 }, start: leadIn });
    } else {
      const cut = cutAtParagraph(paras, firstItem, run[0]?.marker.kind ?? 'yishi');
      plans.push({ heading: { ...cut, headEnd: 0 }, from: { para: firstItem, offset: 0 }, start: firstItem });
    }
    previousEnd = (run[run.length - 1]?.at ?? firstItem) + 1;
  }
  return plans;
}

/** Sections made from paragraphs when no structure is found (so a deck can still be made). */
function planFallback(paras: readonly string[], bodyStart: number, bodyEnd: number): SectionPlan[] {
  const indices: number[] = [];
  for (let k = bodyStart + 1; k < bodyEnd; k += 1) if (!isTableLine(paras[k] ?? '')) indices.push(k);
  if (indices.length === 0 && bodyStart < bodyEnd) indices.push(bodyStart);
  const perSection = Math.max(1, Math.ceil(indices.length / 8));
  const plans: SectionPlan[] = [];
  for (let i = 0; i < indices.length; i += perSection) {
    const para = indices[i] ?? bodyStart;
    const text = paras[para] ?? '';
    const end = firstSentenceLength(text);
    const sentenceEnd = end < text.length || text.length <= 40 ? end : Math.min(text.length, 30);
    const cut: Cut = { para, offset: 0, headEnd: sentenceEnd, title: titleFromHeading(text.slice(0, sentenceEnd)) };
    plans.push({ heading: cut, from: { para, offset: sentenceEnd }, start: para });
  }
  return plans;
}

interface TopLevel {
  readonly plans: SectionPlan[];
  readonly structured: boolean;
}

function planTopLevel(paras: readonly string[], bodyStart: number, bodyEnd: number): TopLevel {
  const indices: number[] = [];
  for (let k = bodyStart; k < bodyEnd; k += 1) indices.push(k);
  const byKind = collectMarkers(paras, indices);
  const choice = chooseKind(byKind, true);
  const firstMarked = choice === null ? Number.POSITIVE_INFINITY : Math.min(...[...byKind.values()].flatMap((items) => buildRuns(items).flat().map((i) => i.at)));
  const bare = indices.filter((k) => isBareHeading(paras[k] ?? '') && k + 1 < bodyEnd && !isBareHeading(paras[k + 1] ?? ''));
  // Unnumbered headings are the top level only when they come first and no numbered series
  // runs across one of them (a series split by such a line means it is a sub-heading).
  const allRuns = [...byKind.values()].flatMap((items) => buildRuns(items));
  const crossed = allRuns.some((run) => bare.some((k) => k > (run[0]?.at ?? 0) && k < (run[run.length - 1]?.at ?? 0)));
  if (bare.length >= 2 && (bare[0] ?? 0) < firstMarked && !crossed) {
    return { plans: planFromCuts(bare.map((k) => cutAtParagraph(paras, k, 'bare'))), structured: true };
  }
  const texts = indices.map((k) => paras[k] ?? '');
  const themeGroups = findThemeParagraphGroups(texts).map((group) => group.map((member) => ({ ...member, para: indices[member.index] ?? 0 })));
  // An enumeration that sits between parallel theme paragraphs belongs under one of them.
  const enclosing =
    choice === null || STRONG_KINDS.has(choice.kind)
      ? undefined
      : themeGroups.find((group) => {
          const first = group[0]?.para ?? 0;
          const last = group[group.length - 1]?.para ?? 0;
          return choice.runs.some((run) => (run[0]?.at ?? 0) > first && (run[0]?.at ?? 0) < last);
        });
  if (choice !== null && enclosing === undefined) {
    const strong = STRONG_KINDS.has(choice.kind);
    const runs = strong ? choice.runs : collectWeakRuns(byKind);
    // Numbered headings that restart are headingless groups only when each group is introduced
    // by a lead-in ending in a colon; otherwise the longest series is the top level.
    const introduced = runs.every((run) => /[：:]$/.test(paras[(run[0]?.at ?? 0) - 1] ?? ''));
    if (runs.length > 1 && (!strong || introduced)) return { plans: planGroups(paras, runs, bodyStart), structured: true };
    const run = choice.runs.reduce<MarkedItem[]>((best, candidate) => (candidate.length > best.length ? candidate : best), []);
    return { plans: planFromCuts(run.map((item) => cutAtParagraph(paras, item.at, item.marker.kind))), structured: true };
  }
  // A pair of parallel theme paragraphs is still better than no structure at all.
  const groups = themeGroups.length > 0 ? findThemeParagraphGroups(texts) : findThemeParagraphGroups(texts, 2);
  if (groups.length > 0) {
    const largest = groups.reduce((best, group) => (group.length > best.length ? group : best));
    const cuts = largest.map((member) => {
      const para = indices[member.index] ?? 0;
      const text = paras[para] ?? '';
      return { para, offset: 0, headEnd: member.headingLength, title: titleFromHeading(text.slice(0, member.headingLength)) };
    });
    return { plans: planFromCuts(cuts), structured: true };
  }
  const plain = findPlainThemeParagraphs(texts);
  if (plain.length > 0) {
    const largest = plain.reduce((best, group) => (group.length > best.length ? group : best));
    const cuts = largest.map((member) => {
      const para = indices[member.index] ?? 0;
      const text = paras[para] ?? '';
      return { para, offset: 0, headEnd: member.headingLength, title: titleFromHeading(text.slice(0, member.headingLength)) };
    });
    return { plans: planFromCuts(cuts), structured: true };
  }
  return { plans: planFallback(paras, bodyStart, bodyEnd), structured: false };
}

/** First paragraph in [from, to) that addresses the audience, or -1. */
function findAddress(paras: readonly string[], from: number, to: number): number {
  for (let k = from; k < to; k += 1) if (startsWithAddress(paras[k] ?? '') || /^让我们/.test(paras[k] ?? '')) return k;
  return -1;
}

/** A headingless enumeration in the ending, introduced by the paragraph before it. */
function findTailGroup(paras: readonly string[], tailStart: number, bodyEnd: number): { plan: SectionPlan; end: number } | null {
  const indices: number[] = [];
  for (let k = tailStart; k < bodyEnd; k += 1) indices.push(k);
  const choice = chooseKind(collectMarkers(paras, indices), false);
  let items: number[] = [];
  if (choice !== null) {
    items = (choice.runs[0] ?? []).map((item) => item.at);
  } else {
    const group = findThemeParagraphGroups(indices.map((k) => paras[k] ?? ''))[0];
    if (group !== undefined) items = group.map((member) => indices[member.index] ?? 0);
  }
  const firstItem = items[0];
  const lastItem = items[items.length - 1];
  if (firstItem === undefined || lastItem === undefined || firstItem - 1 < tailStart) return null;
  const leadIn = firstItem - 1;
  const oneEach = items.every((at, i) => i === 0 || at === (items[i - 1] ?? 0) + 1);
  let end = lastItem + 1;
  if (!oneEach) {
    const address = findAddress(paras, lastItem + 1, bodyEnd);
    end = address === -1 ? bodyEnd : address;
  }
  const cut: Cut = { para: leadIn, offset: 0, headEnd: 0, title: titleFromLeadIn(paras[leadIn] ?? '') };
  return { plan: { heading: cut, from: { para: leadIn, offset: 0 }, start: leadIn }, end };
}

/** Parses decoded report text into an Outline. Pure; throws InputError when the text is empty. */
export function parseReport(text: string): Outline {
  const paras = unwrapLines(splitLines(text));
  if (paras.length === 0) {
    throw new InputError('文稿是空的，没有可以转换的文字。', { hint: '请检查文件是否选对、内容是否已保存。' });
  }
  const front = readFrontMatter(paras);
  const back = readBackMatter(paras, front.bodyStart);
  const bodyStart = front.bodyStart;
  const bodyEnd = Math.max(bodyStart, back.bodyEnd);
  const warnings: OutlineWarning[] = [];

  const top = planTopLevel(paras, bodyStart, bodyEnd);
  const plans = [...top.plans];
  let sectionsEnd = bodyEnd;
  let tailPlan: { plan: SectionPlan; end: number } | null = null;
  const lastPlan = plans[plans.length - 1];
  if (lastPlan !== undefined && top.structured) {
    const cuts = plans.map((p) => p.heading);
    const oneEach = isOneParagraphEach(cuts) && plans.every((p) => p.heading.headEnd > 0);
    const lastPoints = detectPoints(paras, lastPlan.from, { para: bodyEnd, offset: 0 }).cuts;
    const lastUsed = Math.max(lastPlan.heading.para, ...lastPoints.map((p) => p.para));
    let tailStart = -1;
    if (oneEach && lastPoints.length === 0) {
      tailStart = lastPlan.heading.para + 1 < bodyEnd ? lastPlan.heading.para + 1 : -1;
    } else {
      tailStart = findAddress(paras, lastUsed + 1, bodyEnd);
      const firstPoint = lastPoints[0];
      if (tailStart === -1 && firstPoint !== undefined) {
        // The series may be the speaker's closing hopes, introduced by an address after the
        // section's own text (`同志们，我提三点希望：一是……`).
        const address = findAddress(paras, lastPlan.heading.para + 1, firstPoint.para);
        const headingPara = paras[lastPlan.heading.para] ?? '';
        const contentBefore = address > lastPlan.heading.para + 1 || lastPlan.heading.headEnd < headingPara.length;
        if (address !== -1 && contentBefore) tailStart = address;
      }
    }
    if (tailStart !== -1) {
      sectionsEnd = tailStart;
      tailPlan = findTailGroup(paras, tailStart, bodyEnd);
      if (tailPlan !== null) sectionsEnd = tailPlan.plan.start;
    }
  }

  const ranges = plans.map((plan, i): [Pos, Pos] => {
    const next = plans[i + 1];
    return [plan.from, next === undefined ? { para: sectionsEnd, offset: 0 } : { para: next.start, offset: 0 }];
  });
  const inlineThemeMin = siblingInlineThemeMin(ranges.map(([from, to]) => detectPoints(paras, from, to).via));
  const sections: Section[] = plans.map((plan, i) => {
    const [from, to] = ranges[i] ?? [plan.from, plan.from];
    return buildSection(paras, plan.heading, from, to, inlineThemeMin);
  });
  let endingFrom = sectionsEnd;
  if (tailPlan !== null) {
    sections.push(buildSection(paras, tailPlan.plan.heading, tailPlan.plan.from, { para: tailPlan.end, offset: 0 }));
    endingFrom = tailPlan.end;
  }
  const firstStart = plans[0]?.start ?? bodyEnd;
  const opening = sliceText(paras, { para: bodyStart, offset: 0 }, { para: firstStart, offset: 0 }, false);
  const ending = sliceText(paras, { para: endingFrom, offset: 0 }, { para: bodyEnd, offset: 0 }, false);

  if (front.title === '') {
    warnings.push({ code: 'no-title', message: '文稿第一行不像标题（是称呼或正文），提纲没有标题，请在文稿开头补一行标题。' });
  }
  if (!top.structured) {
    warnings.push({ code: 'no-structure', message: '没有找到文稿的层次结构（如“一、”“（一）”“一是”或并列主题句），已按段落分页，请检查生成的提纲。' });
  }
  const figures = findOutlineFigures(opening, sections);
  const masked = describeMaskedFigures(figures);
  if (masked !== null) warnings.push({ code: 'masked-figures', message: masked });

  const outline: Outline = {
    version: OUTLINE_VERSION,
    title: front.title,
    front: front.front,
    subtitle: front.subtitle,
    speaker: front.speaker,
    meeting: front.meeting,
    date: front.date,
    salutation: front.salutation,
    opening,
    figures,
    sections,
    closing: back.closing,
    ending,
    appendix: back.appendix,
    warnings,
  };
  // A structure that was not found is already said; the doubts are about one that was.
  return top.structured ? { ...outline, warnings: [...warnings, ...checkOutline(outline)] } : outline;
}
