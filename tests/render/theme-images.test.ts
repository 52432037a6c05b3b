/** The theme's logo and background picture reach the slide masters of the kinds it names. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageOptionsFor } from '../../src/build-deck.js';
import { readPackageEntries } from '../helpers/read-package.js';
import { planDeck } from '../../src/plan/plan-deck.js';
import { fixPackage } from '../../src/render/fix-package.js';
import { renderDeck } from '../../src/render/render-deck.js';
import { ooxmlSemantic, ooxmlValidate, semanticUnavailable, validatorUnavailable } from '../helpers/deckcheck.js';
import { outlineOf, seedReport, theme } from '../helpers/fixtures.js';
import { makePng } from '../themes/template-test-files.js';

const outline = outlineOf(seedReport());
const logo = { source: '/themes/unit/logo.png', width: 400, height: 100 };
const background = { source: '/themes/unit/background.png', width: 1600, height: 900 };

describe('theme pictures', () => {
  const plan = planDeck(outline, theme('party-red'), { images: { logo, background } });

  it('puts the logo on the cover and closing masters with its aspect ratio, inside the slide', () => {
    const withLogo = plan.masters.filter((master) => master.images.length > 0).map((master) => master.kind);
    expect(withLogo).toEqual(['cover', 'closing']);
    const box = plan.masters[0]?.images[0]?.box;
    expect(box).toBeDefined();
    if (box === undefined) return;
    expect(box.w / box.h).toBeCloseTo(4, 5);
    expect(box.x + box.w).toBeLessThanOrEqual(plan.width);
    expect(box.y + box.h).toBeLessThanOrEqual(plan.height);
  });

  it('sets the background picture on the cover, divider and closing masters only', () => {
    expect(plan.masters.filter((master) => master.backgroundImage !== null).map((master) => master.kind)).toEqual(['cover', 'divider', 'closing']);
  });

  it('embeds the pictures in the deck', async () => {
    const assets = new Map([
      [logo.source, makePng(400, 100)],
      [background.source, makePng(160, 90, [240, 240, 230])],
    ]);
    const parts = await renderDeck(plan, assets);
    const media = parts.filter((part) => part.name.startsWith('ppt/media/'));
    expect(media.length).toBeGreaterThanOrEqual(2);
    expect(media.every((part) => part.data instanceof Uint8Array && part.data.byteLength > 0)).toBe(true);
    const layouts = parts.filter((part) => /^ppt\/slideLayouts\/_rels\/.*\.rels$/u.test(part.name)).map((part) => String(part.data));
    expect(layouts.join('')).toMatch(/media\/image/u);
  });

  // A slide's own <p:bg> hides its master's background: the picture would never show.
  it('leaves the background to the master on slides whose master carries the picture', async () => {
    const assets = new Map([
      [logo.source, makePng(400, 100)],
      [background.source, makePng(160, 90, [240, 240, 230])],
    ]);
    const parts = await renderDeck(plan, assets);
    const slideXml = (index: number): string => String(parts.find((part) => part.name === `ppt/slides/slide${index + 1}.xml`)?.data ?? '');
    plan.slides.forEach((slide, index) => {
      const pictured = slide.master === 'cover' || slide.master === 'divider' || slide.master === 'closing';
      expect(slideXml(index).includes('<p:bg>'), `${slide.kind} slide ${index + 1}`).toBe(!pictured);
    });
  });

  it('plans no pictures when the theme names none', () => {
    const bare = planDeck(outline, theme('party-red'));
    expect(bare.masters.every((master) => master.images.length === 0 && master.backgroundImage === null)).toBe(true);
  });

  const skipSemantic = semanticUnavailable();
  it.skipIf(skipSemantic !== null)(
    `named in Chinese, give a deck with ASCII part names that passes ooxml-semantic and ooxml-validate${skipSemantic === null ? '' : ` (skipped: ${skipSemantic})`}`,
    async () => {
      const chineseLogo = { source: '/主题/本单位/单位标志.png', width: 400, height: 100 };
      const chineseBackground = { source: '/主题/本单位/封面背景.png', width: 1600, height: 900 };
      const redTheme = theme('party-red');
      const chinesePlan = planDeck(outline, redTheme, { images: { logo: chineseLogo, background: chineseBackground } });
      const assets = new Map([
        [chineseLogo.source, makePng(400, 100)],
        [chineseBackground.source, makePng(160, 90, [240, 240, 230])],
      ]);
      const pptx = await fixPackage(await renderDeck(chinesePlan, assets), packageOptionsFor(redTheme, chinesePlan, new Date('2026-01-01T00:00:00Z')));
      const names = (await readPackageEntries(pptx)).map((entry) => entry.name);
      expect(names.filter((name) => name.startsWith('ppt/media/')).length).toBeGreaterThanOrEqual(2);
      expect(names.filter((name) => /[^\u0000-\u007f]/u.test(name))).toEqual([]);
      const work = mkdtempSync(path.join(tmpdir(), 'huibao-theme-images-'));
      try {
        const deck = path.join(work, 'pictures.pptx');
        writeFileSync(deck, pptx);
        expect((await ooxmlSemantic(deck)).errors).toEqual([]);
        if (validatorUnavailable() === null) expect((await ooxmlValidate(deck)).output).toMatch(/ 0 invalid/u);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );
});
