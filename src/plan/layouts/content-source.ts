/** The content a content layout places: some of one section's points (or its lead when it has none). */

/** A third-level item of a point, as a slide shows it. */
export interface ContentItem {
  readonly title: string;
  readonly body: string;
}

export interface ContentPoint {
  /** Position of the point in its section (0-based). */
  readonly index: number;
  /** Label shown in badges, e.g. `01`, `一` or `1` (see numbering.ts). */
  readonly label: string;
  readonly title: string;
  /** The point's text before its items; empty on a slide that continues the point's items. */
  readonly body: string;
  /** The point's items shown on this slide (all of them, or a run when they continue over slides). */
  readonly items: readonly ContentItem[];
  /** Index among the point's items of the first one shown (0 unless the point continues). */
  readonly firstItem: number;
  /** The user's own bullets for this point (editable outline): shown exactly, all of them. */
  readonly bullets?: readonly string[];
}

export interface ContentSource {
  readonly sectionTitle: string;
  readonly lead: string;
  readonly points: readonly ContentPoint[];
}

export function twoDigits(index: number): string {
  return String(index + 1).padStart(2, '0');
}
