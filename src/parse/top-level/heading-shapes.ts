/**
 * Sibling headings are written alike. Among unnumbered heading lines, one that ends in a dash
 * (`中国特色现代企业制度不断完善——`) is a lead-in to the text under it, the sub-heading label of
 * `label-paragraphs.ts`; a plain line (`纵深推进国企改革`) names a part. So when both shapes stand
 * alone in one body, the dash lines are the level below: the points of the plain heading before
 * them, found there as labels. Dash lines alone can still be the top level (`label-headings`).
 */

import { detectMarker } from '../detect-markers.js';
import { labelTitle } from '../label-paragraphs.js';
import { cutAtParagraph, type Cut, type SectionPlan } from '../segments.js';

/** `……——` (or a single `—`) closing the line. */
export function endsInDash(line: string): boolean {
  return /—$/u.test(line.trim());
}

/** A heading line's cut; a dash line is titled as the label it is, without its dash. */
export function headingLineCut(paras: readonly string[], para: number): Cut {
  const cut = cutAtParagraph(paras, para, 'bare');
  const line = paras[para] ?? '';
  return endsInDash(line) ? { ...cut, title: labelTitle(line.trim()) } : cut;
}

/**
 * The plain heading lines among `lines` (paragraph positions) when the rest are dash lines that
 * each come after a plain one, so every dash line has a heading to sit under; null when the
 * lines are all of one shape, a dash line comes first, or fewer than two plain lines remain.
 */
export function plainOverDash(paras: readonly string[], lines: readonly number[]): number[] | null {
  const plain = lines.filter((k) => !endsInDash(paras[k] ?? ''));
  const first = plain[0];
  if (first === undefined || plain.length < 2 || plain.length === lines.length) return null;
  return lines.some((k) => k < first) ? null : plain;
}

/**
 * Whether a candidate's unnumbered whole-line headings mix the two shapes. Numbered headings are
 * left out: their numbers already say they are siblings, whatever their wording.
 */
export function mixesHeadingShapes(paras: readonly string[], plans: readonly SectionPlan[]): boolean {
  const lines = plans
    .map((plan) => plan.heading)
    .filter((cut) => {
      const line = (paras[cut.para] ?? '').trim();
      return cut.offset === 0 && cut.headEnd >= line.length && detectMarker(line) === null;
    })
    .map((cut) => endsInDash(paras[cut.para] ?? ''));
  return lines.includes(true) && lines.includes(false);
}
