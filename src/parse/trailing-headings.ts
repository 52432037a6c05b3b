/**
 * Unnumbered heading lines after the last numbered point (`（三）惠民生`, then `加强政府自身建设` on
 * a line of its own with body text after it): sources often leave a last point of another kind
 * unnumbered (the government's own conduct after its tasks). They count only when the numbered
 * points are heading lines of their own too, so a line like them is their sibling.
 */

import { cutAtParagraph, type Cut } from './segments.js';
import { isBareHeading, isTextAfterHeading } from './top-level/bare-headings.js';

/** At most this many unnumbered points may follow a numbered series. */
const MAX_TRAILING = 3;

export function findTrailingHeadings(paras: readonly string[], marked: readonly Cut[], full: readonly number[]): Cut[] {
  const last = marked[marked.length - 1];
  if (last === undefined || marked.length < 2) return [];
  const headingLines = marked.every((cut) => cut.offset === 0 && cut.headEnd >= (paras[cut.para] ?? '').trim().length);
  if (!headingLines) return [];
  const found = full.filter((k, i) => {
    const next = full[i + 1];
    return k > last.para && next !== undefined && isBareHeading(paras[k] ?? '') && isTextAfterHeading(paras[next] ?? '');
  });
  return found.length <= MAX_TRAILING ? found.map((k) => cutAtParagraph(paras, k, 'bare')) : [];
}
