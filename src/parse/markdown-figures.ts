/**
 * Figures for an outline read from Markdown. They are recomputed from the text rather than stored in
 * the file, so an edited outline (a masked `*%` filled in, a sentence rewritten) gets figures that
 * match what it now says. `findOutlineFigures` is the one `parseReport` uses, which is what makes
 * outline → Markdown → outline give back the same figures (the corpus round-trip test guards this).
 */
import { describeMaskedFigures } from './find-figures.js';
import type { Figure, OutlineWarning } from './outline.js';

export { findOutlineFigures } from './find-figures.js';

export const MASKED_FIGURES_CODE = 'masked-figures';

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
