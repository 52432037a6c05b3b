/**
 * A second numbering kind as the outer level (`（一）……（三）`, with `一、二、` only inside the
 * third part): `numbered-headings` prefers `一、` wherever it stands, but a source may number its
 * parts `（一）` and its points `一、`. When every mark of the preferred kind sits inside one part of
 * another strong series that starts earlier, that series is proposed too; the score's nesting
 * reason (`score-top-level.ts`) then tells outer from inner.
 */

import { buildRuns, type MarkedItem } from '../detect-markers.js';
import { STRONG_KINDS, chooseKind, cutAtParagraph, planFromCuts } from '../segments.js';
import { candidate, type BodyView, type TopLevelCandidate } from './candidate.js';

const longestRun = (items: readonly MarkedItem[]): MarkedItem[] =>
  buildRuns(items).reduce<MarkedItem[]>((best, run) => (run.length > best.length ? run : best), []);

/**
 * The part of `outer` (as paragraph starts, the last part running to `end`) that holds every one
 * of `inner`, or -1 when they spread over several parts or start before the first.
 */
export function enclosingPart(outer: readonly number[], inner: readonly number[], end: number): number {
  const first = Math.min(...inner);
  const last = Math.max(...inner);
  for (let i = 0; i < outer.length; i += 1) {
    const from = outer[i] ?? 0;
    const to = outer[i + 1] ?? end;
    if (first > from && last < to) return i;
  }
  return -1;
}

export function proposeOuterNumbering(view: BodyView): TopLevelCandidate[] {
  const { paras, byKind, bodyEnd } = view;
  const preferred = chooseKind(new Map(byKind), true);
  if (preferred === null) return [];
  const inner = (byKind.get(preferred.kind) ?? []).map((item) => item.at);
  const proposals: TopLevelCandidate[] = [];
  for (const [kind, items] of byKind) {
    if (kind === preferred.kind || !STRONG_KINDS.has(kind)) continue;
    const run = longestRun(items);
    if (
      run.length < 2 ||
      enclosingPart(
        run.map((item) => item.at),
        inner,
        bodyEnd,
      ) === -1
    )
      continue;
    proposals.push(candidate('numbered-outer', planFromCuts(run.map((item) => cutAtParagraph(paras, item.at, item.marker.kind)))));
  }
  for (const [kind, items] of byKind) {
    if (!STRONG_KINDS.has(kind)) continue;
    const outer = outerOfSameKind(items);
    if (outer !== null) proposals.push(candidate('numbered-outer', planFromCuts(outer.map((item) => cutAtParagraph(paras, item.at, item.marker.kind)))));
  }
  return proposals;
}

/**
 * One numbering kind at both levels (`一、2018年工作回顾` `二、2019年工作安排`, then `一、……九、` for
 * the year's tasks inside the second part, then `三、全面加强政府自身建设`): the parts count 1, 2,
 * 3… with whole runs counting from one between them, and the parts go on after every such run.
 * Returns the parts, or null when the marks do not read so (no inner run, a run the parts do not
 * go on after, fewer than three parts).
 */
export function outerOfSameKind(items: readonly MarkedItem[]): MarkedItem[] | null {
  if (items[0]?.marker.ordinal !== 1) return null;
  const found = readParts(items, 1, [items[0]], 0);
  return found !== null && found.length >= 3 ? found : null;
}

/**
 * Reads `items[k…]` as parts going on from `parts`, with whole inner runs between them, or null. An
 * inner run may stop before any mark that could be the next part (`一、二、（一、二、）三、`: the
 * second 三、 could be the inner run's or the parts'), so both readings are tried, the inner run's
 * longest first; `innerRuns` counts the runs read so far (at least one makes the reading).
 */
function readParts(items: readonly MarkedItem[], k: number, parts: readonly MarkedItem[], innerRuns: number): MarkedItem[] | null {
  if (k === items.length) return innerRuns > 0 ? [...parts] : null;
  const item = items[k] as MarkedItem;
  const next = parts.length + 1;
  if (item.marker.ordinal === next) {
    const asPart = readParts(items, k + 1, [...parts, item], innerRuns);
    if (asPart !== null) return asPart;
  }
  if (item.marker.ordinal !== 1) return null;
  // The inner run counts 1, 2, 3…; it must hold two or more and be followed by the next part.
  let end = k + 1;
  while (end < items.length && items[end]?.marker.ordinal === end - k + 1) end += 1;
  for (let stop = end; stop >= k + 2; stop -= 1) {
    if (items[stop]?.marker.ordinal !== next) continue;
    const found = readParts(items, stop, parts, innerRuns + 1);
    if (found !== null) return found;
  }
  return null;
}
