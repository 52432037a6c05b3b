/**
 * Figures for an outline read from Markdown. They are recomputed from the text rather than stored in
 * the file, so an edited outline (a masked `*%` filled in, a sentence rewritten) gets figures that
 * match what it now says. The sources and ranking mirror `parseReport` exactly, which is what makes
 * outline → Markdown → outline give back the same figures (the corpus round-trip test guards this).
 */
import { describeMaskedFigures, findFigures, rankFigures, type FigureSource } from './find-figures.js';
import type { Figure, OutlineWarning, Section } from './outline.js';

export const MASKED_FIGURES_CODE = 'masked-figures';

export function findOutlineFigures(opening: string, sections: readonly Section[]): Figure[] {
  const sources: FigureSource[] = [{ text: opening, where: 'opening' }];
  sections.forEach((section, index) => {
    const pointText = section.points.map((point) => `${point.heading}\n${point.body}`).join('\n');
    sources.push({ text: [section.heading, section.lead, pointText, section.body].join('\n'), where: index });
  });
  return rankFigures(findFigures(sources));
}

/**
 * The masked-figures warning follows the figures: kept in its place (with an updated message) while
 * masked figures remain, removed once they are all filled in, appended when new ones appear.
 */
export function updateMaskedWarning(warnings: readonly OutlineWarning[], figures: readonly Figure[]): OutlineWarning[] {
  const message = describeMaskedFigures(figures);
  const updated = warnings.flatMap((warning) =>
    warning.code !== MASKED_FIGURES_CODE ? [warning] : message === null ? [] : [{ code: MASKED_FIGURES_CODE, message }],
  );
  if (message !== null && !updated.some((warning) => warning.code === MASKED_FIGURES_CODE)) {
    updated.push({ code: MASKED_FIGURES_CODE, message });
  }
  return updated;
}
