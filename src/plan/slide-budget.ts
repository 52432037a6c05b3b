/**
 * The slide budget: how many content slides each section gets. The deck's length follows the
 * report's length (characters per content slide, by detail level); the content slides are shared
 * among the sections by weight (characters, plus a little for every point and item, which each
 * need room on a slide), the D'Hondt way: every section starts at the fewest slides that hold its
 * points, and each further slide goes to the section with the most weight per slide, until the
 * deck's length is reached or every section is fully spread out (each point on its own slide).
 * Pure arithmetic over measures the planner took; the plan keeps the result and its reasons.
 */

export const detailLevels = ['brief', 'standard', 'full'] as const;
export type DetailLevel = (typeof detailLevels)[number];

/** The Chinese names users may type for `--detail`. */
export const DETAIL_ALIASES: Readonly<Record<string, DetailLevel>> = { 简要: 'brief', 标准: 'standard', 详细: 'full' };

export function parseDetailLevel(value: string): DetailLevel | null {
  const trimmed = value.trim();
  if ((detailLevels as readonly string[]).includes(trimmed)) return trimmed as DetailLevel;
  return DETAIL_ALIASES[trimmed] ?? null;
}

/**
 * Characters of source text one content slide stands for, by detail level. Standard: a
 * 15,000-character work report gets about 18–20 content slides (with cover, agenda, overview,
 * dividers and closing, 25–30 slides); a 2,000-character speech stays at one slide per part.
 */
const CHARS_PER_SLIDE: Readonly<Record<DetailLevel, number>> = { brief: 1600, standard: 800, full: 450 };

/** Most content slides a deck is stretched to (more only when its points need them). */
const MOST_SLIDES: Readonly<Record<DetailLevel, number>> = { brief: 30, standard: 60, full: 120 };

/** Weight a point and an item add beside their characters: each needs its own room on a slide. */
const POINT_WEIGHT = 60;
const ITEM_WEIGHT = 30;

export interface SectionMeasure {
  readonly title: string;
  /** Characters of the section's source text (headings, lead, points, items, body, tables). */
  readonly characters: number;
  readonly points: number;
  readonly items: number;
  /** Content slides when packed as tightly as the layouts allow. */
  readonly minSlides: number;
  /** Content slides when every point has its own slide (with its items). */
  readonly maxSlides: number;
}

/** compact: as few slides as hold the points; grouped: runs of points; expanded: a slide per point. */
export type SectionMode = 'compact' | 'grouped' | 'expanded';

export interface SectionBudget extends SectionMeasure {
  /** Share of all sections' characters (0–1). */
  readonly share: number;
  readonly weight: number;
  /** Content slides given to the section. */
  readonly slides: number;
  readonly mode: SectionMode;
  /** Why, in Chinese, for `huibao plan` and the tests. */
  readonly reason: string;
}

export interface DeckBudget {
  readonly detail: DetailLevel;
  /** Characters in all sections. */
  readonly characters: number;
  /** Content slides the deck's length asks for (before the sections' own limits). */
  readonly target: number;
  readonly sections: readonly SectionBudget[];
}

function weightOf(measure: SectionMeasure): number {
  return measure.characters + POINT_WEIGHT * measure.points + ITEM_WEIGHT * measure.items;
}

function modeOf(measure: SectionMeasure, slides: number): SectionMode {
  if (slides <= measure.minSlides) return 'compact';
  if (slides >= measure.maxSlides) return 'expanded';
  return 'grouped';
}

function reasonOf(measure: SectionMeasure, share: number, slides: number, mode: SectionMode): string {
  const size = `占各部分正文的 ${Math.round(share * 100)}%（${measure.characters} 字，${measure.points} 个要点，${measure.items} 个小项）`;
  if (measure.minSlides === measure.maxSlides) return `${size}，内容排 ${slides} 页正好`;
  if (mode === 'compact') return `${size}，按篇幅只需最少的 ${slides} 页，要点合并排版`;
  if (mode === 'expanded') return `${size}，篇幅足够，${measure.points > 0 ? '每个要点单独成页' : '按段落分'}共 ${slides} 页`;
  return `${size}，按篇幅比例分得 ${slides} 页（最少 ${measure.minSlides} 页，最多 ${measure.maxSlides} 页），${measure.points > 0 ? '要点分组排版' : '按段落分页'}`;
}

