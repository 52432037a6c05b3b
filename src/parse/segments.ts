/**
 * Segments of the paragraph list: positions, heading cuts and section plans, shared by the
 * strategies that propose a top level (`top-level/`) and by the outline builder. A section is cut
 * out of the text by position, never rewritten, so every character stays in one place.
 */

import { LAST_IN_SEQUENCE, buildRuns, detectMarker, titleFromHeading, type MarkedItem, type Marker, type MarkerKind } from './detect-markers.js';
import { titleFromLeadIn, titlesFromCountedLeadIn } from './group-title.js';
import { firstSentenceLength } from './split-sentences.js';
import { isNeverHeading } from './top-level/never-heading.js';
import { startsWithAddress, type ThemeParagraph } from './theme-sentences.js';

/** A place in the paragraph list: paragraph index and character offset inside it. */
export interface Pos {
  readonly para: number;
  readonly offset: number;
}

/** A heading cut out of the text: `paras[para].slice(offset, headEnd)`. */
export interface Cut {
  readonly para: number;
  readonly offset: number;
  readonly headEnd: number;
  readonly title: string;
}

export const STRONG_KINDS: ReadonlySet<MarkerKind> = new Set<MarkerKind>(['part', 'cn-dun', 'cn-paren', 'ordinal', 'ar-dot']);

export function isTableLine(paragraph: string): boolean {
  return paragraph.includes('\t') && paragraph.split('\t').filter((c) => c.trim().length > 0).length >= 2;
}

export function comparePos(a: Pos, b: Pos): number {
  return a.para - b.para || a.offset - b.offset;
}

/** Where a heading that starts a paragraph ends: its first sentence, or the whole line. */
export function headingEnd(text: string, offset: number, kind: MarkerKind | 'bare'): number {
  if (kind === 'bare') return text.length;
  const sentence = firstSentenceLength(text.slice(offset), kind === 'yishi' ? '；;' : '');
  // A topic label before a colon (`第七，关于灵魂境界：人活在世上，……`) is the heading; what follows is its text.
  const mark = detectMarker(text.slice(offset))?.mark.length ?? 0;
  const topic = TOPIC_LABEL.exec(text.slice(offset + mark));
  return offset + (topic !== null && mark + topic[0].length < sentence ? mark + topic[0].length : sentence);
}

/** `关于××：` opening a numbered paragraph: the topic it speaks on. */
const TOPIC_LABEL = /^关于[^，。；：！？、,.;:!?\s]{1,12}[：:]/u;

export function cutAtParagraph(paras: readonly string[], para: number, kind: MarkerKind | 'bare'): Cut {
  const text = paras[para] ?? '';
  const end = headingEnd(text, 0, kind);
  return { para, offset: 0, headEnd: end, title: titleFromHeading(text.slice(0, end)) };
}

/** Paragraph-start marks of the given paragraphs, grouped by kind. */
export function collectMarkers(paras: readonly string[], indices: readonly number[]): Map<MarkerKind, MarkedItem[]> {
  const byKind = new Map<MarkerKind, MarkedItem[]>();
  let previous = -1;
  for (const k of indices) {
    const text = paras[k] ?? '';
    if (isTableLine(text)) continue;
    const marked = detectMarker(text);
    // `最后，预祝……！`: a last wish closes the talk; it is not the last item of a `首先……其次` run.
    const found = marked?.kind === 'sequence' && marked.ordinal === LAST_IN_SEQUENCE && LAST_WISH.test(text) ? null : marked;
    const before = previous;
    previous = found === null ? k : -1;
    if (found === null) continue;
    if (found.kind === 'sequence' && found.ordinal === 2 && !byKind.has('sequence') && before !== -1 && opensWithInnerFirst(paras[before] ?? '')) {
      byKind.set('sequence', [{ at: before, marker: { kind: 'sequence', ordinal: 1, mark: '' } }]);
    }
    const marker = continuesSequence(found, byKind) ? { ...found, kind: 'sequence' as const } : found;
    byKind.set(marker.kind, [...(byKind.get(marker.kind) ?? []), { at: k, marker }]);
  }
  return byKind;
}

const LAST_WISH = /^最后[，,]\s*(?:预祝|祝愿?|衷心祝|再次(?:感谢|祝)|感谢)[^。！？]*[。！!]?$/u;

/**
 * `所谓精读，首先就是要读熟。`: the first of a `首先` … `其次，` run often tucks its `首先` behind a short
 * clause naming the topic. Before a paragraph opening with `其次，` such a paragraph (the one just
 * before it, unmarked) is the run's first item; its whole first sentence is the title.
 */
const INNER_FIRST = /^[^，。！？；：,]{1,8}[，,]首先/u;

function opensWithInnerFirst(paragraph: string): boolean {
  const found = INNER_FIRST.exec(paragraph);
  return found !== null && found[0].length < firstSentenceLength(paragraph);
}

