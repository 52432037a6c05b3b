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
  const first = items[0];
  if (first?.marker.ordinal !== 1) return null;
  const outer: MarkedItem[] = [first];
  let innerRuns = 0;
  let k = 1;
  while (k < items.length) {
    const next = outer.length + 1;
    if (items[k]?.marker.ordinal === next) {
      outer.push(items[k] as MarkedItem);
      k += 1;
      continue;
    }
    if (items[k]?.marker.ordinal !== 1) return null;
    let end = k + 1;
    while (end < items.length && items[end]?.marker.ordinal === end - k + 1) end += 1;
    // A run of two or more inside a part, and the parts going on right after it.
    if (end - k < 2 || items[end]?.marker.ordinal !== next) return null;
    innerRuns += 1;
    k = end;
  }
  return innerRuns > 0 && outer.length >= 3 ? outer : null;
}
