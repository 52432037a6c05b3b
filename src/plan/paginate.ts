/**
 * A section's content slides, in three shapes the slide budget chooses between (slide-budget.ts):
 * compact (its points spread evenly over as few slides as hold them), grouped (its points in a
 * given number of runs) and expanded (each point on its own slide with its items, a point with
 * many items continuing over slides). Content that does not fit flows onto （续） slides instead of
 * shrinking below the theme's minimum; points are never split across compact slides.
 */
import type { Theme } from '../themes/theme-schema.js';
import type { Shape } from './deck-plan.js';
import type { ComposeContext } from './compose-context.js';
import { CONTENT_LAYOUTS, type ContentLayout } from './layout-catalogue.js';
import { candidateLayouts, type SectionShape } from './layout-rules.js';
import type { ContentLayoutName } from '../themes/theme-constants.js';
import type { ContentPoint, ContentSource } from './layouts/content-source.js';
import { ITEM_ROWS_MAX } from './layouts/content-layouts.js';

export interface ComposedPage {
  readonly layout: ContentLayoutName;
  /** The points (and runs of their items) this slide stands for: its notes carry their text. */
  readonly points: readonly ContentPoint[];
  /** The lead text this slide stands for, when the section has no points. */
  readonly lead: string;
  readonly shapes: Shape[];
}

function shapeOf(source: ContentSource): SectionShape {
  return { points: source.points.length, items: source.points.reduce((sum, point) => sum + point.items.length, 0) };
}

function layoutsFor(shape: SectionShape, theme: Theme): ContentLayout[] {
  const chosen = candidateLayouts(shape, theme);
  if (chosen.length > 0) return chosen;
  // Every layout for this count switched off by the theme: fall back rather than drop content.
  return CONTENT_LAYOUTS.filter((layout) => shape.points >= layout.points.min && shape.points <= layout.points.max && layout.name !== 'point-items');
}

function composeOne(context: ComposeContext, source: ContentSource, accept: (layout: ContentLayout) => boolean = () => true): ComposedPage | null {
  for (const layout of layoutsFor(shapeOf(source), context.theme).filter(accept)) {
    const shapes = layout.compose(context, source);
    if (shapes !== null) return { layout: layout.name, points: source.points, lead: source.lead, shapes };
  }
  return null;
}

/** Largest number of leading entries (at least 1) for which `fits` holds, trying from the most. */
function capacity(total: number, fits: (count: number) => boolean): number {
  for (let count = total - 1; count > 1; count -= 1) if (fits(count)) return count;
  return 1;
}

/** `items` in `groups` consecutive runs whose lengths differ by at most one. */
export function balancedRuns<T>(items: readonly T[], groups: number): T[][] {
  const count = Math.max(1, Math.min(groups, items.length));
  const runs: T[][] = [];
  let start = 0;
  for (let run = 0; run < count; run += 1) {
    const size = Math.floor(items.length / count) + (run < items.length % count ? 1 : 0);
    runs.push(items.slice(start, start + size));
    start += size;
  }
  return runs.filter((run) => run.length > 0);
}

function evenChunks<T>(items: readonly T[], size: number): T[][] {
  return balancedRuns(items, Math.ceil(items.length / Math.max(1, size)));
}

/**
 * The compact pages of one section. A single point too long even for the statement layout is
 * still placed (its phrases are capped in length, so this only happens with absurd headings) by
 * falling back to its heading alone; its notes still carry all of it.
 */
export function paginateSection(context: ComposeContext, source: ContentSource): ComposedPage[] {
  const whole = composeOne(context, source);
  if (whole !== null) return [whole];
  if (source.points.length <= 1) {
    const bare = composeOne(context, { ...source, lead: '', points: source.points.map((point) => ({ ...point, body: '', items: [] })) });
    return bare === null ? [] : [{ ...bare, points: source.points, lead: source.lead }];
  }
  const perSlide = capacity(source.points.length, (count) => composeOne(context, { ...source, points: source.points.slice(0, count) }) !== null);
  const pages: ComposedPage[] = [];
  for (const points of evenChunks(source.points, perSlide)) {
    const page = composeOne(context, { ...source, points });
    if (page !== null) pages.push(page);
    else pages.push(...points.flatMap((single) => paginateSection(context, { ...source, points: [single] })));
  }
  return pages;
}

/**
 * `items` in at most `groups` consecutive runs whose weights are as even as can be (the least sum
 * of squared run weights): a point with much to say gets a slide of its own before short ones do.
 */
