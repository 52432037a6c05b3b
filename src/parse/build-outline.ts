/**
 * parseReport: decoded report text → Outline.
 *
 * Strategy (general rules only, no wording from any one report):
 * 1. Normalise the text, re-join hard-wrapped lines (`unwrap-lines.ts`) and split it into
 *    paragraphs (one per line).
 * 2. Front matter (title, subtitle, date, speaker, bracketed notes, salutation) from the first
 *    lines; back matter (closing thank-you line, appendices that start after the body ends) from
 *    the last.
 * 3. Top level: strategies in `top-level/` each propose segmentations (unnumbered heading lines,
 *    numbered headings as counted and as written, headingless enumeration groups, parallel theme
 *    paragraphs, plain lead sentences, paragraphs), and `top-level/score-top-level.ts` picks the
 *    one that best explains the text (announced count, numbering that runs true, coverage,
 *    plausible titles). The fallback, no structure, leaves no sections (the body is the opening)
 *    and adds a `no-structure` warning.
 * 4. Inside each section the points are, first rule that applies (`detectPoints`): paragraph-start
 *    numbering (the first kind that opens there), groups of paragraphs opening with parallel theme
 *    sentences, an inline `一是……二是……` run, paragraphs opening with short lead sentences, or a
 *    series of short parallel sentences inside the text
 *    (three or more; two when every sibling section with points uses such series, since the
 *    sections of one report are built alike). A point's own items (the third level) are found the
 *    same way inside its text.
 * 5. After the last section, an address to the audience (`同志们，` `各位代表！`) starts the
 *    ending; a headingless enumeration there becomes one more section titled from its lead-in.
 *    When every section is a single paragraph, the paragraphs after the last one are the ending.
 * 6. Figures (numbers with units, masked `*%`) are collected from the opening and the sections by
 *    `findOutlineFigures` (shared with the Markdown reader), ranked for number cards (figures with
 *    a naming label first, then growth rates and amounts), with a `masked-figures` warning.
 * 7. `self-check.ts` adds warnings when the outline looks doubtful.
 * Titles never keep numbering marks or final punctuation; `heading` keeps the source wording.
 * Headingless groups have an empty `heading`; their lead-in paragraph is the section `lead`.
 * Every character of the body ends up in exactly one text field (faithfulness), because sections
 * and points are cut out of the paragraph list by position, never rewritten.
 */

import { InputError } from '../errors.js';
import { describeMaskedFigures, findOutlineFigures } from './find-figures.js';
import { readFrontMatter, readSignature } from './front-matter.js';
import { readBackMatter } from './back-matter.js';
import { splitLines } from './normalize-text.js';
import { joinBrokenHeadings, joinStrayBreaks, splitGluedHeadings, unwrapLines } from './unwrap-lines.js';
import { checkOutline } from './self-check.js';
import { detectMarker, titleFromHeading } from './detect-markers.js';
import {
  STRONG_KINDS,
  chooseKind,
  collectMarkers,
  comparePos,
  cutAtParagraph,
  cutStart,
  cutsFromThemeGroup,
  isTableLine,
  type Cut,
  type Pos,
  type SectionPlan,
} from './segments.js';
import { planTopLevel } from './top-level/choose-top-level.js';
import { findInlineEnumerations } from './enumerations.js';
import {
  findInlineThemeSentences,
  findLooseLeadRun,
  findSparseLeads,
  findPlainThemeParagraphs,
  findThemeParagraphGroups,
  startsWithAddress,
  type ThemeParagraph,
} from './theme-sentences.js';
import { titleFromLeadIn } from './group-title.js';
import { findLastMatter, findTailColonGroups, planColonGroup, planLastMatter } from './tail-groups.js';
import { isGroupAfterMarks, isOneParagraphEach, markedGroupsAfter } from './groups-after-marks.js';
import { findLabelCuts, isDocumentLabel } from './label-paragraphs.js';
import { findTrailingHeadings } from './trailing-headings.js';
import { findStandaloneLeadLines } from './standalone-lines.js';
import { OUTLINE_VERSION, type Outline, type OutlineWarning, type Point, type Section, type Table } from './outline.js';

export { titleFromHeading } from './detect-markers.js';

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
type PointSource = 'marks' | 'theme-paragraphs' | 'labels' | 'inline-marks' | 'plain-leads' | 'inline-themes' | 'none';

