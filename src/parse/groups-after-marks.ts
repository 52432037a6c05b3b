/**
 * A part may review two things in turn with two parallel groups: numbered points for the year
 * (`（一）……` … `（七）……`, one paragraph each), then, after a transition paragraph, paragraphs that
 * open alike for the five years (`这五年，我们……。` ×5). Both groups are the part's points.
 *
 * Paragraphs that open alike after strongly numbered points are usually the last point's own text,
 * so the later group counts only when the points cannot own it:
 * - each numbered point is one paragraph, heading and body (every point starts in the paragraph
 *   after the one before), as the builder already ends such points with their paragraph
 *   (`buildSection`); a heading on a line of its own, then `坚持……。` ×3, is one point with its text;
 * - the last point does not end in a colon: `……做到以下几点：` introduces what follows;
 * - a paragraph of its own stands between the two groups (the turn to the second subject); alike
 *   paragraphs right after the last point read as more of it;
 * - or, instead of the three conditions above, an address to the audience stands between the two
 *   groups (`各位代表！“十四五”以来，……` before `五年来，……` ×6): it ends the last point (`buildSection`);
 * - the group's headings share their opening words (`这五年`), not only a shape; a run of plain
 *   lead sentences after one-paragraph theme points (`sharedOpening` false) need not, since the
 *   points before it already cannot own it and the run's shape is checked where it is found.
 */

import { buildRuns, type MarkedItem, type MarkerKind } from './detect-markers.js';
import { cutAtParagraph, type Cut } from './segments.js';
import { commonPrefixLength, startsWithAddress } from './theme-sentences.js';

/** True when every cut after the first starts in the same or the next paragraph. */
export function isOneParagraphEach(cuts: readonly Cut[]): boolean {
  if (cuts.length < 2) return false;
  return cuts.every((cut, i) => i === 0 || cut.para <= (cuts[i - 1]?.para ?? 0) + 1);
}

/** Shortest opening the later group's headings must share (`这五年`): a clear series, not a shape. */
const MIN_SHARED_OPENING = 2;

/** A lead-in to the lessons a review draws (`主要体会是：`, `……的基本经验是：`). */
const LESSONS_LEAD_IN = /(?:经验|体会|启示|启迪|感悟)[^，。；！？]{0,8}[：:]$/u;

/** True when `group` (the cuts of a theme-paragraph group) is a second group of the part after the points `marked` (see above). */
export function isGroupAfterMarks(paras: readonly string[], marked: readonly Cut[], group: readonly Cut[], sharedOpening = true): boolean {
  const last = marked[marked.length - 1];
  const first = group[0];
  if (last === undefined || first === undefined || first.para < last.para + 2) return false;
  const text = (cut: Cut): string => (paras[cut.para] ?? '').trim();
  // A review's lessons (`……有以下几点体会：` then `必须坚持……。` ×5) are a group of the part's
  // own, after however long a last point.
  if (LESSONS_LEAD_IN.test((paras[first.para - 1] ?? '').trim())) return true;
  // An address to the audience between them ends the last point (`各位代表！“十四五”以来，……`), whatever its length.
  const addressed = paras.slice(last.para + 1, first.para).some((paragraph) => startsWithAddress(paragraph));
  if (!addressed && (!isOneParagraphEach(marked) || marked.some((cut) => cut.headEnd >= text(cut).length) || /[：:]$/u.test(text(last)))) return false;
  return !sharedOpening || commonPrefixLength(group.map((cut) => cut.title)) >= MIN_SHARED_OPENING;
}

/**
 * Runs of another numbering after strongly numbered points that cannot own them
 * (`groups-after-marks.ts`): `（一）……。` … `（六）……。`, one paragraph each, then `一年来，着重抓了以下
 * 工作：` and `一是……` … `六是……` are two groups of the part's points, not the last point's items.
 * So are the lessons after a lessons lead-in, whatever the points before them.
 */
export function markedGroupsAfter(
  paras: readonly string[],
  marked: readonly Cut[],
  kind: MarkerKind,
  byKind: ReadonlyMap<MarkerKind, readonly MarkedItem[]>,
): Cut[][] {
  const lastMarked = marked[marked.length - 1]?.para ?? Number.POSITIVE_INFINITY;
  const groups: Cut[][] = [];
  for (const [other, items] of byKind) {
    if (other === kind) continue;
    for (const run of buildRuns(items.filter((item) => item.at > lastMarked))) {
      const group = run.map((item) => cutAtParagraph(paras, item.at, item.marker.kind));
      // After an address to the audience (`同志们，……`) a numbered run is the speaker's closing
      // requests, a part of its own (tail-groups.ts), not a second review of this one.
      const addressed = paras.slice(lastMarked + 1, run[0]?.at ?? lastMarked).some((paragraph) => startsWithAddress(paragraph));
      // A review's lessons (`……积累了许多宝贵经验，主要体会是：` 第一……第六) are a group of the
      // part's own, after however long a last point, and after an address too (`各位代表！` then
      // `……我们也获得了新的启迪：` 第一……第五).
      const lessons = (run[0]?.at ?? 0) - 1 > lastMarked && LESSONS_LEAD_IN.test((paras[(run[0]?.at ?? 0) - 1] ?? '').trim());
      if (lessons || (!addressed && isGroupAfterMarks(paras, marked, group, false))) groups.push(group);
    }
  }
  return groups;
}
