/**
 * The deck plan: everything visible, decided. Render only draws it. All lengths are points
 * (1/72 inch), colours are 6-digit hex without `#`. Knows nothing of pptxgenjs.
 */
import type { LayoutName, SlideKind } from '../themes/theme-constants.js';
import type { DeckBudget } from './slide-budget.js';

export type { DeckBudget, DetailLevel, SectionBudget } from './slide-budget.js';

/** 2: `budget`, `MasterPlan.title`, `FillShape.link`, typed layout names. */
export const DECK_PLAN_VERSION = 2;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A run of text with one look. Lines are already wrapped: a line never wraps again. */
export interface Run {
  readonly text: string;
  readonly color: string;
  readonly bold: boolean;
}

export type Line = readonly Run[];

export interface Bullet {
  /** Unicode code point of the bullet character, hex (`25A0` is ■). */
  readonly code: string;
  /** Hanging indent of the text after the bullet, in points. */
  readonly indent: number;
}

export interface Paragraph {
  readonly lines: readonly Line[];
  /** Extra space above the paragraph, in points. */
  readonly spaceBefore: number;
  readonly bullet: Bullet | null;
}

export interface Font {
  readonly eastAsian: string;
  readonly latin: string;
}

export interface TextShape {
  readonly type: 'text';
  /**
   * What the box is for. The first `title` box of a slide becomes the slide's title placeholder
   * (what PowerPoint's outline view, navigation and accessibility checker read); every slide has one.
   */
  readonly role: 'title' | 'subtitle' | 'heading' | 'body' | 'figure' | 'label' | 'number' | 'footer';
  readonly box: Box;
  readonly paragraphs: readonly Paragraph[];
  readonly font: Font;
  /** Font size in points, decided by fitting. */
  readonly size: number;
  /** Distance between baselines, in points. */
  readonly lineHeight: number;
  readonly align: 'left' | 'center' | 'right';
  readonly valign: 'top' | 'middle' | 'bottom';
  /** Inner padding of the box, in points: [left, top, right, bottom]. */
  readonly inset: readonly [number, number, number, number];
}

export interface FillShape {
  readonly type: 'shape';
  readonly shape: 'rect' | 'roundRect' | 'ellipse' | 'triangle' | 'rtTriangle' | 'line';
  readonly box: Box;
  readonly fill: string | null;
  readonly line: { readonly color: string; readonly width: number } | null;
  /** 0 (opaque) to 100 (invisible). */
  readonly transparency: number;
  readonly flipH: boolean;
  /** Corner radius for roundRect, as a fraction of the shorter side (0–0.5). */
  readonly radius: number;
  /** Clicking the shape in a slide show jumps to this slide (the agenda's entries). */
  readonly link?: SlideLink;
}

export interface SlideLink {
  /** 1-based number of the slide jumped to. */
  readonly slide: number;
}

export interface TableShape {
  readonly type: 'table';
  readonly box: Box;
  /** Cell text, already wrapped: lines joined by `\n`. The first row is the header. */
  readonly rows: readonly (readonly string[])[];
  readonly font: Font;
  readonly size: number;
  readonly colWidths: readonly number[];
  readonly rowHeights: readonly number[];
  /** Cell padding in points: [top, right, bottom, left]. */
  readonly cellInset: readonly [number, number, number, number];
  readonly lineHeight: number;
  readonly headerFill: string;
  readonly headerColor: string;
  readonly bodyColor: string;
  readonly borderColor: string;
  readonly stripeFill: string;
  readonly bodyFill: string;
}

export type Shape = TextShape | FillShape | TableShape;

/**
 * A slide master per slide kind: background and the theme's decorations, so a slide the user
 * adds by hand in PowerPoint or WPS looks like its neighbours.
 */
export interface ImageShape {
  readonly type: 'image';
  readonly box: Box;
  /** Where the bytes come from (an absolute path); render receives the bytes by this key. */
  readonly source: string;
}

export interface MasterPlan {
  readonly kind: SlideKind;
  /** Name shown in PowerPoint's layout gallery. */
  readonly label: string;
  readonly background: string;
  /** Full-slide background picture (the theme's `images.background`), by source. */
  readonly backgroundImage: string | null;
  readonly shapes: readonly FillShape[];
  /** The theme's logo, on the kinds it names. */
  readonly images: readonly ImageShape[];
  /** The layout's title placeholder: where and how a title typed on a slide added by hand goes. */
  readonly title: TitlePlaceholder;
}

export interface TitlePlaceholder {
  readonly box: Box;
  readonly font: Font;
  readonly size: number;
  readonly color: string;
  readonly align: 'left' | 'center' | 'right';
  readonly valign: 'top' | 'middle' | 'bottom';
}

export interface SlidePlan {
  readonly kind: SlideKind;
  /** The master (by kind) the slide is built on; its shapes are not repeated in `shapes`. */
  readonly master: SlideKind;
  /** Name of the layout that produced this slide. */
  readonly layout: LayoutName;
  /** The slide's title as a plain string (for outlines, sections and checks). */
  readonly title: string;
  /** The section (theme) this slide belongs to, for PowerPoint sections. */
  readonly section: string;
  readonly background: string;
  /** Shapes in drawing order (back to front). */
  readonly shapes: readonly Shape[];
  /** Speaker notes: the full source wording this slide stands for. */
  readonly notes: string;
}

export interface DeckMeta {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly language: 'zh-CN';
}

export interface PlanWarning {
  readonly code: string;
  readonly message: string;
}

export interface DeckPlan {
  readonly version: typeof DECK_PLAN_VERSION;
  readonly width: number;
  readonly height: number;
  readonly meta: DeckMeta;
  readonly masters: readonly MasterPlan[];
  readonly slides: readonly SlidePlan[];
  /** How many content slides each section got and why (see slide-budget.ts). */
  readonly budget: DeckBudget;
  readonly warnings: readonly PlanWarning[];
}