export function weightedRuns<T>(items: readonly T[], groups: number, weight: (item: T) => number): T[][] {
  const count = Math.max(1, Math.min(groups, items.length));
  const prefix = [0];
  for (const item of items) prefix.push((prefix[prefix.length - 1] ?? 0) + weight(item));
  const sum = (from: number, to: number): number => (prefix[to] ?? 0) - (prefix[from] ?? 0);
  const n = items.length;
  // best[k][i]: the least cost splitting the first i items into k runs; cut[k][i]: where its last run starts.
  const best: number[][] = [prefix.map((_, i) => (i === 0 ? 0 : Number.POSITIVE_INFINITY))];
  const cut: number[][] = [prefix.map(() => 0)];
  for (let k = 1; k <= count; k += 1) {
    const row = prefix.map(() => Number.POSITIVE_INFINITY);
    const cuts = prefix.map(() => 0);
    for (let i = 1; i <= n; i += 1) {
      for (let j = k - 1; j < i; j += 1) {
        const value = (best[k - 1]?.[j] ?? Number.POSITIVE_INFINITY) + sum(j, i) ** 2;
        if (value < (row[i] ?? Number.POSITIVE_INFINITY)) {
          row[i] = value;
          cuts[i] = j;
        }
      }
    }
    best.push(row);
    cut.push(cuts);
  }
  const runs: T[][] = [];
  let end = n;
  for (let k = count; k >= 1 && end > 0; k -= 1) {
    const start = cut[k]?.[end] ?? 0;
    runs.unshift(items.slice(start, end));
    end = start;
  }
  return runs.filter((run) => run.length > 0);
}

/** How much a point has to show: its text and its items, or the bullets the user wrote, all of which are shown. */
function pointWeight(point: ContentPoint): number {
  if (point.bullets !== undefined) return POINT_TITLE_WEIGHT + ITEM_WEIGHT * point.bullets.length;
  return POINT_TITLE_WEIGHT + point.body.length + ITEM_WEIGHT * point.items.length;
}
const POINT_TITLE_WEIGHT = 60;
const ITEM_WEIGHT = 150;

/** The section's points in `groups` runs of consecutive points of about equal weight, each run compact. */
export function paginateGroups(context: ComposeContext, source: ContentSource, groups: number): ComposedPage[] {
  return weightedRuns(source.points, groups, pointWeight).flatMap((points) => {
    const [single] = points;
    // A point alone on its slide shows its items in rows, going on to a （续） slide when they do not
    // all fit: a statement would show the first five of six and drop the sixth from the slides.
    if (points.length === 1 && single !== undefined && single.items.length > 1) return paginatePoint(context, source, single);
    const alone =
      points.length === 1 && single !== undefined && single.items.length > 0
        ? composeOne(context, { ...source, points }, (layout) => layout.name === 'point-items')
        : null;
    return alone !== null ? [alone] : paginateSection(context, { ...source, points });
  });
}

/** One point on its own slides: all its items on one, or runs of them with the heading repeated. */
function paginatePoint(context: ComposeContext, source: ContentSource, point: ContentPoint): ComposedPage[] {
  // A slide of its own is where a point's items are shown in full: runs of them in rows rather
  // than the few item titles a statement has room for, as long as the theme keeps that layout.
  const withItems = (layout: ContentLayout): boolean =>
    layout.name === 'point-items' || point.items.length <= 1 || context.theme.layouts.disable.includes('point-items');
  const alone = composeOne(context, { ...source, points: [point] }, withItems);
  if (alone !== null) return [alone];
  if (point.items.length <= 1) return paginateSection(context, { ...source, points: [point] });
  // Without the line of its own text under its heading (the notes keep it), a point's items may
  // all fit on its slide: better than a （续） slide left two-thirds empty with its last item.
  const itemsOnly = composeOne(context, { ...source, points: [{ ...point, body: '' }] }, withItems);
  if (itemsOnly !== null) return [{ ...itemsOnly, points: [point] }];
  const runOf = (items: ContentPoint['items'], firstItem: number): ContentPoint => ({
    ...point,
    body: firstItem === 0 ? point.body : '',
    items,
    firstItem: point.firstItem + firstItem,
  });
  const runPage = (from: number, count: number): ComposedPage | null =>
    composeOne(context, { ...source, points: [runOf(point.items.slice(from, from + count), from)] }, withItems);
  const perSlide = capacity(point.items.length, (count) => runPage(0, count) !== null);
  const even: (ComposedPage | null)[] = [];
  let offset = 0;
  for (const items of evenChunks(point.items, perSlide)) {
    even.push(runPage(offset, items.length));
    offset += items.length;
  }
  if (even.every((page) => page !== null)) return even;
  // Fewer rows are taller and show two phrases each, which may not fit where more rows of one phrase
  // did: runs as long as fit, from the first item on, rather than the first run's items as bare titles
  // on a statement (a twelfth deck review).
  const pages: ComposedPage[] = [];
  for (let from = 0; from < point.items.length;) {
    const left = point.items.length - from;
    const rest = runPage(from, left);
    const count = rest !== null ? left : capacity(left, (size) => runPage(from, size) !== null);
    const page = rest ?? runPage(from, count);
    pages.push(...(page !== null ? [page] : paginateSection(context, { ...source, points: [runOf(point.items.slice(from, from + count), from)] })));
    from += count;
  }
  return pages;
}

