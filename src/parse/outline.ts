/**
 * The outline: what `parse` recovers from a report. Plain, JSON-serialisable data; other tools
 * depend on `title`, `sections[].title` and `sections[].points[].title`, so those keep their
 * meaning across versions (bump OUTLINE_VERSION when a field changes meaning).
 *
 * Faithfulness rule: every character of the source's wording lives in exactly one place of the
 * outline (`heading` keeps numbering marks and final punctuation that `title` drops), so the
 * speaker notes can carry the full text.
 */

export const OUTLINE_VERSION = 2;

/**
 * What a figure says about the reporting body: an achieved `result`; a `target` or forecast
 * (`预期`, `力争`, `5.5%左右`, `到2030年`); a `comparison` (a rival's figure, a gap, a benchmark, an
 * average, a start value `从X增长到Y`, an aside in brackets); a `rank` (`前10%`); a `plan` quantity
 * (`将新建10所`). Only results make number cards by default.
 */
export type FigureRole = 'result' | 'target' | 'comparison' | 'rank' | 'plan';

export interface Figure {
  /** The figure as written, e.g. `12.5%`, `1.2万亿元`, `*户`. */
  readonly text: string;
  /** The number part as written (`12.5`, `1.2`, `*`). */
  readonly value: string;
  /** The unit part (`%`, `万亿元`, `户`); empty when none. */
  readonly unit: string;
  /** A short label taken from the words just before the figure (`利润同比增长`). */
  readonly label: string;
  /** The sentence the figure was found in, verbatim. */
  readonly sentence: string;
  /** What the figure says (see FigureRole). */
  readonly role: FigureRole;
  /**
   * The label a number card shows: a verbatim span of `sentence` that starts and ends on word
   * breaks and names what is measured (`全省地区生产总值`); '' when the sentence offers none.
   */
  readonly cardLabel: string;
  /** True when the number is masked (`*`, `×`, `XX`) and must be filled in before the meeting. */
  readonly masked: boolean;
  /** Where it was found: `opening`, or the 0-based index of the section. */
  readonly where: 'opening' | number;
}

/** A tab-separated table kept as a table. */
export interface Table {
  readonly rows: readonly (readonly string[])[];
}

/** The third level: an item of a point (`1.`/`（1）`/`一是` under a `（一）`). */
export interface Item {
  /** The item's title: verbatim, without numbering mark and without final punctuation. */
  readonly title: string;
  /** The title as it stood in the source (marker and final punctuation kept). */
  readonly heading: string;
  /** The item's text after its heading up to the next item or the end of the point. */
  readonly body: string;
}

export interface Point {
  /** The point's title: verbatim, without numbering mark and without final punctuation. */
  readonly title: string;
  /** The title as it stood in the source (marker and final punctuation kept). */
  readonly heading: string;
  /**
   * The point's text after its heading, verbatim; paragraphs joined by `\n`. When the point has
   * items, only the text before the first item (the rest is in the items).
   */
  readonly body: string;
  /** The point's own items, in source order; empty when it has none. */
  readonly items: readonly Item[];
  /**
   * Bullets the user wrote for this point (`- ` lines in the editable outline): shown exactly, in
   * this order, instead of phrases picked from the body. Absent when the user wrote none.
   */
  readonly bullets?: readonly string[];
}

export interface Section {
  /** The theme's title: verbatim, without numbering mark and without final punctuation. */
  readonly title: string;
  /** The title as it stood in the source (marker and final punctuation kept). */
  readonly heading: string;
  /** Text after the heading up to the first point (all of it when there are no points). */
  readonly lead: string;
  readonly points: readonly Point[];
  /** Text after the points that belongs to the section rather than to its last point. */
  readonly body: string;
  readonly tables: readonly Table[];
}

export interface OutlineWarning {
  /** Stable machine code, e.g. `masked-figures`, `encoding-guessed`, `no-structure`. */
  readonly code: string;
  /** Chinese message for the user. */
  readonly message: string;
}

export interface Outline {
  readonly version: typeof OUTLINE_VERSION;
  readonly title: string;
  /**
   * Lines between the title and the salutation (subtitle, date, speaker), verbatim; a file label
   * that stood above the title (`……会议文件（二）`) comes first.
   */
  readonly front: readonly string[];
  /** Subtitle line such as `——在……上的讲话`, verbatim, or null. */
  readonly subtitle: string | null;
  readonly speaker: string | null;
  readonly meeting: string | null;
  /** Date as written in the source (`2021年3月5日`), or null. */
  readonly date: string | null;
  /** `同志们：`, `尊敬的各位领导，同志们：` … verbatim, or null. */
  readonly salutation: string | null;
  /** Opening text before the first section; paragraphs joined by `\n`. */
  readonly opening: string;
  readonly figures: readonly Figure[];
  readonly sections: readonly Section[];
  /** Closing line such as `谢谢大家！`, verbatim, or null. */
  readonly closing: string | null;
  /** Text after the sections that is neither a section nor the closing line (calls to action). */
  readonly ending: string;
  /** Appendices (`附件`), verbatim; not sections. */
  readonly appendix: string;
  readonly warnings: readonly OutlineWarning[];
  /**
   * Number cards the user chose (the `figures:` block of the editable outline): exactly these are
   * shown, in this order. Absent when the cards are chosen automatically.
   */
  readonly cards?: readonly FigureCard[];
}

/** A number card chosen by hand: where it goes, its label and its figure, as the user wrote them. */
export interface FigureCard {
  /** `overview`, or the 0-based index of the section whose divider shows it. */
  readonly where: 'overview' | number;
  readonly label: string;
  /** The figure as shown, e.g. `4.93万亿元`, `*户` (a masked figure is marked as still to fill). */
  readonly text: string;
}
