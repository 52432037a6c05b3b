/**
 * The content layouts as data: name, how many points a slide of it holds, and the function that
 * places them. Adding a layout is one entry here, one rule in layout-rules.ts and one test.
 */
import type { Shape } from './deck-plan.js';
import type { ComposeContext } from './compose-context.js';
import type { ContentSource } from './layouts/content-source.js';
import { composeCards, composeColumns, composeLeadKey, composeRows, composeStatement } from './layouts/content-layouts.js';

export interface ContentLayout {
  readonly name: string;
  /** Chinese description, shown by `huibao layouts` and in theme docs. */
  readonly label: string;
  /** Points a slide of this layout holds. */
  readonly points: { readonly min: number; readonly max: number };
  readonly compose: (context: ComposeContext, source: ContentSource) => Shape[] | null;
}

export const CONTENT_LAYOUTS: readonly ContentLayout[] = [
  { name: 'lead-key', label: '要点句：无分点的段落，突出关键句', points: { min: 0, max: 0 }, compose: composeLeadKey },
  { name: 'statement', label: '单一要点：大字标题加关键短语', points: { min: 1, max: 1 }, compose: composeStatement },
  { name: 'cards', label: '卡片：2–4 个要点并排', points: { min: 2, max: 4 }, compose: composeCards },
  { name: 'rows', label: '编号行：3–6 个要点逐行排列', points: { min: 3, max: 6 }, compose: composeRows },
  { name: 'columns', label: '双栏：5–10 个要点分两栏', points: { min: 5, max: 10 }, compose: composeColumns },
];

export function findContentLayout(name: string): ContentLayout | undefined {
  return CONTENT_LAYOUTS.find((layout) => layout.name === name);
}
