/**
 * Which figures become number cards: a few on the overview, a few per divider, none twice.
 * The parser ranks figures (growth rates and amounts before bare counts); this keeps that order.
 */
import type { Figure } from '../parse/outline.js';

/** Figure cards on the overview. */
const OVERVIEW_FIGURES = 4;
/** Figure cards on a divider. */
const SECTION_FIGURES = 3;

/**
 * Figures worth a number card on the overview: the opening's own, else the leading figure of each
 * section (the parser ranks them), so a report whose opening has no numbers still gets a few.
 */
export function pickOverviewFigures(figures: readonly Figure[]): Figure[] {
  const opening = figures.filter((figure) => figure.where === 'opening');
  const ordered = opening.length > 0 ? opening : firstPerSection(figures);
  const unique = new Map<string, Figure>();
  for (const figure of ordered) {
    const key = `${figure.label}|${figure.text}`;
    if (!unique.has(key)) unique.set(key, figure);
  }
  return [...unique.values()].slice(0, OVERVIEW_FIGURES);
}

function firstPerSection(figures: readonly Figure[]): Figure[] {
  const seen = new Set<Figure['where']>();
  return figures.filter((figure) => {
    if (seen.has(figure.where)) return false;
    seen.add(figure.where);
    return true;
  });
}

/** Figure cards on a divider: the section's first few distinct figures (the parser ranks them). */
export function pickSectionFigures(figures: readonly Figure[], sectionIndex: number, shown: ReadonlySet<Figure>): Figure[] {
  const unique = new Map<string, Figure>();
  for (const figure of figures) {
    if (figure.where === sectionIndex && !shown.has(figure) && !unique.has(figure.text)) unique.set(figure.text, figure);
  }
  return [...unique.values()].slice(0, SECTION_FIGURES);
}
