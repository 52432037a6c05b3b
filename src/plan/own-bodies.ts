/**
 * A slide shows what a point (or an item) says, from its own text. In a run of siblings that each
 * take one paragraph, the outline gives the last one everything up to the next heading: a
 * transition (`全面完成今年的各项任务，……` before the `（一）` points), a review of the whole part
 * (`随着2020年工作的完成，……`), the speaker's closing (`今后，……`). Its bullets taken from there say
 * something the point does not. The notes keep that text; the slide shows the member's own
 * paragraph, as its siblings' slides do.
 */

import { detectMarker } from '../parse/detect-markers.js';
import { DASH_OPENING } from '../parse/dashes.js';

/** Siblings of a run, besides the last, that must each be one paragraph for the rule to hold. */
const MIN_ONE_PARAGRAPH_SIBLINGS = 2;

/** What kind of heading a member has: its numbering kind, a dash, or none. */
function headingKind(heading: string): string {
  return detectMarker(heading)?.kind ?? (DASH_OPENING.test(heading) ? 'dash' : 'plain');
}

const paragraphsOf = (body: string): string[] => body.split('\n').filter((line) => line.trim() !== '');

interface Member {
  readonly heading: string;
  /** The text after the heading (before the items, when there are some). */
  readonly body: string;
  /** A point's own items: a member with items spans more than its body, and its body is never cut. */
  readonly items?: readonly unknown[];
}

/** How many paragraphs the member spans, counting any items as more than one. */
const extentOf = (member: Member): number => paragraphsOf(member.body).length + ((member.items?.length ?? 0) > 0 ? 2 : 0);

/**
 * The bodies to show for members with these headings and bodies (in order): each run of members
 * headed alike whose members but the last are one paragraph each gets its last member cut to its
 * first paragraph; every other body is returned as it is.
 */
export function ownBodies(members: readonly Member[]): string[] {
  const shown = members.map((member) => member.body);
  let start = 0;
  while (start < members.length) {
    const kind = headingKind(members[start]?.heading ?? '');
    let end = start + 1;
    while (end < members.length && headingKind(members[end]?.heading ?? '') === kind) end += 1;
    const before = members.slice(start, end - 1);
    const last = members[end - 1];
    const lastParagraphs = paragraphsOf(last?.body ?? '');
    const hasItems = (last?.items?.length ?? 0) > 0;
    if (before.length >= MIN_ONE_PARAGRAPH_SIBLINGS && before.every((member) => extentOf(member) === 1) && lastParagraphs.length > 1 && !hasItems) {
      shown[end - 1] = lastParagraphs[0] ?? '';
    }
    start = end;
  }
  return shown;
}
