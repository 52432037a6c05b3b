/**
 * The top level: every strategy proposes, `score-top-level.ts` chooses. The proposals come in the
 * order of how explicit their sign is, which settles ties.
 */

import { buildRuns } from '../detect-markers.js';
import { STRONG_KINDS, collectMarkers, type SectionPlan } from '../segments.js';
import { announcedCount } from '../self-check.js';
import { findPlainThemeParagraphs, findThemeParagraphGroups } from '../theme-sentences.js';
import { proposeBareHeadings } from './bare-headings.js';
import { proposeOuterNumbering } from './outer-numbering.js';
import { proposeLabelHeadings } from './label-headings.js';
import type { BodyView, TopLevelCandidate } from './candidate.js';
import { proposeParagraphs } from './fallback.js';
import { enumerationsAfter, enumerationsBefore, proposeMixedGroups, proposeNumberedHeadings } from './numbered-headings.js';
import { chooseCandidate, scoreCandidate, type ScoredCandidate } from './score-top-level.js';
import { proposeThemeParagraphs } from './theme-paragraphs.js';

const STRATEGIES: readonly ((view: BodyView) => TopLevelCandidate[])[] = [
  proposeBareHeadings,
  proposeNumberedHeadings,
  proposeOuterNumbering,
  proposeMixedGroups,
  proposeThemeParagraphs,
  proposeLabelHeadings,
  proposeParagraphs,
];

export interface TopLevel {
  readonly plans: readonly SectionPlan[];
  readonly structured: boolean;
}

/** Every candidate with its score, best first; for tests and for explaining a choice. */
export function scoreTopLevels(paras: readonly string[], bodyStart: number, bodyEnd: number): ScoredCandidate[] {
  const indices: number[] = [];
  for (let k = bodyStart; k < bodyEnd; k += 1) indices.push(k);
  const texts = indices.map((k) => paras[k] ?? '');
  const themeGroups = findThemeParagraphGroups(texts);
  const view: BodyView = {
    paras,
    bodyStart,
    bodyEnd,
    indices,
    byKind: collectMarkers(paras, indices),
    themeGroups,
    plainGroups: findPlainThemeParagraphs(texts),
  };
  const announced = (sectionsStart: number): number | null => announcedCount(paras.slice(bodyStart, sectionsStart).join('\n'));
  const strongRuns = [...view.byKind]
    .filter(([kind]) => STRONG_KINDS.has(kind))
    .map(([, items]) => buildRuns(items).reduce<number[]>((best, run) => (run.length > best.length ? run.map((item) => item.at) : best), []))
    .filter((run) => run.length >= 2);
  const context = {
    paras,
    bodyStart,
    bodyEnd,
    announced,
    strongRuns,
    enumerationsBefore: (start: number): number => enumerationsBefore(view, start),
    enumerationsAfter: (after: number, headings: ReadonlySet<number>): number => enumerationsAfter(view, after, headings),
  };
  const scored = STRATEGIES.flatMap((propose) => propose(view)).map((item) => scoreCandidate(item, context));
  const best = chooseCandidate(scored);
  return best === null ? scored : [best, ...scored.filter((item) => item !== best)];
}

export function planTopLevel(paras: readonly string[], bodyStart: number, bodyEnd: number): TopLevel {
  const best = scoreTopLevels(paras, bodyStart, bodyEnd)[0];
  if (best === undefined) return { plans: [], structured: false };
  return { plans: best.candidate.plans, structured: best.candidate.structured };
}
