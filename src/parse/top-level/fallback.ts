/**
 * No structure found: the outline then has no sections, its whole body is the opening, and it
 * carries a `no-structure` warning. (The deck still gets pages of the paragraphs: that is the
 * plan's choice, src/plan/paragraph-pages.ts. Parts made up from paragraphs here would claim a
 * structure the text does not have, and a reader who opens the outline would take them for one.)
 */

import { candidate, type TopLevelCandidate } from './candidate.js';

export function proposeParagraphs(): TopLevelCandidate[] {
  return [candidate('paragraphs', [], { structured: false })];
}
