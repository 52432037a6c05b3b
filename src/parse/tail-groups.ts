/**
 * Numbered groups at the end of the body that no heading introduces, only a lead-in ending in a
 * colon (`一年来，我们取得了一些成绩：` 1.–3., then `同时也存在一些不足：` 1.–3.). Numbering that
 * starts again at 1 after a second lead-in cannot be the items of the last point; such groups are
 * parts of their own, titled from their lead-ins, not text absorbed into the last section.
 */

import { detectMarker, type MarkerKind } from './detect-markers.js';
import { findInlineEnumerations } from './enumerations.js';
import { titleFromLeadIn } from './group-title.js';
import { announcedCount } from './self-check.js';
import type { Cut, SectionPlan } from './segments.js';

export interface ColonGroup {
  /** The lead-in paragraph. */
  readonly start: number;
  /** The group's last numbered paragraph. */
  readonly last: number;
}

const endsWithColon = (text: string): boolean => /[：:]\s*$/.test(text);

/** Every lead-in ending in a colon followed by a series of two or more counting from 1, in [from, to). */
export function findColonGroups(paras: readonly string[], from: number, to: number): ColonGroup[] {
  const groups: ColonGroup[] = [];
  let k = from;
  while (k < to - 1) {
    const first = detectMarker(paras[k + 1] ?? '');
    if (!endsWithColon(paras[k] ?? '') || detectMarker(paras[k] ?? '') !== null || first === null || first.ordinal !== 1) {
      k += 1;
      continue;
    }
    let last = k + 1;
    let next = 2;
    for (let j = k + 2; j < to; j += 1) {
      const marker = detectMarker(paras[j] ?? '');
      if (marker !== null && marker.kind === first.kind && marker.ordinal === next) {
        last = j;
        next += 1;
      } else if (marker !== null || endsWithColon(paras[j] ?? '')) break;
    }
    if (next > 2) groups.push({ start: k, last });
    k = next > 2 ? last + 1 : k + 1;
  }
  return groups;
}

/**
 * The colon groups that end the last section (`from` is past its heading, `to` where the ending
 * starts): two or more, after the section's own points (`ownPoints`), with no other numbering after
 * them. Null when the section's text holds no such run.
 *
 * Groups that are all the section numbers are its own points where the parts before it number
 * their points the same way (`earlierPointKinds`, asked only then, as finding points is costly):
 * siblings are numbered alike, so `重点做好以下七个方面工作：` （一）…（七） after a review of six
 * （一） points are the tasks of `2020年工作安排`, and cut out they would leave it the one part without
 * points. Groups numbered otherwise than every earlier point (`取得了一些成绩：` 1.–3. after parts
 * with （一） points), or where no part has points, still end the body as parts of their own.
 */
export function findTailColonGroups(
  paras: readonly string[],
  from: number,
  to: number,
  ownPoints: readonly number[],
  earlierPointKinds: () => ReadonlySet<MarkerKind>,
): ColonGroup[] | null {
  const all = findColonGroups(paras, from, to);
  const inGroup = (at: number): boolean => all.some((group) => at > group.start && at <= group.last);
  const lastOwn = Math.max(from - 1, ...ownPoints.filter((at) => !inGroup(at)));
  const groups = all.filter((group) => group.start > lastOwn);
  const lastItem = groups[groups.length - 1]?.last ?? to;
  for (let k = lastItem + 1; k < to; k += 1) if (detectMarker(paras[k] ?? '') !== null) return null;
  // One group is a part of its own when the speaker turns to the audience with it (`在此希望你们：`
  // 1、……4、 at the end of the last part's text): the closing hopes, as a talk's own last part.
  const closingHopes = groups.length === 1 && lastOwn === from - 1 && HOPES.test(lastClause(paras[groups[0]?.start ?? 0] ?? ''));
  if (groups.length < 2 && !closingHopes) return null;
  if (closingHopes) return groups;
  if (lastOwn !== from - 1) return groups;
  const kinds = earlierPointKinds();
  const numberedLikeEarlier = groups.some((group) => {
    const kind = detectMarker(paras[group.start + 1] ?? '')?.kind;
    return kind !== undefined && kinds.has(kind);
  });
  return numberedLikeEarlier ? null : groups;
}

/** A lead-in that asks something of the audience (`希望你们：`, `提几点希望：`, `对大家提三点要求：`). */
const HOPES = /希望(?:你们|大家|同志们|各位|同学们)|提(?:出)?(?:几|[一二三四五六七八九十两])点(?:希望|要求)|寄语/u;

/** The lead-in's own words: its last sentence, up to the colon. */
function lastClause(paragraph: string): string {
  const sentences = paragraph.split(/(?<=[。！？!?])/u);
  return sentences[sentences.length - 1] ?? '';
}

/** A section plan for a colon group: headingless, titled from its lead-in. */
export function planColonGroup(paras: readonly string[], group: ColonGroup): SectionPlan {
  const cut: Cut = { para: group.start, offset: 0, headEnd: 0, title: titleFromLeadIn(paras[group.start] ?? '') };
  return { heading: cut, from: { para: group.start, offset: 0 }, start: group.start };
}

/** `最后，` opening a paragraph: the speaker's last matter. */
const LAST_MATTER = /^最后[，,]/;

/**
 * A paragraph after the last part's own points that opens with `最后，`, announces a count in its
 * first sentence and then gives that many items inline (`最后，我就做好当前工作再强调四点意见。一要保平安。
 * ……四要……`): the speaker's last matter, a part of its own rather than text of the part before.
 * The paragraph's index in [from, to), or -1.
 */
export function findLastMatter(paras: readonly string[], from: number, to: number): number {
  for (let k = from; k < to; k += 1) {
    const paragraph = paras[k] ?? '';
    if (!LAST_MATTER.test(paragraph)) continue;
    const announcement = announcementOf(paragraph);
    const count = announcement === '' ? null : announcedCount(announcement);
    if (count !== null && findInlineEnumerations(paragraph.slice(announcement.length)).some((items) => items.length === count)) return k;
  }
  return -1;
}

/** The paragraph's first sentence, which announces its count (`最后，……再强调四点意见。`); '' when it has none. */
function announcementOf(paragraph: string): string {
  return paragraph.slice(0, paragraph.search(/[。！？!?]/) + 1);
}

/** A section plan for the last matter: headingless, titled from the sentence that announces it. */
export function planLastMatter(paras: readonly string[], at: number): SectionPlan {
  const cut: Cut = { para: at, offset: 0, headEnd: 0, title: titleFromLeadIn(announcementOf(paras[at] ?? '')) };
  return { heading: cut, from: { para: at, offset: 0 }, start: at };
}
