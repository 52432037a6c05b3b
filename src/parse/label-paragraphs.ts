/**
 * Sub-heading labels without numbering: a paragraph that opens with a `××方面：` label
 * (`思想建设方面：加强理论学习……`), a short line of its own ending in a dash (`坚持党建引领——`) or
 * opening with one (`——疫情防控取得阶段性胜利`) with the body after it, or a run-in heading set
 * apart by a space (`高新技术产业迅速发展 实行……`). Two or more of one kind in a part are its
 * points (three run-in headings).
 */

import { detectMarker, titleFromHeading } from './detect-markers.js';
import type { Cut } from './segments.js';
import { DOUBLE_DASH } from './dashes.js';
import { firstSentenceLength } from './split-sentences.js';

/** `思想建设方面：` — a label of a few words, not `一方面`/`另一方面`/`这方面` of running prose. */
const ASPECT = /^([^，。；：！？、“”‘’（）()\s]{2,14}?方面)[：:]/u;
const NOT_A_LABEL = /^(一|另一|这|那|此|其|各|多|两|诸|有关|其他|其它|许多|很多|某些)[^，。]{0,2}方面/u;
/** `坚持党建引领——` on a line of its own. */
const DASH_LINE = new RegExp(`^[^。；;！？!?：:]{2,24}(?:${DOUBLE_DASH}|—|―)$`, 'u');

/** `——疫情防控取得阶段性胜利` on a line of its own: a dash list mark before a heading with no stop. */
const DASH_HEADING = new RegExp(`^(?:${DOUBLE_DASH})[^。；;！？!?：:]{4,30}$`, 'u');

/**
 * `高新技术产业迅速发展 实行各项扶持政策，……`: a run-in heading (bold on the page) kept apart from
 * its body only by a space once the formatting is gone. The body must be prose (a sentence of 40
 * characters or more), so that a name line (`市长 李豆罗`) or a table row is never one, and no
 * figure follows the space (`投资突破 400亿元。`: a space some sources put before numbers).
 */
const SPACED_HEADING = /^([^\s，。；：！？、,.;:!?“”‘’（）()《》]{4,20})[ \u3000]+(?=[^\s\d０-９])/u;
const MIN_SPACED_BODY = 40;
/** A run-in heading before a space is a weaker sign than a mark: a part needs this many. */
const MIN_SPACED = 3;

/**
 * `《专业技术岗位聘任管理办法》：坚持……。`: a paragraph opening with the names of the documents it
 * is about, then a colon: a summary of rules revised or issued, one paragraph per document.
 */
const DOCUMENT_LABEL = /^(?:《[^《》]{2,40}》){1,3}[：:]/u;

export type LabelKind = 'aspect' | 'dash' | 'dash-heading' | 'spaced' | 'document';

export interface Label {
  readonly kind: LabelKind;
  /** Characters of the paragraph that are the label (the whole line for a dash label). */
  readonly length: number;
}

/** The label a paragraph opens with, or null. */
export function readLabel(paragraph: string): Label | null {
  if (detectMarker(paragraph) !== null) return null;
  const aspect = ASPECT.exec(paragraph);
  if (aspect !== null && !NOT_A_LABEL.test(paragraph) && paragraph.length > aspect[0].length) return { kind: 'aspect', length: aspect[0].length };
  if (DASH_LINE.test(paragraph) && !/^[—―─]/u.test(paragraph)) return { kind: 'dash', length: paragraph.length };
  // The document's name names the point only with what the paragraph says of it: its first sentence.
  const document = DOCUMENT_LABEL.exec(paragraph);
  if (document !== null && paragraph.length > document[0].length) return { kind: 'document', length: firstSentenceLength(paragraph) };
  if (DASH_HEADING.test(paragraph)) return { kind: 'dash-heading', length: paragraph.length };
  const spaced = SPACED_HEADING.exec(paragraph);
  const body = spaced === null ? '' : paragraph.slice(spaced[0].length);
  if (spaced !== null && body.length >= MIN_SPACED_BODY && /[。！？]/u.test(body)) return { kind: 'spaced', length: (spaced[1] ?? '').length };
  return null;
}

/** True for a paragraph opening with the names of the documents it is about (`《……办法》：……`). */
export function isDocumentLabel(paragraph: string): boolean {
  return readLabel(paragraph)?.kind === 'document';
}

/** The label's title: its words without the colon or the dashes. */
export function labelTitle(label: string): string {
  return titleFromHeading(label.replace(/[—―]+$/u, ''));
}

/**
 * Cuts for the labelled paragraphs among `paras[indices]`: two or more labels of the kind that
 * occurs most, each dash label followed by its body text.
 */
export function findLabelCuts(paras: readonly string[], indices: readonly number[]): Cut[] {
  const found = indices.flatMap((para, i) => {
    const label = readLabel(paras[para] ?? '');
    if (label === null) return [];
    // A label on a line of its own needs its body on the next line.
    if ((label.kind === 'dash' || label.kind === 'dash-heading') && (indices[i + 1] === undefined || readLabel(paras[indices[i + 1] ?? 0] ?? '') !== null))
      return [];
    return [{ para, label }];
  });
  const ofKind = (kind: LabelKind): typeof found => found.filter((item) => item.label.kind === kind);
  const spaced = ofKind('spaced');
  const chosen = [ofKind('aspect'), ofKind('dash'), ofKind('dash-heading'), ofKind('document'), spaced.length >= MIN_SPACED ? spaced : []].reduce(
    (best, list) => (list.length > best.length ? list : best),
  );
  if (chosen.length < 2) return [];
  return chosen.map(({ para, label }) => {
    const text = paras[para] ?? '';
    return { para, offset: 0, headEnd: label.length, title: labelTitle(text.slice(0, label.length)) };
  });
}
