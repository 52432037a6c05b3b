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
  return proposals;
}
