/**
 * Parallel theme paragraphs as the top level: paragraphs opening with sentences of one shape
 * (`这一年，我们的……。` ×5, `——刘少奇同志是……的光辉榜样。` ×5); a pair when no larger series is
 * there; or, when the wording is not shared, three or more consecutive paragraphs each opening
 * with a short plain lead sentence (`以更高政治站位把准前进方向。……`).
 */

import { cutsFromThemeGroup, planFromCuts } from '../segments.js';
import { findThemeParagraphGroups, type ThemeParagraph } from '../theme-sentences.js';
import { candidate, type BodyView, type TopLevelCandidate } from './candidate.js';

function largest(groups: readonly ThemeParagraph[][]): ThemeParagraph[] | null {
  return groups.reduce<ThemeParagraph[] | null>((best, group) => (best === null || group.length > best.length ? group : best), null);
}

/** A sentence's end (closing quotes or brackets may follow it). */
const SENTENCE_END = /[。！？!?][”’」』）)]*$/u;

/**
 * Two paragraphs are the weakest sign of parts there is; they count only when each opens with a
 * whole sentence or is a line of its own (`关于……一个班？` twice). Two paragraphs that merely open
 * with the same subject, their titles cut at a comma (`这个决议不但是领导机关内部的`, `2012年`), are
 * a speech going on, not two themes.
 */
function isWholeSentence(paragraph: string, headEnd: number): boolean {
  return headEnd >= paragraph.trimEnd().length || SENTENCE_END.test(paragraph.slice(0, headEnd).trimEnd());
}

export function proposeThemeParagraphs(view: BodyView): TopLevelCandidate[] {
  const { paras, indices } = view;
  const texts = indices.map((k) => paras[k] ?? '');
  const toPara = (index: number): number => indices[index] ?? 0;
  const proposals: TopLevelCandidate[] = [];
  const series = largest(view.themeGroups);
  if (series !== null) proposals.push(candidate('theme-paragraphs', planFromCuts(cutsFromThemeGroup(paras, series, toPara))));
  else {
    const pair = largest(findThemeParagraphGroups(texts, 2));
    const cuts = pair === null ? [] : cutsFromThemeGroup(paras, pair, toPara);
    if (cuts.length > 0 && cuts.every((cut) => isWholeSentence(paras[cut.para] ?? '', cut.headEnd)))
      proposals.push(candidate('theme-pairs', planFromCuts(cuts)));
  }
  const plain = largest(view.plainGroups);
  if (plain !== null) proposals.push(candidate('plain-theme-paragraphs', planFromCuts(cutsFromThemeGroup(paras, plain, toPara))));
  return proposals;
}