/** A section holding at least this share of the text… */
const LARGE_SHARE = 0.15;
/** …gets at least this fraction of its share of the content slides while it can still grow. */
const FAIR_FRACTION = 0.75;

/**
 * Every section's minimum of one slide can squeeze a large section of a short report below its
 * share (four parts of one slide each when one holds 40 % of the text), and a large section whose
 * points are all on slides of their own cannot grow further. Such a section gets more slides as
 * far as it has content for them; when it has none left, the section furthest above its own
 * share gives one back. `slides` is updated in place.
 */
function balanceShares(measures: readonly SectionMeasure[], slides: number[], characters: number): void {
  const shares = measures.map((measure) => (characters === 0 ? 0 : measure.characters / characters));
  // Each step adds a slide to a short section (bounded by its maximum) or removes one from a donor
  // (bounded by its minimum); the bound on steps is only a guard.
  for (let step = 0; step < 10_000; step += 1) {
    const total = slides.reduce((sum, count) => sum + count, 0);
    const short = measures.findIndex((_, index) => (shares[index] ?? 0) >= LARGE_SHARE && (slides[index] ?? 0) < FAIR_FRACTION * (shares[index] ?? 0) * total);
    if (short === -1) return;
    if ((slides[short] ?? 0) < (measures[short]?.maxSlides ?? 0)) {
      slides[short] = (slides[short] ?? 0) + 1;
      continue;
    }
    // A donor keeps its own fair share after giving, so it never turns short itself.
    let donor = -1;
    let surplus = 0;
    measures.forEach((measure, index) => {
      const count = slides[index] ?? 0;
      if (index === short || count <= measure.minSlides) return;
      const over = count / total - (shares[index] ?? 0);
      const keepsFair = (shares[index] ?? 0) < LARGE_SHARE || count - 1 >= FAIR_FRACTION * (shares[index] ?? 0) * (total - 1);
      if (over > surplus && keepsFair) {
        donor = index;
        surplus = over;
      }
    });
    if (donor === -1) return;
    slides[donor] = (slides[donor] ?? 0) - 1;
  }
}

/** Content slides per section for a report of these sections at this detail level. */
export function allocateSlides(measures: readonly SectionMeasure[], detail: DetailLevel): DeckBudget {
  const characters = measures.reduce((sum, measure) => sum + measure.characters, 0);
  const target = Math.min(MOST_SLIDES[detail], Math.round(characters / CHARS_PER_SLIDE[detail]));
  const slides = measures.map((measure) => measure.minSlides);
  const weights = measures.map(weightOf);
  const allWeight = weights.reduce((sum, weight) => sum + weight, 0);
  // No section grows past its proportional share of the deck: when the big sections are fully
  // spread out, the small ones do not take the rest of the length.
  const caps = measures.map((measure, index) =>
    Math.max(measure.minSlides, Math.min(measure.maxSlides, Math.ceil((allWeight === 0 ? 0 : (weights[index] ?? 0) / allWeight) * target))),
  );
  let total = slides.reduce((sum, count) => sum + count, 0);
  while (total < target) {
    let best = -1;
    let bestQuotient = 0;
    measures.forEach((measure, index) => {
      const current = slides[index] ?? 0;
      if (current >= (caps[index] ?? measure.maxSlides)) return;
      const quotient = (weights[index] ?? 0) / (current + 1);
      if (quotient > bestQuotient) {
        best = index;
        bestQuotient = quotient;
      }
    });
    if (best === -1) break;
    slides[best] = (slides[best] ?? 0) + 1;
    total += 1;
  }
  balanceShares(measures, slides, characters);
  const sections = measures.map((measure, index): SectionBudget => {
    const count = slides[index] ?? measure.minSlides;
    const share = characters === 0 ? 0 : measure.characters / characters;
    const mode = modeOf(measure, count);
    return {
      ...measure,
      share: Math.round(share * 1000) / 1000,
      weight: weights[index] ?? 0,
      slides: count,
      mode,
      reason: reasonOf(measure, share, count, mode),
    };
  });
  return { detail, characters, target, sections };
}