interface FoundPoints {
  readonly cuts: Cut[];
  readonly via: PointSource;
  /** The series the last point belongs to, when the points are more than one series (all of them when absent). */
  readonly lastSeries?: readonly Cut[];
}

/** How many paragraphs opening with plain lead sentences make a series, unless sibling parts use such series. */
const DEFAULT_PLAIN_LEAD_MIN = 3;

/** How many short parallel sentences inside a section's text make a series, unless its siblings say fewer. */
const DEFAULT_INLINE_THEME_MIN = 3;

/**
 * Finds the points of a section whose content runs from `from` to `to`, by the first sign that
 * holds: numbering marks (with theme groups and plain lead runs before them beside them), theme
 * paragraphs (with plain lead runs before and after them), labels, an inline enumeration (unless,
 * at a part's level, it lies in one paragraph after a run of plain leads), plain lead sentences,
 * short parallel sentences inside the text, and, with `looseLeads`, a closing run of short leads
 * of differing shapes or, last, leads a source set in bold spread over the part (`findSparseLeads`).
 * `inlineThemeMin` is how many short parallel sentences inside the text make a series (fewer when
 * sibling sections already use such series).
 */
function detectPoints(
  paras: readonly string[],
  from: Pos,
  to: Pos,
  inlineThemeMin = DEFAULT_INLINE_THEME_MIN,
  looseLeads = true,
  plainLeadMin = DEFAULT_PLAIN_LEAD_MIN,
): FoundPoints {
  const cuts = (list: Cut[], via: PointSource): FoundPoints => ({ cuts: list, via: list.length === 0 ? 'none' : via });
  const full = fullParagraphs(paras, from, to);
  const byKind = collectMarkers(paras, full);
  // Points may continue the numbering of the part before (`6.` … `10.`).
  const choice = chooseKind(byKind, false, true);
  const texts = full.map((k) => paras[k] ?? '');
  const themeCuts = findThemeParagraphGroups(texts).map((group) => cutsFromThemeGroup(paras, group, (index) => full[index] ?? 0));
  // Paragraphs on the documents a part revised (`《……办法》：……`), each followed by the changes it
  // made (一是……), are the part's points; the numbered changes are their items.
  const labels = findLabelCuts(paras, full);
  const documents = labels.filter((cut) => isDocumentLabel(paras[cut.para] ?? ''));
  const firstMarkAt = choice?.runs[0]?.[0]?.at ?? Number.POSITIVE_INFINITY;
  if (documents.length >= 2 && (documents[0]?.para ?? Number.POSITIVE_INFINITY) < firstMarkAt) return cuts(documents, 'labels');
  if (choice !== null) {
    const marked = choice.runs.flat().map((item) => cutAtParagraph(paras, item.at, item.marker.kind));
    // Several parallel series under one theme (`这一年，……` paragraphs, then 一是……八是; a `——`
    // series of results, then 一、二、三、) are all points; theme paragraphs between enumerated
    // items are their bodies, not points. Beside headings, only a series before them counts (after
    // them it is the last heading's text, unless those headings cannot own it: groups-after-marks.ts).
    const firstMarked = marked[0]?.para ?? 0;
    const lastMarked = marked[marked.length - 1]?.para ?? 0;
    const strong = STRONG_KINDS.has(choice.kind);
    const later = themeCuts.filter((group) => isGroupAfterMarks(paras, marked, group));
    const outside = themeCuts.filter(
      (group) => group.every((cut) => cut.para < firstMarked) || (!strong && group.every((cut) => cut.para > lastMarked)) || later.includes(group),
    );
    // So is a run of plain lead paragraphs before them (`综合实力大幅提升。……` ×6 for five years,
    // then `一是全力稳住经济大盘。……` ×6 for the last one), when no theme group holds it already.
    // Leads after a theme paragraph (`五年来，国民经济……。` then `经济持续较快增长。……` ×4) are its items.
    const firstThemed = Math.min(...themeCuts.flat().map((cut) => cut.para));
    const plainBefore = plainLeadGroups(paras, full).filter((group) => group.every((cut) => cut.para < Math.min(firstMarked, firstThemed)));
    outside.push(...plainBefore);
    const laterMarked = strong ? markedGroupsAfter(paras, marked, choice.kind, byKind) : [];
    const all = [...marked, ...outside.flat(), ...laterMarked.flat(), ...findTrailingHeadings(paras, marked, full)].sort((a, b) => a.para - b.para);
    return { ...cuts(all, 'marks'), lastSeries: laterMarked[laterMarked.length - 1] ?? later[later.length - 1] };
  }
  if (themeCuts.length > 0) return pointsAroundThemes(paras, full, themeCuts);
  if (labels.length > 0) return cuts(labels, 'labels');
  const region = joinRegion(paras, from, to);
  const inline = findInlineEnumerations(region.text).find((items) => coversSection(region.text, items));
  // Paragraphs that each open with a plain lead sentence (`强化政治引领。……` ×5).
  const plain = plainLeadGroups(paras, full, plainLeadMin).flat();
  // A run of lead paragraphs outweighs an enumeration inside one paragraph after them (`强化服务职能。
  // ……` ×4, then `……积极办好十方面实事。一是……十是……`): that paragraph is a detail of the part. (A
  // point's items keep the enumeration: the ten 实事 of the last lead are what its slide lists.)
  const inOneParagraph = inline !== undefined && !region.text.slice(inline[0]?.start ?? 0, inline[inline.length - 1]?.start ?? 0).includes('\n');
  const inlinePara = inline === undefined ? -1 : region.toPos(inline[0]?.start ?? 0).para;
  const afterLeads = plain.length > 0 && plain.every((cut) => cut.para < inlinePara);
  if (looseLeads && inOneParagraph && afterLeads) return cuts(plain, 'plain-leads');
  if (inline !== undefined) {
    const items = inline.map((item) => {
      const start = region.toPos(item.start);
      const end = region.toPos(item.headingEnd);
      return { para: start.para, offset: start.offset, headEnd: end.para === start.para ? end.offset : (paras[start.para] ?? '').length, title: item.title };
    });
    return cuts(items, 'inline-marks');
  }
  if (plain.length > 0) return cuts(plain, 'plain-leads');
  const themes = findInlineThemeSentences(region.text, inlineThemeMin);
  if (themes.length === 0 && looseLeads) {
    // Last resort: the part's closing paragraphs open with short leads of differing shapes.
    const loose = findLooseLeadRun(texts);
    if (loose.length > 0)
      return cuts(
        cutsFromThemeGroup(paras, loose, (index) => full[index] ?? 0),
        'plain-leads',
      );
    const sparse = findSparseLeads(texts);
    if (sparse.length > 0)
      return cuts(
        cutsFromThemeGroup(paras, sparse, (index) => full[index] ?? 0),
        'plain-leads',
      );
  }
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

/** The runs of plain lead paragraphs (`findPlainThemeParagraphs`) among the paragraphs `full`, as cuts. */
function plainLeadGroups(paras: readonly string[], full: readonly number[], minSize?: number): Cut[][] {
  const texts = full.map((k) => paras[k] ?? '');
  return findPlainThemeParagraphs(texts, minSize, true).map((group) => cutsFromThemeGroup(paras, group, (index) => full[index] ?? 0));
}

/**
 * A part's points when it has theme paragraphs: those (a group inside a longer run of plain leads
 * that goes on after it widened to the run), a run of short lines of their own ahead of
 * them (`生态底色更加亮丽。` ×7 for the year, then `这是……的五年。` ×6), and a group of plain lead
 * sentences after them when the theme points are one paragraph each (`坚定不移地……。` ×5, then
 * `守住三条“底线”，就是……。` and `……是民愿所盼。` ×3).
 */
/** A lead that opens on what is to be done (`坚定政治站位`, `重构开放通道`, `高水平完善顶层设计`). */
const ACTS_FIRST =
  /^(?:坚定|坚持|加快|加强|加大|推进|推动|深化|强化|提升|提高|重构|重塑|增强|全面|着力|大力|持续|扎实|切实|积极|办好|抓好|做好|实施|完善|健全|建设|打造|构建|培育|发展|促进|优化|统筹|高水平|高质量|巩固|落实|严格|创新)/u;

function pointsAroundThemes(paras: readonly string[], full: readonly number[], groups: readonly Cut[][]): FoundPoints {
  const texts = full.map((k) => paras[k] ?? '');
  const plainGroups = plainLeadGroups(paras, full);
  // A theme group inside a longer run of plain lead paragraphs that goes on after it is part of
  // that run (`经济建设取得重大成就。` … `全面从严治党成效卓著。`, ten leads, three of which share
  // `取得重大`/`迈出重大`): every lead of the run is a point; so is a run that starts before it.
  const inside = (group: readonly Cut[], run: readonly Cut[]): boolean => group.every((cut) => run.some((lead) => lead.para === cut.para));
  // Leads ahead of the group widen it only when they say what is done (`坚定政治站位。` before three
  // `坚持……。`); a part's motto or judgement ahead of its points (`打铁还需自身硬。`) does not.
  const actsBefore = (group: readonly Cut[], run: readonly Cut[]): boolean => {
    const ahead = run.filter((lead) => lead.para < (group[0]?.para ?? 0));
    return ahead.length > 0 && ahead.every((lead) => ACTS_FIRST.test(lead.title));
  };
  const widened = groups.map(
    (group) =>
      plainGroups.find((run) => ((run[run.length - 1]?.para ?? 0) > (group[group.length - 1]?.para ?? 0) || actsBefore(group, run)) && inside(group, run)) ??
      group,
  );
  // Two groups inside one run are that run once; a group left inside a taken run adds nothing.
  const taken = [...new Set(widened)];
  const themeCuts = taken.filter((group) => !taken.some((other) => other !== group && plainGroups.includes(other) && inside(group, other)));
  const themed = themeCuts.flat().sort((a, b) => a.para - b.para);
  const firstThemed = Math.min(...themed.map((cut) => cut.para));
  const standalone = findStandaloneLeadLines(texts).map((index) => full[index] ?? 0);
  const linesBefore = standalone.every((para) => para < firstThemed) ? standalone.map((para) => cutAtParagraph(paras, para, 'bare')) : [];
  const plainAfter = plainGroups.filter((group) => !themeCuts.includes(group) && isGroupAfterMarks(paras, themed, group, false));
  // A run of plain lead paragraphs ahead of them too (`经济运行稳中有进。` ×5 for the year's results,
  // then `聚焦聚力……。` ×5 for the work), as ahead of numbered points.
  const plainBefore = linesBefore.length > 0 ? [] : plainGroups.filter((group) => !themeCuts.includes(group) && group.every((cut) => cut.para < firstThemed));
  const found: FoundPoints = { cuts: [...linesBefore, ...plainBefore.flat(), ...themed, ...plainAfter.flat()], via: 'theme-paragraphs' };
  const lastPlain = plainAfter[plainAfter.length - 1];
  return lastPlain === undefined ? found : { ...found, lastSeries: lastPlain };
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
 * paragraphs; or short sentences on lines of their own, each before its body
 * (`standalone-lines.ts`). Items must stand inside the point's range, after its heading.
 */
function detectItems(paras: readonly string[], from: Pos, to: Pos): Cut[] {
  const inRange = (cut: Cut): boolean => comparePos(cutStart(cut), from) >= 0 && comparePos(cutStart(cut), to) < 0;
  // Short parallel sentences inside the text are too weak a sign this deep: in a point they are
  // mostly a run of results (`……达到3172.8亿元、增长4.6%。`), not its items.
  const points = detectPoints(paras, from, to, DEFAULT_INLINE_THEME_MIN, false);
  const found = points.via === 'inline-themes' ? [] : points.cuts.filter(inRange);
  const full = fullParagraphs(paras, from, to);
  // Short sentences on lines of their own, each before its body, are the point's sub-themes; an
  // inline 一是……二是 or lead sentences found inside their bodies are a level below them.
  if (found.length < 2 || points.via === 'inline-marks' || points.via === 'plain-leads') {
    const leads = findStandaloneLeadLines(full.map((k) => paras[k] ?? '')).map((index) => full[index] ?? 0);
    if (leads.length >= 2) return leads.map((para) => cutAtParagraph(paras, para, 'bare'));
  }
  if (found.length >= 2) return found;
  // Two lead-sentence paragraphs are a pair of items when they are all the point's paragraphs.
  const plain = findPlainThemeParagraphs(
    full.map((k) => paras[k] ?? ''),
    full.length === 2 ? 2 : 3,
    true,
  );
  const largest = plain.reduce<ThemeParagraph[]>((best, group) => (group.length > best.length ? group : best), []);
  return cutsFromThemeGroup(paras, largest, (index) => full[index] ?? 0);
}

/**
 * A page of a text without parts (src/plan/paragraph-pages.ts) as a section: `paras` are the page's
 * paragraphs and the first `headEnd` characters of the first one its title; points inside it (an
 * inline `一是……二是……`) are found as in any part, so the slide can show them.
 */
export function pageSection(paras: readonly string[], headEnd: number): Section {
  const heading: Cut = { para: 0, offset: 0, headEnd, title: titleFromHeading((paras[0] ?? '').slice(0, headEnd)) };
  return buildSection(paras, heading, { para: 0, offset: headEnd }, { para: paras.length, offset: 0 });
}

/** Builds a section from its heading cut (or none) and its content region; `found` is its points when already detected. */
function buildSection(paras: readonly string[], heading: Cut, from: Pos, to: Pos, found: FoundPoints = detectPoints(paras, from, to)): Section {
  const points = found.cuts.filter((p) => comparePos(cutStart(p), from) >= 0 && comparePos(cutStart(p), to) < 0);
  const tables = tablesIn(paras, heading.para, to.offset === 0 ? to.para : to.para + 1);
  const headingText = (paras[heading.para] ?? '').slice(heading.offset, heading.headEnd).trim();
  if (points.length === 0) {
    return { title: heading.title, heading: headingText, lead: sliceText(paras, from, to, true), points: [], body: '', tables };
  }
  const first = points[0];
  const lead = first === undefined ? '' : sliceText(paras, from, cutStart(first), true);
  const last = points[points.length - 1];
  let pointsEnd: Pos = to;
  if (last !== undefined && isOneParagraphEach(found.lastSeries ?? points)) {
    const after: Pos = { para: last.para + 1, offset: 0 };
    // What follows a series of one-paragraph points is the section's own text, unless it is
    // numbered (`其次是……。` then `一是……八是`): a numbered run there details the last point.
    if (comparePos(after, to) < 0 && chooseKind(collectMarkers(paras, fullParagraphs(paras, after, to)), false) === null) pointsEnd = after;
  }
  // An address to the audience after the last point (`各位代表！过去一年的成绩来之不易……`) speaks
  // to the whole part, not within its last point: the point ends there.
  if (last !== undefined) {
    for (let k = last.para + 1; k < pointsEnd.para; k += 1) {
      if (startsWithAddress(paras[k] ?? '')) {
        pointsEnd = { para: k, offset: 0 };
        break;
      }
    }
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
  return inline >= 2 && inline === withPoints.length ? 2 : DEFAULT_INLINE_THEME_MIN;
}

/** Fewest lead-sentence paragraphs that are a part's points when a sibling part gives its points that way. */
const SIBLING_PLAIN_LEAD_MIN = 2;

/**
 * Where sibling parts give their points as paragraphs opening with a lead sentence (plain, or
 * parallel theme sentences), two such paragraphs are a part's points too (`完善意识形态工作机制。……`
 * `强化意识形态阵地管理。……`): a part that found none is looked at again with that smaller run.
 */
function withSiblingLeads(paras: readonly string[], ranges: readonly (readonly [Pos, Pos])[], found: readonly FoundPoints[]): FoundPoints[] {
  const leads = found.length >= 2 && found.some((points) => points.via === 'plain-leads' || points.via === 'theme-paragraphs');
  return found.map((points, i) => {
    const range = ranges[i];
    if (!leads || points.via !== 'none' || range === undefined) return points;
    const retried = detectPoints(paras, range[0], range[1], DEFAULT_INLINE_THEME_MIN, true, SIBLING_PLAIN_LEAD_MIN);
    return retried.via === 'plain-leads' && retried.cuts.every((cut) => isShortLead(cut.title)) ? retried : points;
  });
}

/** Longest lead sentence a pair of paragraphs may open with to be a part's points beside its siblings'. */
const MAX_SIBLING_LEAD = 16;

/**
 * A lead that names a measure (`完善意识形态工作机制`, `推进养成教育，回味读书美好`): short, and not the
 * speaker talking (`我们要……`, `我现在不知道……`, `当我们……的时候`). Two paragraphs of a speech opening
 * with short sentences are common; two such leads are not.
 */
function isShortLead(title: string): boolean {
  return title.length <= MAX_SIBLING_LEAD && !/^(?:我|你|他|她|这|那|当)/u.test(title);
}

/** First paragraph in [from, to) that addresses the audience, or -1. */
function findAddress(paras: readonly string[], from: number, to: number): number {
  for (let k = from; k < to; k += 1) if (startsWithAddress(paras[k] ?? '') || /^让我们/.test(paras[k] ?? '')) return k;
  return -1;
}

/** Fewest lines of a closing verse. */
const MIN_VERSE_LINES = 3;
/** Longest line of a closing verse. */
const MAX_VERSE_LINE = 24;

/**
 * Where a closing verse at the end of the body starts (`岁末回首 / 我们梳理一年的工作 / 总结过去，展望将来 /
 * …… / 阔步前行……`: three or more short lines without a full stop or a number), when it comes after
 * paragraph `from`; -1 when the body ends otherwise.
 */
function closingVerseStart(paras: readonly string[], from: number, end: number): number {
  let start = end;
  while (start > from) {
    const line = (paras[start - 1] ?? '').trim();
    if (line === '' || line.length > MAX_VERSE_LINE || /[。；;：:？?]/u.test(line) || detectMarker(line) !== null) break;
    start -= 1;
  }
  return end - start >= MIN_VERSE_LINES && start > from ? start : -1;
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
    // Parallel theme sentences, else plain lead sentences (`强化政治引领。……` `树牢法治理念。……`).
    const texts = indices.map((k) => paras[k] ?? '');
    const group = findThemeParagraphGroups(texts)[0] ?? findPlainThemeParagraphs(texts)[0];
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

/** Longest line a table of contents lists. */
const MAX_CONTENTS_LINE = 40;

/**
 * Where a table of contents opening the body ends (`from` when there is none): two or more short
 * lines in a row, after an optional `目录` line, each written again later as a line of its own (the
 * headings they list). A plan copied out of a document keeps its contents page (`§1.指导思想和办学目标`
 * … `§4.……`), and its numbers would otherwise read as the parts.
 */
export function contentsEnd(paras: readonly string[], from: number, to: number): number {
  const squeeze = (line: string): string => line.replace(/\s+/gu, '');
  let start = from;
  if (/^目录$/u.test(squeeze(paras[start] ?? ''))) start += 1;
  const writtenAgain = (k: number): boolean => {
    const line = squeeze(paras[k] ?? '');
    for (let j = k + 1; j < to; j += 1) if (squeeze(paras[j] ?? '') === line) return true;
    return false;
  };
  let end = start;
  while (end < to && isListedLine(paras[end] ?? '') && writtenAgain(end)) end += 1;
  return end - start >= 2 ? end : from;
}

function isListedLine(line: string): boolean {
  return line.length > 0 && line.length <= MAX_CONTENTS_LINE && !/[。！？；，,;!?]/u.test(line);
}

/** Parses decoded report text into an Outline. Pure; throws InputError when the text is empty. */
export function parseReport(text: string): Outline {
  const paras = joinStrayBreaks(splitGluedHeadings(joinBrokenHeadings(unwrapLines(splitLines(text)))));
  if (paras.length === 0) {
    throw new InputError('文稿是空的，没有可以转换的文字。', { hint: '请检查文件是否选对、内容是否已保存。' });
  }
  const front = readFrontMatter(paras);
  const back = readBackMatter(paras, front.bodyStart);
  const bodyStart = front.bodyStart;
  const bodyEnd = Math.max(bodyStart, back.bodyEnd);
  const warnings: OutlineWarning[] = [];

  // A table of contents at the top is front matter, never the parts it lists nor the opening's words.
  const contents = paras.slice(bodyStart, contentsEnd(paras, bodyStart, bodyEnd));
  const top = planTopLevel(paras, bodyStart + contents.length, bodyEnd);
  const plans = [...top.plans];
  let sectionsEnd = bodyEnd;
  let tailPlan: { plan: SectionPlan; end: number } | null = null;
  const tailPlans: { plan: SectionPlan; end: number }[] = [];
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
    } else {
      // A closing verse after the last point ends the body, not the last part (a fifth deck review).
      const verse = closingVerseStart(paras, lastUsed + 1, bodyEnd);
      if (verse !== -1) sectionsEnd = verse;
    }
    // Unheaded numbered groups after colon lead-ins end the last section's text: parts of their own.
    const colonGroups = findTailColonGroups(
      paras,
      lastPlan.heading.para + 1,
      sectionsEnd,
      lastPoints.map((p) => p.para),
      () =>
        new Set(
          plans
            .slice(0, -1)
            .flatMap((plan, i) => detectPoints(paras, plan.from, { para: plans[i + 1]?.start ?? plan.from.para, offset: 0 }).cuts)
            .map((cut) => detectMarker((paras[cut.para] ?? '').slice(cut.offset))?.kind)
            .filter((kind) => kind !== undefined),
        ),
    );
    if (colonGroups !== null) {
      const end = sectionsEnd;
      sectionsEnd = colonGroups[0]?.start ?? sectionsEnd;
      colonGroups.forEach((group, i) => tailPlans.push({ plan: planColonGroup(paras, group), end: colonGroups[i + 1]?.start ?? end }));
    } else {
      // `最后，……再强调四点意见。一要……` after the last part's points is a part of its own.
      const lastMatter = findLastMatter(paras, lastUsed + 1, sectionsEnd);
      if (lastMatter !== -1) {
        tailPlans.push({ plan: planLastMatter(paras, lastMatter), end: sectionsEnd });
        sectionsEnd = lastMatter;
      }
    }
  }

  const ranges = plans.map((plan, i): [Pos, Pos] => {
    const next = plans[i + 1];
    return [plan.from, next === undefined ? { para: sectionsEnd, offset: 0 } : { para: next.start, offset: 0 }];
  });
  const found = withSiblingLeads(
    paras,
    ranges,
    ranges.map(([from, to]) => detectPoints(paras, from, to)),
  );
  const inlineThemeMin = siblingInlineThemeMin(found.map((points) => points.via));
  const sections: Section[] = plans.map((plan, i) => {
    const [from, to] = ranges[i] ?? [plan.from, plan.from];
    // Points found with the default series length are kept, not found again (buildSection ~41 → ~21 ms
    // at 100× the seed, --cpu-prof); so are lead sentences found after their siblings'.
    const kept = inlineThemeMin === DEFAULT_INLINE_THEME_MIN || found[i]?.via === 'plain-leads';
    const points = kept ? found[i] : undefined;
    return buildSection(paras, plan.heading, from, to, points ?? detectPoints(paras, from, to, inlineThemeMin));
  });
  let endingFrom = sectionsEnd;
  for (const group of tailPlans) {
    sections.push(buildSection(paras, group.plan.heading, group.plan.from, { para: group.end, offset: 0 }));
    endingFrom = group.end;
  }
  if (tailPlan !== null) {
    sections.push(buildSection(paras, tailPlan.plan.heading, tailPlan.plan.from, { para: tailPlan.end, offset: 0 }));
    endingFrom = tailPlan.end;
  }
  const firstStart = plans[0]?.start ?? bodyEnd;
  const opening = sliceText(paras, { para: bodyStart + contents.length, offset: 0 }, { para: firstStart, offset: 0 }, false);
  const ending = sliceText(paras, { para: endingFrom, offset: 0 }, { para: bodyEnd, offset: 0 }, false);

  if (front.title === '') {
    warnings.push({ code: 'no-title', message: '文稿第一行不像标题（是称呼或正文），提纲没有标题，请在文稿开头补一行标题。' });
  }
  if (!top.structured) {
    warnings.push({ code: 'no-structure', message: '没有找到文稿的层次结构（如“一、”“（一）”“一是”或并列主题句），已按段落分页，请检查生成的提纲。' });
  }
  // A document signed at its end (`中共……委员会` / `2010年6月13日`) says there who issued it and when.
  // Signed after an attachment's name (`附：《……清单》` / `中共……委员会` / `2021年1月18`), the text still ends with its signature.
  // A byline at the top with no date (`3.俞奇弘（党委委员、副校长）`) still leaves the date to the signature.
  const signature = front.date === null ? (readSignature(paras, bodyStart, bodyEnd) ?? readSignature(paras, bodyStart, paras.length)) : null;
  const figures = findOutlineFigures(opening, sections);
  const masked = describeMaskedFigures(figures);
  if (masked !== null) warnings.push({ code: 'masked-figures', message: masked });

  const outline: Outline = {
    version: OUTLINE_VERSION,
    title: front.title,
    front: [...front.front, ...contents],
    subtitle: front.subtitle,
    speaker: front.speaker ?? signature?.speaker ?? null,
    meeting: front.meeting,
    date: front.date ?? signature?.date ?? null,
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