/**
 * `首先，……` `其次，……` `第三，……`: writers run out of words of sequence and go on counting; a
 * `第三，` right after a `其次` (no `第一，` series open since) continues the 首先 run, and so does a
 * `第二，` right after the `首先` itself (`首先，我不反对……` `第二，……` `第三，……`).
 */
function continuesSequence(marker: Marker, byKind: ReadonlyMap<MarkerKind, readonly MarkedItem[]>): boolean {
  if (marker.kind !== 'ordinal' || marker.ordinal < 2) return false;
  const sequence = byKind.get('sequence') ?? [];
  const last = sequence[sequence.length - 1];
  const lastOrdinal = (byKind.get('ordinal') ?? []).at(-1);
  // A `第一，` run open before the 首先 (`第一，……` `首先，要……` `第二，……`) takes its own next number.
  if (lastOrdinal?.marker.ordinal === marker.ordinal - 1) return false;
  return last !== undefined && last.marker.ordinal === marker.ordinal - 1 && (lastOrdinal === undefined || lastOrdinal.at < last.at);
}

export interface KindChoice {
  readonly kind: MarkerKind;
  readonly runs: MarkedItem[][];
}

/**
 * The numbering kind that forms this level: `一、` when asked to prefer it, else the kind whose
 * first run opens first — unless it is a weak enumeration (`一是`, `第一阶段`, `（1）`) that is
 * over before another kind starts (then it sits in a lead and the later kind is the level).
 */
