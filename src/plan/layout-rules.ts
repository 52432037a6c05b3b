/**
 * Which content layout a section gets: an ordered rule list over the section's shape. The first
 * rule whose layout fits wins; a theme may put layouts first (`layouts.prefer`) or switch them
 * off (`layouts.disable`).
 */
import type { Theme } from '../themes/theme-schema.js';
import { CONTENT_LAYOUTS, type ContentLayout } from './layout-catalogue.js';

export interface SectionShape {
  readonly points: number;
}

export interface LayoutRule {
  readonly layout: string;
  readonly when: (shape: SectionShape) => boolean;
}

export const LAYOUT_RULES: readonly LayoutRule[] = [
  { layout: 'lead-key', when: (shape) => shape.points === 0 },
  { layout: 'statement', when: (shape) => shape.points === 1 },
  { layout: 'cards', when: (shape) => shape.points >= 2 && shape.points <= 4 },
  { layout: 'rows', when: (shape) => shape.points >= 3 && shape.points <= 6 },
  { layout: 'columns', when: (shape) => shape.points >= 5 && shape.points <= 10 },
];

/** Layouts to try for a section of this shape, best first. */
export function candidateLayouts(shape: SectionShape, theme: Theme): ContentLayout[] {
  const preferred = theme.layouts.prefer;
  const rank = (name: string): number => {
    const index = preferred.indexOf(name);
    return index === -1 ? preferred.length : index;
  };
  return LAYOUT_RULES.filter((rule) => rule.when(shape) && !theme.layouts.disable.includes(rule.layout))
    .map((rule, order) => ({ rule, order }))
    .sort((a, b) => rank(a.rule.layout) - rank(b.rule.layout) || a.order - b.order)
    .map(({ rule }) => CONTENT_LAYOUTS.find((layout) => layout.name === rule.layout))
    .filter((layout): layout is ContentLayout => layout !== undefined);
}
