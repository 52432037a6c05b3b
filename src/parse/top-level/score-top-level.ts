/**
 * The one place where the top level is chosen: every candidate gets a score that is a list of
 * weighed reasons, and the highest total wins (the earlier proposal on a tie). Read the reasons as
 * a checklist a reader applies to an unfamiliar report:
 *
 * - How strong is the sign itself? Unnumbered heading lines that open the body and numbered
 *   headings are explicit; parallel theme sentences are a pattern; labels (`××方面：`) a weaker
 *   one, plain lead sentences weaker still; paragraphs are no structure at all. (`PRIOR`)
 * - Does the count match what the opening announces (`从六个方面`, `讲三点意见`)? The speaker's own
 *   count is the strongest evidence a text gives about its parts.
 * - Does the source's numbering run true? A series with skips or steps back is trusted less, but a
 *   candidate that keeps every top-level heading beats one that drops a misnumbered one.
 * - Is most of the text left before the first part, or does one part hold nearly all of it? A
 *   good top level spreads over the body.
 * - Do the titles read as titles, not as a signature, a date or an ellipsis?
 * - Are the unnumbered headings written alike? Lines ending in `——` among plain heading lines are
 *   lead-ins to the text under a part, the level below (`heading-shapes.ts`).
 * - Is a weak enumeration (一是…) sitting between parallel theme paragraphs? Then it is a detail.
 * - Does a long opening hold a whole enumeration (一是……六是) of its own? Then a part was left in it.
 * - Do two numberings nest (`（一）……（三）` with `一、二、` inside the third)? Then the one inside
 *   is the lower level, whatever its kind usually is.
 */

import { mixesHeadingShapes } from './heading-shapes.js';
import { isNeverHeading } from './never-heading.js';
import { enclosingPart } from './outer-numbering.js';
import type { StrategyName, TopLevelCandidate } from './candidate.js';
import type { SectionPlan } from '../segments.js';

export interface Reason {
  readonly reason: string;
  readonly weight: number;
}

export interface ScoredCandidate {
  readonly candidate: TopLevelCandidate;
  readonly reasons: readonly Reason[];
  readonly total: number;
}

/** How explicit each kind of sign is, before any evidence from the text. */
const PRIOR: Readonly<Record<StrategyName, number>> = {
  'bare-headings': 10,
  'numbered-headings': 8,
  'numbered-as-written': 8,
  'numbered-outer': 8,
  'enumeration-groups': 8,
  'mixed-groups': 7,
  'theme-paragraphs': 6,
  'theme-pairs': 5,
  'plain-theme-paragraphs': 4,
  'label-headings': 5,
  paragraphs: 0,
};

const WEIGHTS = {
  announcedMatch: 3,
  announcedMiss: -1,
  keepsEveryHeading: 0.5,
  perIrregularity: -0.2,
  mostTextBeforeFirst: -3,
  oneSection: -3,
  oneSectionHoldsAll: -1,
  perOddTitle: -2,
  mixedShapes: -3,
  enclosed: -6,
  enumerationLeftOut: -2.5,
  holdsNumbering: 1,
  insideNumbering: -2,
  enumerationItems: -1.5,
} as const;

/** Candidates whose headings are numbering marks, for the nesting reasons. */
const NUMBERED: ReadonlySet<StrategyName> = new Set<StrategyName>(['numbered-headings', 'numbered-as-written', 'numbered-outer']);

export interface ScoreContext {
  readonly paras: readonly string[];
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** Parts announced in the opening, or null. */
  readonly announced: (sectionsStart: number) => number | null;
  /** Paragraph-start series of three or more items lying wholly before `sectionsStart`. */
  readonly enumerationsBefore: (sectionsStart: number) => number;
  /** Paragraph-start series of three or more items starting after paragraph `after` and holding none of `headings`. */
  readonly enumerationsAfter: (after: number, headings: ReadonlySet<number>) => number;
  /** The longest series (paragraph positions) of each strong numbering kind in the body. */
  readonly strongRuns: readonly (readonly number[])[];
}

function length(paras: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k += 1) n += (paras[k] ?? '').length;
  return n;
}

/**
 * How this candidate's headings nest with the other strong numberings: +1 when another series
 * sits wholly inside one of its parts, -1 when its own headings sit wholly inside one part of
 * another series that is substantial before that part (a short `（一）（二）` list in the opening
 * does not make the headings after it its sub-points), 0 otherwise.
 */
function nesting(headings: readonly number[], context: ScoreContext): number {
  const { paras, bodyStart, bodyEnd, strongRuns } = context;
  const own = new Set(headings);
  const others = strongRuns.filter((run) => !run.some((at) => own.has(at)));
  const total = length(paras, bodyStart, bodyEnd);
  const inside = others.some((run) => {
    const part = enclosingPart(run, headings, bodyEnd);
    if (part === -1) return false;
    return part < run.length - 1 || length(paras, run[0] ?? bodyStart, run[part] ?? bodyEnd) >= total * 0.25;
  });
  if (inside) return -1;
  return others.some((run) => enclosingPart(headings, run, bodyEnd) !== -1) ? 1 : 0;
}

