/**
 * Where things go on a slide, derived from the theme: slide size, the title and body frames,
 * the footer band. Every layout places its boxes inside these frames, so decorations drawn by
 * the theme at the edges never sit under text.
 */
import { BODY_BAND, TITLE_BAND } from '../themes/theme-rules.js';
import type { Theme } from '../themes/theme-schema.js';
import type { Box } from './deck-plan.js';

export interface SlideGeometry {
  readonly width: number;
  readonly height: number;
  /** Title bar of agenda, overview and content slides. */
  readonly title: Box;
  /** Everything between the title bar and the footer. */
  readonly body: Box;
  /** Footer band at the bottom (page number, footer text). */
  readonly footer: Box;
}

const SLIDE_SIZES: Record<Theme['slide']['size'], { width: number; height: number }> = {
  // PowerPoint's own defaults: 13.333 × 7.5 in and 10 × 7.5 in.
  '16:9': { width: 960, height: 540 },
  '4:3': { width: 720, height: 540 },
};

export function computeGeometry(theme: Theme): SlideGeometry {
  const { width, height } = SLIDE_SIZES[theme.slide.size];
  const margin = theme.spacing.margin;
  const inner = width - 2 * margin;
  return {
    width,
    height,
    title: { x: margin, y: height * TITLE_BAND.top, w: inner, h: height * (TITLE_BAND.bottom - TITLE_BAND.top) },
    body: { x: margin, y: height * BODY_BAND.top, w: inner, h: height * (BODY_BAND.bottom - BODY_BAND.top) },
    footer: { x: margin, y: height * 0.955, w: inner, h: height * 0.045 },
  };
}

/** Split a box into `count` equal columns separated by `gap`. */
export function splitColumns(box: Box, count: number, gap: number): Box[] {
  const w = (box.w - gap * (count - 1)) / count;
  return Array.from({ length: count }, (_, index) => ({ x: box.x + index * (w + gap), y: box.y, w, h: box.h }));
}

/** Split a box into `count` equal rows separated by `gap`. */
export function splitRows(box: Box, count: number, gap: number): Box[] {
  const h = (box.h - gap * (count - 1)) / count;
  return Array.from({ length: count }, (_, index) => ({ x: box.x, y: box.y + index * (h + gap), w: box.w, h }));
}

export function insetBox(box: Box, dx: number, dy: number = dx): Box {
  return { x: box.x + dx, y: box.y + dy, w: Math.max(0, box.w - 2 * dx), h: Math.max(0, box.h - 2 * dy) };
}

/** Centre a block of height `h` vertically inside `box`. */
export function centerVertically(box: Box, h: number): Box {
  const height = Math.min(h, box.h);
  return { x: box.x, y: box.y + (box.h - height) / 2, w: box.w, h: height };
}
