/**
 * Fits a deck's theme pictures to where the plan places them: for each picture, the largest box it
 * fills on any master (the logo's corner, the full-slide background), then one shrink per picture.
 * Render and the previews take the fitted bytes, so the deck embeds the small picture.
 *
 * The pixels a box needs: twice its size on a 1920-pixel-wide slide (sharp on a 4K projector or
 * when zoomed), but never more than the slide itself at 1920 px: a full-slide background needs
 * about 1920 × 1080, and a projector shows no more.
 */
import type { DeckPlan } from '../plan/deck-plan.js';
import { shrinkPicture, type PixelSize } from './shrink-picture.js';

/** The slide's width in pixels that boxes are measured against. */
const SLIDE_PIXELS = 1920;
/** Pixels per pixel of the box at SLIDE_PIXELS. */
const SHARPNESS = 2;

/** Pixels each picture needs, by source: its largest placed box, in both directions. */
export function neededPixels(plan: DeckPlan): Map<string, PixelSize> {
  const perPoint = SLIDE_PIXELS / plan.width;
  const slide = { width: SLIDE_PIXELS, height: Math.round(plan.height * perPoint) };
  const needed = new Map<string, PixelSize>();
  const place = (source: string, width: number, height: number): void => {
    const box = {
      width: Math.min(slide.width, Math.ceil(width * perPoint * SHARPNESS)),
      height: Math.min(slide.height, Math.ceil(height * perPoint * SHARPNESS)),
    };
    const before = needed.get(source);
    needed.set(source, before === undefined ? box : { width: Math.max(before.width, box.width), height: Math.max(before.height, box.height) });
  };
  for (const master of plan.masters) {
    if (master.backgroundImage !== null) place(master.backgroundImage, plan.width, plan.height);
    for (const image of master.images) place(image.source, image.box.w, image.box.h);
  }
  return needed;
}

/** The picture bytes with each placed picture shrunk to what the plan needs; unplaced ones are left out. */
export async function fitPictures(plan: DeckPlan, pictures: ReadonlyMap<string, Uint8Array> | undefined): Promise<Map<string, Uint8Array>> {
  const fitted = new Map<string, Uint8Array>();
  if (pictures === undefined) return fitted;
  // One at a time: each decode holds its rows and target, and two at once would only double that.
  for (const [source, size] of neededPixels(plan)) {
    const bytes = pictures.get(source);
    if (bytes !== undefined) fitted.set(source, await shrinkPicture(bytes, size, source));
  }
  return fitted;
}