/**
 * Numbered "headings" that each open a single paragraph and carry their text in it (`第一，深刻认识……。
 * 正确判断形势，……`), with another enumeration after the last of them (`这里，我提几点要求` 一是……四是):
 * the numbers are one enumeration of a speech that has two, each under its own lead-in, not its parts
 * (the mixed-groups reading). Parts that run over several paragraphs read as parts whatever follows.
 */
function readsAsEnumeration(plans: readonly SectionPlan[], context: ScoreContext): boolean {
  if (plans.length < 3) return false;
  const oneParagraphEach = plans.every(
    (plan, i) =>
      plan.heading.headEnd > 0 &&
      plan.heading.headEnd < (context.paras[plan.heading.para] ?? '').length &&
      (i === plans.length - 1 || plans[i + 1]?.start === plan.heading.para + 1),
  );
  const last = plans[plans.length - 1]?.heading.para ?? 0;
  return oneParagraphEach && context.enumerationsAfter(last, new Set(plans.map((plan) => plan.heading.para))) > 0;
}

export function scoreCandidate(candidate: TopLevelCandidate, context: ScoreContext): ScoredCandidate {
  const { paras, bodyStart, bodyEnd } = context;
  const reasons: Reason[] = [{ reason: `sign: ${candidate.strategy}`, weight: PRIOR[candidate.strategy] }];
  const plans = candidate.plans;
  const count = plans.length;
  const firstStart = plans[0]?.start ?? bodyEnd;
  const announced = context.announced(firstStart);
  if (announced !== null && candidate.structured) {
    reasons.push(
      announced === count
        ? { reason: `count ${count} as announced`, weight: WEIGHTS.announcedMatch }
        : { reason: `count ${count}, ${announced} announced`, weight: WEIGHTS.announcedMiss },
    );
  }
  if (candidate.strategy === 'numbered-as-written') reasons.push({ reason: 'keeps every heading of its kind', weight: WEIGHTS.keepsEveryHeading });
  if (candidate.irregularities > 0)
    reasons.push({ reason: `${candidate.irregularities} numbering irregularities`, weight: WEIGHTS.perIrregularity * candidate.irregularities });
  const total = length(paras, bodyStart, bodyEnd);
  if (total > 0 && candidate.structured) {
    const before = length(paras, bodyStart, firstStart);
    if (before > total * 0.5) reasons.push({ reason: 'most of the text before the first part', weight: WEIGHTS.mostTextBeforeFirst });
    // A long opening that holds a whole enumeration of its own has lost a part to the opening.
    const leftOut = before > total * 0.15 ? context.enumerationsBefore(firstStart) : 0;
    if (leftOut > 0) reasons.push({ reason: `${leftOut} enumerations left in a long opening`, weight: WEIGHTS.enumerationLeftOut * leftOut });
    if (count === 1) reasons.push({ reason: 'a single part', weight: WEIGHTS.oneSection });
    const shares = plans.map((plan, i) => length(paras, plan.start, plans[i + 1]?.start ?? bodyEnd) / total);
    if (count >= 2 && Math.max(...shares) > 0.9) reasons.push({ reason: 'one part holds nearly all the text', weight: WEIGHTS.oneSectionHoldsAll });
  }
  const odd = plans.filter((plan) => isNeverHeading(plan.heading.title)).length;
  if (odd > 0) reasons.push({ reason: `${odd} titles read as signature, date or ornament`, weight: WEIGHTS.perOddTitle * odd });
  if (mixesHeadingShapes(paras, plans)) reasons.push({ reason: 'plain heading lines and `——` lead-ins side by side', weight: WEIGHTS.mixedShapes });
  if (NUMBERED.has(candidate.strategy) && count >= 2) {
    const nest = nesting(
      plans.map((plan) => plan.heading.para),
      context,
    );
    if (nest > 0) reasons.push({ reason: 'another numbering nests inside one part', weight: WEIGHTS.holdsNumbering });
    if (nest < 0) reasons.push({ reason: 'its headings sit inside one part of another numbering', weight: WEIGHTS.insideNumbering });
  }
  if (NUMBERED.has(candidate.strategy) && readsAsEnumeration(plans, context))
    reasons.push({ reason: 'one-paragraph parts like an enumeration, and another enumeration after them', weight: WEIGHTS.enumerationItems });
  if (candidate.enclosed) reasons.push({ reason: 'an enumeration inside a theme series', weight: WEIGHTS.enclosed });
  return { candidate, reasons, total: reasons.reduce((sum, r) => sum + r.weight, 0) };
}

/** The best candidate; on a tie the one proposed first. */
export function chooseCandidate(scored: readonly ScoredCandidate[]): ScoredCandidate | null {
  return scored.reduce<ScoredCandidate | null>((best, item) => (best === null || item.total > best.total ? item : best), null);
}
