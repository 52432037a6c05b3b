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
