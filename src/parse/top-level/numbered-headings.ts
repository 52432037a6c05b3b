/**
 * Numbered headings as the top level: the numbering kind that forms the level (`一、` preferred,
 * else the kind that opens first and is not a weak enumeration sitting in the opening).
 * - A kind that restarts at 1 several times is headingless groups when it is a weak kind (一是…,
 *   一要…, 首先…) or when each group is introduced by a lead-in ending in a colon; each group is a
 *   section titled from its lead-in.
 * - Otherwise the longest series counting 1, 2, 3… is the top level; and, as a second proposal,
 *   every mark of that kind in source order, for reports that misnumber (`一、三、二`, a `三、`
 *   used for a sub-point and then `三、结语` again): the score decides whether to trust the
 *   numbers or the marks.
 */

import { buildRuns, detectMarker, type MarkedItem, type MarkerKind } from '../detect-markers.js';
import { STRONG_KINDS, chooseKind, collectWeakRuns, cutAtParagraph, planFromCuts, planGroups, type Cut, type GroupItem } from '../segments.js';
import { candidate, themeRun, type BodyView, type TopLevelCandidate } from './candidate.js';
import { firstSentenceLength } from '../split-sentences.js';

/**
 * How many marks would have to be rewritten for the marks to count 1, 2, 3…: one for a number
 * written twice (`一、三、三、四`), two for two swapped (`一、三、二、四`). Counting steps other than
 * +1 instead made a swap cost three, more than keeping every heading gains, and a swapped pair lost
 * a part.
 */
function countIrregularities(items: readonly MarkedItem[]): number {
  return items.filter((item, index) => item.marker.ordinal !== index + 1).length;
}

/**
 * `一、` headings in source order when they do not count 1, 2, 3 (`一、三、三、四`, `一、三、二`):
 * a slip in the second number breaks every series, so no other proposal keeps them all.
 */
function misnumberedDunHeadings(view: BodyView): TopLevelCandidate[] {
  const dun = view.byKind.get('cn-dun') ?? [];
  const written = dun.slice(
    Math.max(
      0,
      dun.findIndex((item) => item.marker.ordinal === 1),
    ),
  );
  const counts = written.length >= 3 && written.length <= 20 && written[0]?.marker.ordinal === 1;
  if (!counts || buildRuns(written).some((run) => run.length === written.length)) return [];
  // Only slips: every number is within one of its place (a restarted list 一、二、 under a part is not).
  if (written.some((item, index) => Math.abs(item.marker.ordinal - (index + 1)) > 1)) return [];
  return [
    candidate('numbered-as-written', planFromCuts(written.map((item) => cutAtParagraph(view.paras, item.at, item.marker.kind))), {
      irregularities: countIrregularities(written),
    }),
  ];
}

export function proposeNumberedHeadings(view: BodyView): TopLevelCandidate[] {
  const { paras, indices, bodyStart, byKind, themeGroups } = view;
  const choice = chooseKind(new Map(byKind), true);
  if (choice === null) return misnumberedDunHeadings(view);
  const strong = STRONG_KINDS.has(choice.kind);
  // An enumeration that sits between parallel theme paragraphs belongs under one of them, unless it
  // follows a member as its lead-in (`三个加快适应。` 一是……三是, `三个倍加珍惜。` 一是……): then the
  // members head the runs, and the runs are the groups.
  const enclosed =
    !strong &&
    themeGroups.some((group) => {
      const first = indices[group[0]?.index ?? 0] ?? 0;
      const last = indices[group[group.length - 1]?.index ?? 0] ?? 0;
      // Members that are a line of one sentence each (`三个加快适应。`), no theme with its text.
      const headingLines = new Set(
        group.map((member) => indices[member.index] ?? -1).filter((at) => firstSentenceLength(paras[at] ?? '') >= (paras[at] ?? '').length),
      );
      return choice.runs.some((run) => (run[0]?.at ?? 0) > first && (run[0]?.at ?? 0) < last && !headingLines.has((run[0]?.at ?? 0) - 1));
    });
  const runs = strong ? choice.runs : collectWeakRuns(new Map(byKind));
  const introduced = runs.every((run) => /[：:]$/.test(paras[(run[0]?.at ?? 0) - 1] ?? ''));
  if (runs.length > 1 && (!strong || introduced)) return [candidate('enumeration-groups', planGroups(paras, runs, bodyStart), { enclosed })];
  const longest = choice.runs.reduce<MarkedItem[]>((best, run) => (run.length > best.length ? run : best), []);
  const unnumbered = strong ? unnumberedFirstPart(view, choice.kind, longest) : null;
  const headings = longest.map((item) => cutAtParagraph(paras, item.at, item.marker.kind));
  const proposals = [candidate('numbered-headings', planFromCuts(unnumbered === null ? headings : [unnumbered, ...headings]), { enclosed })];
  const all = byKind.get(choice.kind) ?? [];
  // Only top-level kinds are trusted as written: a stray `3.` in prose is common, a stray `三、` is not.
  const asWritten = (choice.kind === 'cn-dun' || choice.kind === 'part') && all.length > longest.length && all.length <= 20;
  // Stray marks only: extra marks that count a series of their own (一、二、 again in a list) are
  // another level, not misnumbered headings.
  const inLongest = new Set(longest.map((item) => item.at));
  const from = all.findIndex((item) => item.at === longest[0]?.at);
  const written = all.slice(Math.max(0, from));
  const extras = written.filter((item) => !inLongest.has(item.at));
  if (choice.kind !== 'cn-dun') proposals.push(...misnumberedDunHeadings(view));
  if (asWritten && extras.length > 0 && buildRuns(extras).length === 0) {
    proposals.push(
      candidate('numbered-as-written', planFromCuts(written.map((item) => cutAtParagraph(paras, item.at, item.marker.kind))), {
        irregularities: countIrregularities(written),
      }),
    );
  }
  return proposals;
}

