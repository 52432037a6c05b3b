/**
 * Content that does not fit one slide flows onto （续） slides instead of shrinking below the
 * theme's minimum. Points are never split; a section's points are spread evenly over as few
 * slides as hold them.
 */
import type { Theme } from '../themes/theme-schema.js';
import type { Shape } from './deck-plan.js';
import type { ComposeContext } from './compose-context.js';
import { CONTENT_LAYOUTS, type ContentLayout } from './layout-catalogue.js';
import { candidateLayouts } from './layout-rules.js';
import type { ContentPoint, ContentSource } from './layouts/content-source.js';

export interface ComposedPage {
  readonly layout: string;
  readonly points: readonly ContentPoint[];
  readonly shapes: Shape[];
}

function layoutsFor(count: number, theme: Theme): ContentLayout[] {
  const chosen = candidateLayouts({ points: count }, theme);
  if (chosen.length > 0) return chosen;
  // Every layout for this count switched off by the theme: fall back rather than drop content.
  return CONTENT_LAYOUTS.filter((layout) => count >= layout.points.min && count <= layout.points.max);
}

function composeOne(context: ComposeContext, source: ContentSource): ComposedPage | null {
  for (const layout of layoutsFor(source.points.length, context.theme)) {
    const shapes = layout.compose(context, source);
    if (shapes !== null) return { layout: layout.name, points: source.points, shapes };
  }
  return null;
}

/** Largest number of leading points that one slide holds (at least 1). */
function capacity(context: ComposeContext, source: ContentSource): number {
  for (let count = source.points.length - 1; count > 1; count -= 1) {
    if (composeOne(context, { ...source, points: source.points.slice(0, count) }) !== null) return count;
  }
  return 1;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * The pages of one section. A single point too long even for the statement layout is still
 * placed (its phrases are capped in length, so this only happens with absurd headings) by
 * falling back to its heading alone.
 */
export function paginateSection(context: ComposeContext, source: ContentSource): ComposedPage[] {
  const whole = composeOne(context, source);
  if (whole !== null) return [whole];
  if (source.points.length <= 1) {
    const bare = composeOne(context, { ...source, lead: '', points: source.points.map((point) => ({ ...point, body: '' })) });
    return bare === null ? [] : [bare];
  }
  const perSlide = capacity(context, source);
  const slides = Math.ceil(source.points.length / perSlide);
  const evenSize = Math.ceil(source.points.length / slides);
  const pages: ComposedPage[] = [];
  for (const points of chunk(source.points, evenSize)) {
    const page = composeOne(context, { ...source, points });
    if (page !== null) pages.push(page);
    else pages.push(...chunk(points, 1).flatMap((single) => paginateSection(context, { ...source, points: single })));
  }
  return pages;
}
