/**
 * No structure found: sections made from paragraphs (about eight), so a deck can still be made;
 * the outline then carries a `no-structure` warning.
 */

import { titleFromHeading } from '../detect-markers.js';
import { isTableLine, type Cut, type SectionPlan } from '../segments.js';
import { firstSentenceLength } from '../split-sentences.js';
import { startsWithAddress } from '../theme-sentences.js';
import { candidate, type BodyView, type TopLevelCandidate } from './candidate.js';

/** A paragraph ending on a greeting or thanks to those present (`……致以最诚挚的问候！`). */
const WELCOME = /(问候|欢迎|祝贺|感谢|谢意|敬意)[^。！？!?]{0,6}[！!。]$/u;
/** Fewest paragraphs before a welcome and a closing call are set apart from the parts. */
const MIN_FRAMED = 4;

function planFallback(paras: readonly string[], bodyStart: number, bodyEnd: number): SectionPlan[] {
  const indices: number[] = [];
  for (let k = bodyStart + 1; k < bodyEnd; k += 1) if (!isTableLine(paras[k] ?? '')) indices.push(k);
  if (indices.length === 0 && bodyStart < bodyEnd) indices.push(bodyStart);
  // A welcome that opens the talk and a call to the audience that ends it frame the parts; they are none.
  if (indices.length >= MIN_FRAMED && WELCOME.test(paras[indices[0] ?? 0] ?? '')) indices.shift();
  const last = paras[indices[indices.length - 1] ?? 0] ?? '';
  if (indices.length >= MIN_FRAMED && (startsWithAddress(last) || /^让我们/u.test(last))) indices.pop();
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