/** Longest line that may head a first part whose number was lost. */
const MAX_UNNUMBERED_HEADING = 40;

/**
 * A first part whose heading lost its number (`IRB的投资方向一定要聚焦主航道。`, then `（1）……（7）`,
 * before `1、……` `（1）……`): a one-sentence line right before the first heading's kind of sub-run,
 * when the numbered headings carry the same sub-runs. Null when there is none.
 */
function unnumberedFirstPart(view: BodyView, kind: MarkerKind, headings: readonly MarkedItem[]): Cut | null {
  const first = headings[0];
  if (first === undefined || headings.length < 2) return null;
  for (const [other, items] of view.byKind) {
    if (other === kind) continue;
    const runs = buildRuns(items);
    const startsUnder = (heading: MarkedItem): boolean => runs.some((run) => (run[0]?.at ?? -1) === heading.at + 1);
    if (headings.filter(startsUnder).length * 2 <= headings.length) continue;
    const before = runs.find((run) => (run[0]?.at ?? Infinity) < first.at && (run[run.length - 1]?.at ?? Infinity) < first.at);
    const line = (before?.[0]?.at ?? 0) - 1;
    const text = view.paras[line] ?? '';
    if (before === undefined || line < view.bodyStart || detectMarker(text) !== null) continue;
    if (text.length > MAX_UNNUMBERED_HEADING || firstSentenceLength(text) < text.length) continue;
    return cutAtParagraph(view.paras, line, 'bare');
  }
  return null;
}

/** Every numbering kind that can open a paragraph-level enumeration. */
const ANY_KIND: ReadonlySet<MarkerKind> = new Set<MarkerKind>([
  'cn-dun',
  'cn-paren',
  'ordinal',
  'ar-dot',
  'ar-paren',
  'circled',
  'part',
  'stage',
  'yishi',
  'sequence',
]);

/**
 * Headingless groups of different kinds one after another (`一是……六是……`, then `第一，……第六，……`;
 * a `——` series of theme paragraphs, then `第一，……`), each introduced by the paragraph before it:
 * one section per group. Only series of three or more
 * that do not nest in one another count, so a heading series with its sub-points never qualifies.
 */
export function proposeMixedGroups(view: BodyView): TopLevelCandidate[] {
  const { paras, bodyStart } = view;
  const all = allSeries(view).sort((a, b) => (a[0]?.at ?? 0) - (b[0]?.at ?? 0));
  const runs: (readonly GroupItem[])[] = [];
  for (const run of all) {
    const previous = runs[runs.length - 1];
    if ((run[0]?.at ?? 0) > (previous?.[previous.length - 1]?.at ?? -1)) runs.push(run);
  }
  // Runs of one numbering kind that restart are `enumeration-groups`; theme series are told apart
  // by their own wording, so two of them are two groups.
  const kinds = new Set(runs.map((run) => run[0]?.marker?.kind ?? 'theme'));
  if (runs.length < 2 || (kinds.size < 2 && !kinds.has('theme'))) return [];
  const introduced = runs.every((run) => {
    const leadIn = (run[0]?.at ?? 0) - 1;
    return leadIn >= bodyStart && detectMarker(paras[leadIn] ?? '') === null;
  });
  return introduced ? [candidate('mixed-groups', planGroups(paras, runs, bodyStart))] : [];
}

/** Series of three or more paragraphs (numbered, or parallel theme paragraphs) that start after paragraph `after` and hold none of `headings`. */
export function enumerationsAfter(view: BodyView, after: number, headings: ReadonlySet<number>): number {
  return allSeries(view).filter((run) => (run[0]?.at ?? 0) > after && !run.some((item) => headings.has(item.at))).length;
}

/**
 * Series of three or more paragraphs (numbered, parallel theme paragraphs, or paragraphs opening
 * with plain lead sentences: a review's results `重大项目建设进展良好。……` ×7 under a heading line
 * the numbered parts after it do not count) wholly before the candidate's first part.
 */
export function enumerationsBefore(view: BodyView, firstStart: number): number {
  const series = allSeries(view);
  // A run of plain leads that also opens alike is one series, counted once.
  const counted = new Set(series.flatMap((run) => run.map((item) => item.at)));
  const plain = view.plainGroups.map((group) => themeRun(view, group)).filter((run) => !run.some((item) => counted.has(item.at)));
  return [...series, ...plain].filter((run) => (run[run.length - 1]?.at ?? firstStart) < firstStart).length;
}

/**
 * Every paragraph-level series of three or more: numbered runs of any kind, and series of parallel
 * theme paragraphs (`——百年征程，塑造了……`), a group of their own kind.
 */
function allSeries(view: BodyView): (readonly GroupItem[])[] {
  return [...collectWeakRuns(view.byKind, ANY_KIND, 3), ...view.themeGroups.map((group) => themeRun(view, group))];
}
