/**
 * No structure found: sections made from paragraphs (about eight), so a deck can still be made;
 * the outline then carries a `no-structure` warning.
 */

import { titleFromHeading } from '../detect-markers.js';
import { isTableLine, type Cut, type SectionPlan } from '../segments.js';
import { firstSentenceLength } from '../split-sentences.js';
import { candidate, type BodyView, type TopLevelCandidate } from './candidate.js';

function planFallback(paras: readonly string[], bodyStart: number, bodyEnd: number): SectionPlan[] {
  const indices: number[] = [];
  for (let k = bodyStart + 1; k < bodyEnd; k += 1) if (!isTableLine(paras[k] ?? '')) indices.push(k);
  if (indices.length === 0 && bodyStart < bodyEnd) indices.push(bodyStart);
  const perSection = Math.max(1, Math.ceil(indices.length / 8));
  const plans: SectionPlan[] = [];
  for (let i = 0; i < indices.length; i += perSection) {
    const para = indices[i] ?? bodyStart;
    const text = paras[para] ?? '';
    const end = firstSentenceLength(text);
    const sentenceEnd = end < text.length || text.length <= 40 ? end : Math.min(text.length, 30);
    const cut: Cut = { para, offset: 0, headEnd: sentenceEnd, title: titleFromHeading(text.slice(0, sentenceEnd)) };
    plans.push({ heading: cut, from: { para, offset: sentenceEnd }, start: para });
  }
  return plans;
}

export function proposeParagraphs(view: BodyView): TopLevelCandidate[] {
  return [candidate('paragraphs', planFallback(view.paras, view.bodyStart, view.bodyEnd), { structured: false })];
}
