/**
 * Sub-heading labels without numbering: a paragraph that opens with a `××方面：` label
 * (`思想建设方面：加强理论学习……`), or a short line of its own ending in a dash (`坚持党建引领——`)
 * with the body after it. Two or more of one kind in a part are its points.
 */

import { detectMarker, titleFromHeading } from './detect-markers.js';
import type { Cut } from './segments.js';
import { DOUBLE_DASH } from './dashes.js';

/** `思想建设方面：` — a label of a few words, not `一方面`/`另一方面`/`这方面` of running prose. */
const ASPECT = /^([^，。；：！？、“”‘’（）()\s]{2,14}?方面)[：:]/u;
const NOT_A_LABEL = /^(一|另一|这|那|此|其|各|多|两|诸|有关|其他|其它|许多|很多|某些)[^，。]{0,2}方面/u;
/** `坚持党建引领——` on a line of its own. */
const DASH_LINE = new RegExp(`^[^。；;！？!?：:]{2,24}(?:${DOUBLE_DASH}|—|―)$`, 'u');

export type LabelKind = 'aspect' | 'dash';

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
  return null;
}

/** The label's title: its words without the colon or the dash. */
export function labelTitle(label: string): string {
  return titleFromHeading(label.replace(/[—]+$/u, ''));
}

/**
 * Cuts for the labelled paragraphs among `paras[indices]`: two or more labels of the kind that
 * occurs most, each dash label followed by its body text.
 */
export function findLabelCuts(paras: readonly string[], indices: readonly number[]): Cut[] {
  const found = indices.flatMap((para, i) => {
    const label = readLabel(paras[para] ?? '');
    if (label === null) return [];
    if (label.kind === 'dash' && (indices[i + 1] === undefined || readLabel(paras[indices[i + 1] ?? 0] ?? '') !== null)) return [];
    return [{ para, label }];
  });
  const ofKind = (kind: LabelKind): typeof found => found.filter((item) => item.label.kind === kind);
  const aspects = ofKind('aspect');
  const dashes = ofKind('dash');
  const chosen = aspects.length >= dashes.length ? aspects : dashes;
  if (chosen.length < 2) return [];
  return chosen.map(({ para, label }) => {
    const text = paras[para] ?? '';
    return { para, offset: 0, headEnd: label.length, title: labelTitle(text.slice(0, label.length)) };
  });
}
