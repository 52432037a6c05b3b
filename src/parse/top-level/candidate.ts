/**
 * The top level of a report is chosen, not found by the first rule that fires: each strategy
 * proposes segmentations of the body into sections, and `score-top-level.ts` weighs them.
 */

import type { MarkedItem, MarkerKind } from '../detect-markers.js';
import type { SectionPlan } from '../segments.js';
import type { ThemeParagraph } from '../theme-sentences.js';

export type StrategyName =
  | 'bare-headings' // unnumbered heading lines (`“十四五”时期工作回顾`)
  | 'numbered-headings' // the longest series of one numbering kind (一、二、三、)
  | 'numbered-as-written' // every mark of that kind in order, even where the source misnumbers
  | 'numbered-outer' // another strong kind whose one part holds every mark of the preferred kind
  | 'enumeration-groups' // headingless groups (一抓…十抓, 一是…五是), titled from their lead-in
  | 'mixed-groups' // headingless groups of different kinds in turn (一是…六是, then 第一…第六)
  | 'theme-paragraphs' // parallel theme sentences opening paragraphs (`这一年，我们……。`)
  | 'theme-pairs' // two such paragraphs, when nothing better is there
  | 'plain-theme-paragraphs' // consecutive paragraphs opening with short lead sentences
  | 'label-headings' // paragraphs opening with a `××方面：` label, or lines ending in `——`
  | 'paragraphs'; // no structure: no sections, the body is the opening

export interface TopLevelCandidate {
  readonly strategy: StrategyName;
  readonly plans: readonly SectionPlan[];
  /** False only for the paragraphs fallback. */
  readonly structured: boolean;
  /** Marks the candidate skipped or took out of order (misnumbering in the source). */
  readonly irregularities: number;
  /** A weak enumeration (一是…) that sits between parallel theme paragraphs: it belongs under one. */
  readonly enclosed: boolean;
}

/**
 * What every strategy reads: the paragraphs of the body, the numbering marks in them and the
 * series of parallel theme paragraphs (found once: several strategies and the score read them).
 */
export interface BodyView {
  readonly paras: readonly string[];
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** Body paragraph indices, in order. */
  readonly indices: readonly number[];
  readonly byKind: ReadonlyMap<MarkerKind, MarkedItem[]>;
  /** Groups of three or more parallel theme paragraphs; `index` counts in `indices`. */
  readonly themeGroups: readonly ThemeParagraph[][];
  /** Runs of three or more paragraphs opening with plain lead sentences (`findPlainThemeParagraphs`); `index` counts in `indices`. */
  readonly plainGroups: readonly ThemeParagraph[][];
}

/** A theme group's members as paragraph positions, the way numbered items are given. */
export function themeRun(view: BodyView, group: readonly ThemeParagraph[]): { readonly at: number }[] {
  return group.map((member) => ({ at: view.indices[member.index] ?? 0 }));
}

export function candidate(
  strategy: StrategyName,
  plans: readonly SectionPlan[],
  extra: Partial<Pick<TopLevelCandidate, 'irregularities' | 'enclosed' | 'structured'>> = {},
): TopLevelCandidate {
  return { strategy, plans, structured: extra.structured ?? true, irregularities: extra.irregularities ?? 0, enclosed: extra.enclosed ?? false };
}