export function chooseKind(byKind: Map<MarkerKind, MarkedItem[]>, preferDun: boolean, continuing = false): KindChoice | null {
  const candidates: KindChoice[] = [];
  for (const [kind, items] of byKind) {
    const runs = buildRuns(items, 2, continuing);
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
  // A kind that starts again at 1 under most marks of a stronger kind is that kind's sub-points
  // (`1、……` then `（1）……（4）`, `2、……` then `（1）……（3）`), even when one run of it comes first.
  const nestsInStronger = (weak: KindChoice): boolean =>
    weak.runs.length >= 2 &&
    candidates.some((other) => {
      if (other === weak || !STRONG_KINDS.has(other.kind)) return false;
      const heads = other.runs.flat();
      const restarts = new Set(weak.runs.map((run) => run[0]?.at ?? -1));
      const headed = heads.filter((item) => restarts.has(item.at + 1) || restarts.has(item.at + 2)).length;
      return heads.length >= 2 && headed * 2 > heads.length;
    });
  for (const candidate of candidates) {
    // 首先/其次/最后 order the speaker's own argument, so they are never a detail of a lead: a run
    // of 一是 after them expands one of them (`其次是……。` then `一是……八是`).
    const isWeak = !STRONG_KINDS.has(candidate.kind) && candidate.kind !== 'sequence';
    const laterKind = candidates.some((other) => other !== candidate && firstAt(other) > lastAt(candidate));
    if (isWeak && (laterKind || nestsInStronger(candidate))) continue;
    return candidate;
  }
  return candidates[0] ?? null;
}

export function cutStart(cut: Cut): Pos {
  return { para: cut.para, offset: cut.offset };
}

/** Top-level plan: the section cuts and where the body of each section starts. */
export interface SectionPlan {
  readonly heading: Cut;
  /** Start of the section's content (after its heading). */
  readonly from: Pos;
  /** Where the section's range starts (its heading paragraph or lead-in). */
  readonly start: number;
}

export function planFromCuts(cuts: readonly Cut[]): SectionPlan[] {
  return cuts.map((cut) => ({ heading: cut, from: { para: cut.para, offset: cut.headEnd }, start: cut.para }));
}

export const GROUP_KINDS: ReadonlySet<MarkerKind> = new Set<MarkerKind>(['yishi', 'sequence']);

/**
 * Headingless enumeration groups at the top level may use different marks (一是…, 一要…, 首先…);
 * all their runs, in order, leaving out runs that sit inside another run.
 */
export function collectWeakRuns(byKind: ReadonlyMap<MarkerKind, MarkedItem[]>, kinds: ReadonlySet<MarkerKind> = GROUP_KINDS, minLength = 2): MarkedItem[][] {
  const runs: MarkedItem[][] = [];
  for (const [kind, items] of byKind) if (kinds.has(kind)) runs.push(...buildRuns(items, minLength));
  runs.sort((a, b) => (a[0]?.at ?? 0) - (b[0]?.at ?? 0));
  const kept: MarkedItem[][] = [];
  for (const run of runs) {
    const previous = kept[kept.length - 1];
    const previousEnd = previous?.[previous.length - 1]?.at ?? -1;
    if ((run[0]?.at ?? 0) > previousEnd) kept.push(run);
  }
  return kept;
}

/**
 * A line standing before a group's lead-in as its heading: one short sentence or phrase of its own
 * (`爱国奋斗百年辉煌，公能日新再踏征程。`), unnumbered, no address, no colon, and shorter than the
 * lead-in it stands over.
 */
function isGroupHeadingLine(line: string, leadIn: string): boolean {
  const body = line.replace(/[。！!]$/, '');
  return (
    body.length >= 4 &&
    body.length <= 24 &&
    !/[。！？!?；;：:“”]/.test(body) &&
    detectMarker(line) === null &&
    !startsWithAddress(line) &&
    // `青年朋友们、同志们！` calls the audience; it names no theme.
    !/(们|同志|代表|各位)[！!，,]?$/.test(line) &&
    !isNeverHeading(line) &&
    leadIn.length > line.length * 2
  );
}

const withoutMark = (text: string): string => text.slice(detectMarker(text)?.mark.length ?? 0);

/** The words every item of a group opens with (`新时代中国青年要`), up to the first punctuation. */
function sharedOpening(items: readonly string[]): string {
  const first = items[0] ?? '';
  let n = 0;
  while (n < first.length && !/[，。；：、,;:！？]/.test(first.charAt(n)) && items.every((item) => item.charAt(n) === first.charAt(n))) n += 1;
  return items.length >= 2 ? first.slice(0, n) : '';
}

/** One headingless section per group; the paragraph before each group introduces it. */
/** An item of a headingless group: a numbered paragraph, or one opening with a theme sentence (no marker). */
export interface GroupItem {
  readonly at: number;
  readonly marker?: { readonly kind: MarkerKind };
}

export function planGroups(paras: readonly string[], runs: readonly (readonly GroupItem[])[], bodyStart: number): SectionPlan[] {
  const plans: SectionPlan[] = [];
  let previousEnd = bodyStart;
  // Names a lead-in gave the groups right after its own (`……五大突破、六项翻番。`), in order.
  let announced: string[] = [];
  runs.forEach((run, r) => {
    const firstItem = run[0]?.at ?? 0;
    const leadIn = firstItem - 1;
    // Names are given only to the groups that follow one another right after the lead-in.
    if (firstItem !== previousEnd) announced = [];
    // A short line of its own just before the lead-in (or before a lead-in of two paragraphs) is the group's heading.
    const headingLine = [leadIn - 1, leadIn - 2].find(
      (k) => leadIn >= previousEnd && k >= previousEnd && k >= bodyStart && isGroupHeadingLine(paras[k] ?? '', paras[leadIn] ?? ''),
    );
    if (headingLine !== undefined) {
      plans.push({ heading: cutAtParagraph(paras, headingLine, 'bare'), from: { para: headingLine + 1, offset: 0 }, start: headingLine });
    } else if (leadIn >= previousEnd && leadIn >= bodyStart) {
      const items = run.map((item) => withoutMark(paras[item.at] ?? ''));
      const firstSentences = items.map((item) => item.slice(0, firstSentenceLength(item)));
      const named = titlesFromCountedLeadIn(paras[leadIn] ?? '', adjacentRunLengths(runs, r));
      announced = named?.slice(1) ?? [];
      const title = named?.[0] ?? titleFromLeadIn(paras[leadIn] ?? '', sharedOpening(items), firstSentences);
      plans.push({ heading: { para: leadIn, offset: 0, headEnd: 0, title }, from: { para: leadIn, offset: 0 }, start: leadIn });
    } else {
      const cut = cutAtParagraph(paras, firstItem, run[0]?.marker?.kind ?? 'yishi');
      const title = announced.shift();
      plans.push({ heading: { ...cut, headEnd: 0, title: title ?? cut.title }, from: { para: firstItem, offset: 0 }, start: firstItem });
    }
    previousEnd = (run[run.length - 1]?.at ?? firstItem) + 1;
  });
  return plans;
}

/** Item counts of run `r` and of each run that starts right where the one before it ends. */
function adjacentRunLengths(runs: readonly (readonly GroupItem[])[], r: number): number[] {
  const lengths = [runs[r]?.length ?? 0];
  for (let k = r + 1; k < runs.length; k += 1) {
    const previousLast = runs[k - 1]?.[(runs[k - 1]?.length ?? 1) - 1]?.at ?? -2;
    if ((runs[k]?.[0]?.at ?? -1) !== previousLast + 1) break;
    lengths.push(runs[k]?.length ?? 0);
  }
  return lengths;
}

/** Cuts for a group of theme paragraphs, given the paragraph index of each member. */
export function cutsFromThemeGroup(paras: readonly string[], group: readonly ThemeParagraph[], indexToPara: (index: number) => number): Cut[] {
  return group.map((member) => {
    const para = indexToPara(member.index);
    const text = paras[para] ?? '';
    return { para, offset: 0, headEnd: member.headingLength, title: titleFromHeading(text.slice(0, member.headingLength)) };
  });
}
