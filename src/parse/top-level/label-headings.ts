/**
 * Labelled paragraphs as the top level (`思想建设方面：……` / `坚持党建引领——`), for a short report
 * whose parts carry such labels and no numbering; where numbering is there, it outweighs them.
 */

import { findLabelCuts } from '../label-paragraphs.js';
import { planFromCuts } from '../segments.js';
import { candidate, type BodyView, type TopLevelCandidate } from './candidate.js';

export function proposeLabelHeadings(view: BodyView): TopLevelCandidate[] {
  const cuts = findLabelCuts(view.paras, view.indices);
  return cuts.length >= 2 ? [candidate('label-headings', planFromCuts(cuts))] : [];
}
