/**
 * Which content layout a slide gets: an ordered rule list over the shape of what it shows. The
 * first rule whose layout fits wins; a theme may put layouts first (`layouts.prefer`) or switch
 * them off (`layouts.disable`).
 */
import type { ContentLayoutName, Theme } from '../themes/theme-schema.js';
import { findContentLayout, type ContentLayout } from './layout-catalogue.js';

export interface SectionShape {
  /** Points on the slide. */
  readonly points: number;
  /** Third-level items of those points shown on the slide. */
  readonly items: number;
}

export interface LayoutRule {
  readonly layout: ContentLayoutName;
  readonly when: (shape: SectionShape) => boolean;
}

export const LAYOUT_RULES: readonly LayoutRule[] = [
  { layout: 'lead-key', when: (shape) => shape.points === 0 },
  // A point with items of its own shows them as rows under its heading; without, as key phrases.
  { layout: 'point-items', when: (shape) => shape.points === 1 && shape.items > 0 },
  { layout: 'statement', when: (shape) => shape.points === 1 },
  // Four points read as a two-by-two matrix; four cards side by side set bullets 8–10 characters a line.
  { layout: 'matrix', when: (shape) => shape.points === 4 },
  { layout: 'cards', when: (shape) => shape.points >= 2 && shape.points <= 4 },
  { layout: 'rows', when: (shape) => shape.points >= 3 && shape.points <= 6 },
  { layout: 'columns', when: (shape) => shape.points >= 5 && shape.points <= 10 },
];

/** Layouts to try for a slide of this shape, best first. */
export function candidateLayouts(shape: SectionShape, theme: Theme): ContentLayout[] {
  const preferred = theme.layouts.prefer;
  const rank = (name: ContentLayoutName): number => {
    const index = preferred.indexOf(name);
    return index === -1 ? preferred.length : index;
  };
  return LAYOUT_RULES.filter((rule) => rule.when(shape) && !theme.layouts.disable.includes(rule.layout))
    .map((rule, order) => ({ rule, order }))
    .sort((a, b) => rank(a.rule.layout) - rank(b.rule.layout) || a.order - b.order)
    .map(({ rule }) => findContentLayout(rule.layout));
}
