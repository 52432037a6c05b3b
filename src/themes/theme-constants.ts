/**
 * The theme's fixed vocabularies, kept apart from the zod schema so the planner can use them
 * without loading zod (a build with an unchanged built-in theme never needs it).
 */

/** Smallest body size a meeting deck may use: the audience sits metres away. */
export const MIN_BODY_PT = 14;

export const colorNames = ['primary', 'secondary', 'accent', 'background', 'surface', 'text', 'muted', 'onPrimary'] as const;
export type ColorName = (typeof colorNames)[number];

export const slideKinds = ['cover', 'agenda', 'overview', 'divider', 'content', 'closing'] as const;
export type SlideKind = (typeof slideKinds)[number];

/**
 * The content layouts by name, in one table: the catalogue, the rules, the plan and the theme
 * schema (`layouts.prefer` / `layouts.disable`) all take their names from here, so a renamed
 * layout fails to compile and a typo in a theme fails to validate.
 */
export const contentLayoutNames = ['lead-key', 'statement', 'point-items', 'cards', 'matrix', 'rows', 'columns'] as const;
export type ContentLayoutName = (typeof contentLayoutNames)[number];

/** Layouts of the slides every deck has (and of tables); a theme cannot switch these off. */
export const fixedLayoutNames = ['cover', 'agenda', 'agenda-two-columns', 'overview', 'divider', 'table', 'closing'] as const;
export type FixedLayoutName = (typeof fixedLayoutNames)[number];

export type LayoutName = ContentLayoutName | FixedLayoutName;

/**
 * How parts and points are numbered on slides: `source` follows the report's own marks (一、 →
 * 一, （一） → 一, 1. → 1) and falls back to 01, 02 when the report has none; `arabic` is always
 * 01, 02.
 */
export const numberingStyles = ['source', 'arabic'] as const;
export type NumberingStyle = (typeof numberingStyles)[number];