/** Each point on its own slide (or slides), with its items. */
export function paginateExpanded(context: ComposeContext, source: ContentSource): ComposedPage[] {
  // Points with little to say (`五年来，……` in a paragraph of 150 characters) share slides as cards
  // do: alone, each filled a third of a slide with one or two phrases.
  const pages: ComposedPage[] = [];
  let short: ContentPoint[] = [];
  const flush = (): void => {
    if (short.length === 1) pages.push(...paginatePoint(context, source, short[0] as ContentPoint));
    else if (short.length > 1) pages.push(...paginateSection(context, { ...source, points: short }));
    short = [];
  };
  for (const point of source.points) {
    if (isShortPoint(point)) {
      short.push(point);
      continue;
    }
    flush();
    pages.push(...paginatePoint(context, source, point));
  }
  flush();
  return pages;
}

/** A point's own text shorter than this gives a slide of its own one or two phrases. */
const SHORT_POINT_CHARS = 240;

function isShortPoint(point: ContentPoint): boolean {
  return point.items.length === 0 && point.bullets === undefined && point.body.length < SHORT_POINT_CHARS;
}

/** Items a point-items slide holds at most; the budget counts a point's slides with it. */
const ITEMS_PER_SLIDE = ITEM_ROWS_MAX;

/** Slides a point takes when expanded (an estimate for the budget; pagination decides). */
export function expandedSlidesOf(items: number): number {
  return Math.max(1, Math.ceil(items / ITEMS_PER_SLIDE));
}

/** Where a lead may be cut: after each paragraph, or after each sentence when paragraphs are too few. */
function cutPositions(lead: string, groups: number): number[] {
  const at = (pattern: RegExp): number[] =>
    [...lead.matchAll(pattern)].map((match) => match.index + match[0].length).filter((position) => position < lead.trimEnd().length);
  const paragraphs = at(/\n+/gu);
  return paragraphs.length >= groups - 1 ? paragraphs : at(/[。！？；][”’」）]*/gu);
}

/**
 * A lead without points in `groups` runs of about equal length, cut between paragraphs (or
 * between sentences when it has too few paragraphs). The runs put together are the lead.
 */
export function splitLead(lead: string, groups: number): string[] {
  const cuts = groups <= 1 ? [] : cutPositions(lead, groups);
  if (cuts.length === 0) return [lead];
  const chosen: number[] = [];
  for (let run = 1; run < groups; run += 1) {
    const ideal = (lead.length * run) / groups;
    const last = chosen[chosen.length - 1] ?? 0;
    const best = cuts.filter((cut) => cut > last).sort((x, y) => Math.abs(x - ideal) - Math.abs(y - ideal))[0];
    if (best !== undefined) chosen.push(best);
  }
  const bounds = [0, ...chosen, lead.length];
  return bounds
    .slice(1)
    .map((end, index) => lead.slice(bounds[index], end).trim())
    .filter((run) => run !== '');
}

/**
 * The pages of a section without points: its lead in `groups` runs of paragraphs. A run that
 * shows nothing (a signature line on its own) rides along in the notes of the page before it, or
 * of the first page, so the notes still carry every word of the lead.
 */
export function paginateLead(context: ComposeContext, source: ContentSource, groups: number): ComposedPage[] {
  const pages: ComposedPage[] = [];
  let pending = '';
  for (const lead of splitLead(source.lead, groups)) {
    const shown = paginateSection(context, { ...source, lead }).filter((page) => page.shapes.length > 0);
    const last = pages[pages.length - 1];
    if (shown.length === 0 && last !== undefined) pages[pages.length - 1] = { ...last, lead: `${last.lead}\n${lead}` };
    else if (shown.length === 0) pending = pending === '' ? lead : `${pending}\n${lead}`;
    else {
      const [first, ...rest] = shown;
      if (first !== undefined) pages.push(pending === '' ? first : { ...first, lead: `${pending}\n${first.lead}` }, ...rest);
      pending = '';
    }
  }
  return pages.length === 0 ? paginateSection(context, source) : pages;
}
