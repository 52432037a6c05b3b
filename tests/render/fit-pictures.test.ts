/** Each theme picture is fitted to the largest box the plan places it in: twice that box on a 1920-px slide, at most the slide. */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { planDeck } from '../../src/plan/plan-deck.js';
import { fitPictures, neededPixels } from '../../src/render/fit-pictures.js';
import { outlineOf, seedReport, theme } from '../helpers/fixtures.js';
import { makeLogoPng } from './helpers/make-pictures.js';

const outline = outlineOf(seedReport());
const logo = { source: '/themes/unit/logo.png', width: 4000, height: 2000 };
const background = { source: '/themes/unit/background.jpg', width: 6000, height: 4000 };

describe('neededPixels', () => {
  const plan = planDeck(outline, theme('party-red'), { images: { logo, background } });
  const needed = neededPixels(plan);

  it('asks for the slide at 1920 px for a full-slide background', () => {
    expect(needed.get(background.source)).toEqual({ width: 1920, height: Math.round((1920 * plan.height) / plan.width) });
  });

  it('asks for twice the logo box at 1920 px per slide width', () => {
    const box = plan.masters.find((master) => master.images.length > 0)?.images[0]?.box;
    if (box === undefined) throw new Error('no logo placed');
    const perPoint = 1920 / plan.width;
    expect(needed.get(logo.source)).toEqual({ width: Math.ceil(box.w * perPoint * 2), height: Math.ceil(box.h * perPoint * 2) });
  });

  it('takes the largest place of a picture used as both logo and background', () => {
    const same = { ...logo, source: background.source };
    const both = neededPixels(planDeck(outline, theme('party-red'), { images: { logo: same, background } }));
    expect([...both.keys()]).toEqual([background.source]);
    expect(both.get(background.source)).toEqual(needed.get(background.source));
  });

  it('asks for nothing when the theme has no pictures', () => {
    expect(neededPixels(planDeck(outline, theme('party-red'))).size).toBe(0);
  });
});

describe('fitPictures', () => {
  it('hands render the logo shrunk to its place', async () => {
    const square = { source: '/themes/unit/square.png', width: 2400, height: 2400 };
    const plan = planDeck(outline, theme('party-red'), { images: { logo: square } });
    const fitted = await fitPictures(plan, new Map([[square.source, makeLogoPng(2400, [163, 31, 36])]]));
    const bytes = fitted.get(square.source);
    if (bytes === undefined) throw new Error('logo missing');
    const size = neededPixels(plan).get(square.source);
    const png = PNG.sync.read(Buffer.from(bytes));
    expect(Math.max(png.width, png.height)).toBe(Math.max(size?.width ?? 0, size?.height ?? 0));
  });
});
