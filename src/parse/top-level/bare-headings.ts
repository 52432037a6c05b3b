/**
 * Unnumbered heading lines as the top level (`“十四五”时期工作回顾` / `2026年工作安排`): short lines
 * without clause punctuation, each followed by body text. They are the top level only when they
 * come before any numbering and no numbered series runs across one of them (a series split by such
 * a line means the line is a sub-heading). Where plain lines and lines ending in `——` mix, the
 * plain lines alone are proposed too.
 */

import { buildRuns, detectMarker } from '../detect-markers.js';
import { isTableLine, planFromCuts } from '../segments.js';
import { MAX_BARE_HEADING, startsWithAddress } from '../theme-sentences.js';
import { candidate, type BodyView, type TopLevelCandidate } from './candidate.js';
import { headingLineCut, plainOverDash } from './heading-shapes.js';
import { isNeverHeading } from './never-heading.js';

export function isBareHeading(paragraph: string): boolean {
  return (
    paragraph.length >= 4 &&
    paragraph.length <= MAX_BARE_HEADING &&
    // A comma or a colon may join the two halves of a heading (`强基固本，不断深化理论武装工作`,
    // `追溯初心：构建好学体系`); a sentence's end or a semicolon makes the line prose, and a line
    // ending in a colon introduces what follows.
    !/[。！？；!?;]/.test(paragraph) &&
    (paragraph.match(/[，,：:]/gu) ?? []).length <= 1 &&
    !/[，,：:]$/u.test(paragraph) &&
    !isTableLine(paragraph) &&
    detectMarker(paragraph) === null &&
    !startsWithAddress(paragraph) &&
    !/(同志们|各位|尊敬的|大家好)/.test(paragraph) &&
    !isNeverHeading(paragraph)
  );
}

/**
 * What follows a heading line: text, not another heading line, nor a date or signature line (the
 * `绍兴一中党委` / `2010年3月` that sign a document are no heading with its text).
 */
export function isTextAfterHeading(paragraph: string): boolean {
  return !isBareHeading(paragraph) && !isNeverHeading(paragraph);
}

export function proposeBareHeadings(view: BodyView): TopLevelCandidate[] {
  const { paras, indices, bodyEnd, byKind } = view;
  const runs = [...byKind.values()].flatMap((items) => buildRuns(items));
  const firstMarked = Math.min(Number.POSITIVE_INFINITY, ...runs.flat().map((item) => item.at));
  const bare = indices.filter((k) => isBareHeading(paras[k] ?? '') && k + 1 < bodyEnd && isTextAfterHeading(paras[k + 1] ?? ''));
  const crossed = runs.some((run) => bare.some((k) => k > (run[0]?.at ?? 0) && k < (run[run.length - 1]?.at ?? 0)));
  if (bare.length < 2 || (bare[0] ?? 0) >= firstMarked || crossed) return [];
  const propose = (lines: readonly number[]): TopLevelCandidate => candidate('bare-headings', planFromCuts(lines.map((k) => headingLineCut(paras, k))));
  // Dash lines among plain ones may be a level below (`heading-shapes.ts`): the score weighs both.
  const plain = plainOverDash(paras, bare);
  const proposals = plain === null ? [propose(bare)] : [propose(bare), propose(plain)];
  // Headings written alike, a short phrase and a comma (`精神铸魂，涵育师生员工品行` ×3), among other
  // short lines: those others are picture captions or labels a web page left in the text
  // (`兵器博物馆`); the alike lines come first and win a tie.
  const paired = bare.filter((k) => PAIRED_HEADING.test(paras[k] ?? ''));
  return paired.length >= MIN_PAIRED && paired.length < bare.length && paired.length * 2 >= bare.length ? [propose(paired), ...proposals] : proposals;
}

/** A heading of two halves, a short phrase and a comma before the rest (`守正创新，壮大主流舆论阵地`). */
const PAIRED_HEADING = /^[^，,\s]{2,8}[，,][^，,]{4,}$/u;
/** Fewest such headings that make the shape the level's. */
const MIN_PAIRED = 3;
