/**
 * Standalone lead lines: a point whose sub-themes are short sentences on lines of their own, each
 * followed by its body paragraph (`经济结构调整深入推进。` then 300 characters on it, then
 * `生态环境保护得到加强。` and its body), as government reports often write the third level under
 * a `（一）`. The lines need not share any wording (the parallel-sentence rules in
 * `theme-sentences.ts` take those that do); what marks them is the shape of the run:
 * - each line is one short sentence (at most MAX_LINE characters, ending in `。`, no inner `。！？；：`),
 *   unnumbered, no address to the audience, no aside in brackets, not opening with a quotation, no
 *   word pointing back (`这是……`, which needs the sentence before it), none announcing what follows;
 * - each is followed by a body paragraph at least BODY_RATIO times its length, which is no such line;
 * - two or more of them, apart by at most MAX_GAP body paragraphs, and the first within
 *   MAX_BEFORE paragraphs of the point's start: a line deep inside running prose is a remark there
 *   (`成绩来之不易。`), not a sub-theme.
 * A short closing line has no body after it and is never taken.
 */

import { detectMarker } from './detect-markers.js';
import { isTableLine } from './segments.js';
import { isAsideLine } from './front-matter.js';
import { ANNOUNCES_LIST, pointsBack } from './shared-wording.js';
import { startsWithAddress } from './theme-sentences.js';

/** Longest line read as a lead line; longer one-sentence paragraphs are prose. */
const MAX_LINE = 30;
/** The body after a lead line is at least this many times as long as the line. */
const BODY_RATIO = 5;
/** At most this many body paragraphs between two lead lines of a run. */
const MAX_GAP = 3;
/** At most this many paragraphs of the point's own text before its first lead line. */
const MAX_BEFORE = 2;

/** True for a paragraph that is one short plain sentence standing alone. */
function isShortSentenceLine(paragraph: string): boolean {
  const body = paragraph.replace(/。$/u, '');
  return (
    body.length >= 4 &&
    body.length <= MAX_LINE &&
    paragraph.endsWith('。') &&
    !/[。！？!?；;：:]/u.test(body) &&
    detectMarker(paragraph) === null &&
    !startsWithAddress(paragraph) &&
    !isAsideLine(paragraph) &&
    // A line that opens with a quotation is a saying; a quoted name inside (`实施“五大惠民工程”`) is not.
    !/^[“"「『]/u.test(body) &&
    !pointsBack(body) &&
    !ANNOUNCES_LIST.test(body) &&
    !isTableLine(paragraph)
  );
}

/**
 * Indices (into `paragraphs`, a point's own paragraphs in order) of its standalone lead lines, or
 * an empty list when they do not form a run of two or more.
 */
export function findStandaloneLeadLines(paragraphs: readonly string[]): number[] {
  const isLine = paragraphs.map(isShortSentenceLine);
  const leads = paragraphs.flatMap((paragraph, k) => {
    const next = paragraphs[k + 1];
    const hasBody = isLine[k] === true && next !== undefined && isLine[k + 1] !== true && next.length >= paragraph.length * BODY_RATIO;
    return hasBody ? [k] : [];
  });
  const first = leads[0];
  if (leads.length < 2 || first === undefined || first > MAX_BEFORE) return [];
  // Every short line between the first and last lead must itself be a lead: a stray one means the
  // short lines are not one level of the text.
  const last = leads[leads.length - 1] ?? first;
  if (isLine.some((line, k) => line && k > first && k < last && !leads.includes(k))) return [];
  return leads.every((k, i) => i === 0 || k - (leads[i - 1] ?? 0) - 1 <= MAX_GAP) ? leads : [];
}
