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

export function proposeThemeParagraphs(view: BodyView): TopLevelCandidate[] {
  const { paras, indices } = view;
  const texts = indices.map((k) => paras[k] ?? '');
  const toPara = (index: number): number => indices[index] ?? 0;
  const proposals: TopLevelCandidate[] = [];
  const series = largest(view.themeGroups);
  if (series !== null) proposals.push(candidate('theme-paragraphs', planFromCuts(cutsFromThemeGroup(paras, series, toPara))));
  else {
    const pair = largest(findThemeParagraphGroups(texts, 2));
    if (pair !== null) proposals.push(candidate('theme-pairs', planFromCuts(cutsFromThemeGroup(paras, pair, toPara))));
  }
  const plain = largest(view.plainGroups);
  if (plain !== null) proposals.push(candidate('plain-theme-paragraphs', planFromCuts(cutsFromThemeGroup(paras, plain, toPara))));
  return proposals;
}
