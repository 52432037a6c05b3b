/**
 * The content layouts as data: name, how many points a slide of it holds, and the function that
 * places them. Adding a layout is one name in `contentLayoutNames` (theme-constants.ts), one entry
 * here (the compiler insists), one rule in layout-rules.ts and one test.
 */
import { contentLayoutNames, type ContentLayoutName } from '../themes/theme-constants.js';
import type { Shape } from './deck-plan.js';
import type { ComposeContext } from './compose-context.js';
import type { ContentSource } from './layouts/content-source.js';
import { composeCards, composeColumns, composeLeadKey, composeMatrix, composePointItems, composeRows, composeStatement } from './layouts/content-layouts.js';

export interface ContentLayout {
  readonly name: ContentLayoutName;
  /** Chinese description, shown in theme docs. */
  readonly label: string;
  /** Points a slide of this layout holds. */
  readonly points: { readonly min: number; readonly max: number };
  readonly compose: (context: ComposeContext, source: ContentSource) => Shape[] | null;
}

const CATALOGUE: { readonly [name in ContentLayoutName]: Omit<ContentLayout, 'name'> } = {
  'lead-key': { label: '要点句：无分点的段落，突出关键句', points: { min: 0, max: 0 }, compose: composeLeadKey },
  statement: { label: '单一要点：大字标题加关键短语', points: { min: 1, max: 1 }, compose: composeStatement },
  'point-items': { label: '单一要点及其小项：要点标题在上，小项逐行排列', points: { min: 1, max: 1 }, compose: composePointItems },
  cards: { label: '卡片：2–4 个要点并排', points: { min: 2, max: 4 }, compose: composeCards },
  matrix: { label: '田字格：4 个要点两行两列', points: { min: 4, max: 4 }, compose: composeMatrix },
  rows: { label: '编号行：3–6 个要点逐行排列', points: { min: 3, max: 6 }, compose: composeRows },
  columns: { label: '双栏：5–10 个要点分两栏', points: { min: 5, max: 10 }, compose: composeColumns },
};

export const CONTENT_LAYOUTS: readonly ContentLayout[] = contentLayoutNames.map((name) => ({ name, ...CATALOGUE[name] }));

export function findContentLayout(name: ContentLayoutName): ContentLayout {
  return { name, ...CATALOGUE[name] };
}
