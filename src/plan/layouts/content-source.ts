/** The content a content layout places: one section's points (or its lead when it has none). */
export interface ContentPoint {
  /** Position of the point in its section (0-based). */
  readonly index: number;
  /** Two-digit label shown in badges, e.g. `01`. */
  readonly label: string;
  readonly title: string;
  readonly body: string;
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
