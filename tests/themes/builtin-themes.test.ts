import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeGeometry } from '../../src/plan/geometry.js';
import { loadTheme } from '../../src/themes/load-theme.js';
import { resolveColor, resolvePalette } from '../../src/themes/theme-colors.js';
import { BODY_BAND, TITLE_BAND, contrastRatio } from '../../src/themes/theme-rules.js';
import type { Decoration, SlideKind, Theme } from '../../src/themes/theme-schema.js';
import { MIN_BODY_PT } from '../../src/themes/theme-schema.js';
import { BUILTIN_NAMES, createDiskThemeFiles, REPO_THEMES_DIR } from './theme-test-files.js';

const fs = createDiskThemeFiles('/nonexistent-working-folder');
const loaded = BUILTIN_NAMES.map((name) => ({ name, ...loadTheme(name, fs) }));
const WINDOWS_CJK = ['微软雅黑', 'Microsoft YaHei', '黑体', 'SimHei'];

/** True when `decoration` fully covers the given rectangle (fractions of the slide). */
function covers(decoration: Decoration, x0: number, y0: number, x1: number, y1: number): boolean {
  const eps = 1e-6;
  return decoration.x <= x0 + eps && decoration.y <= y0 + eps && decoration.x + decoration.w >= x1 - eps && decoration.y + decoration.h >= y1 - eps;
}

/** The topmost decoration on `kind` slides that covers the rectangle, as the text on it sees it. */
function fieldColor(theme: Theme, kind: SlideKind, rect: readonly [number, number, number, number]): string | null {
  const hits = theme.decorations.filter((decoration) => decoration.on.includes(kind) && decoration.transparency === 0 && covers(decoration, ...rect));
  const top = hits.at(-1);
  return top === undefined ? null : resolveColor(resolvePalette(theme, kind), top.color);
}

describe('built-in themes', () => {
  it.each(loaded)('$name leaves the closing words to the genre (a speech ends 谢谢大家, a report 汇报完毕)', ({ theme }) => {
    // A theme that sets its own closing words wins over the genre: a built-in one must not.
    expect([theme.wording.closing, theme.wording.closingSub]).toEqual(['汇报完毕', '敬请批评指正']);
  });

  it.each(loaded)('$name draws nothing inside the title bar of content slides, where a two-line title reaches', ({ theme }) => {
    // A rule under the title drawn inside the bar ran through the second line of long titles.
    const geometry = computeGeometry(theme);
    const { width, height } = geometry;
    const title = geometry.title;
    const inside = theme.decorations.filter((decoration) => {
      if (!decoration.on.includes('content')) return false;
      const [x0, y0, x1, y1] = [decoration.x * width, decoration.y * height, (decoration.x + decoration.w) * width, (decoration.y + decoration.h) * height];
      return x0 < title.x + title.w && x1 > title.x && y0 < title.y + title.h && y1 > title.y;
    });
    expect(inside).toEqual([]);
  });

  it('are exactly the theme files shipped in themes/builtin/', () => {
    const files = readdirSync(REPO_THEMES_DIR).filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'));
    expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual([...BUILTIN_NAMES]);
  });

  it.each(loaded)('$name loads from the built-in folder without warnings', ({ name, theme, file, chain, warnings }) => {
    expect(file).toBe(join(REPO_THEMES_DIR, `${name}.json`));
    expect(chain).toEqual([file]);
    expect(warnings).toEqual([]);
    expect(theme.name).toBe(name);
    expect(theme.label).toMatch(/[\u4e00-\u9fff]/);
    expect(theme.sizes.body.min).toBeGreaterThanOrEqual(MIN_BODY_PT);
  });

  it.each(BUILTIN_NAMES)('%s points editors at the schema', (name) => {
    const data = JSON.parse(readFileSync(join(REPO_THEMES_DIR, `${name}.json`), 'utf8')) as Record<string, unknown>;
    expect(data['$schema']).toBe('./theme.schema.json');
  });

  it.each(loaded)('$name uses stock Windows fonts with a Linux fallback', ({ theme }) => {
    for (const font of [theme.fonts.title, theme.fonts.body]) {
      expect(WINDOWS_CJK).toContain(font.eastAsian);
      expect(font.fallbacks).toContain('Noto Sans CJK SC');
    }
  });

  it.each(loaded)('$name keeps decorations of text slides at the edges', ({ theme }) => {
    const side = theme.spacing.margin / (theme.slide.size === '16:9' ? 960 : 720);
    for (const decoration of theme.decorations.filter((d) => d.on.some((kind) => ['agenda', 'overview', 'content'].includes(kind)))) {
      const inTextColumns = decoration.x < 1 - side && decoration.x + decoration.w > side;
      const inTextRows = [TITLE_BAND, BODY_BAND].some((band) => decoration.y < band.bottom && decoration.y + decoration.h > band.top);
      expect(inTextColumns && inTextRows, JSON.stringify(decoration)).toBe(false);
    }
  });

  it.each(loaded)('$name gives footer and divider number a field that carries onPrimary text', ({ theme }) => {
    for (const kind of ['agenda', 'overview', 'content'] as const) {
      const band = fieldColor(theme, kind, [0, 0.955, 1, 1]);
      expect(band, `${kind} footer band`).not.toBeNull();
      expect(contrastRatio(band!, resolvePalette(theme, kind).onPrimary)).toBeGreaterThanOrEqual(3);
    }
    const divider = fieldColor(theme, 'divider', [0, 0, 0.36, 1]);
    expect(divider).not.toBeNull();
    expect(contrastRatio(divider!, resolvePalette(theme, 'divider').onPrimary)).toBeGreaterThanOrEqual(3);
    const cover = fieldColor(theme, 'cover', [0, 0, 1, 0.6]);
    expect(cover).not.toBeNull();
    expect(contrastRatio(cover!, resolvePalette(theme, 'cover').onPrimary)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(loaded)('$name has readable body text and badges', ({ theme }) => {
    const palette = resolvePalette(theme, 'content');
    expect(contrastRatio(palette.text, palette.background)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(resolveColor(palette, theme.badge.color), resolveColor(palette, theme.badge.textColor))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.primary, palette.background)).toBeGreaterThanOrEqual(3);
  });

  it('differ from each other in palette and decorations', () => {
    const primaries = new Set(loaded.map(({ theme }) => theme.colors.primary));
    const backgrounds = new Set(loaded.map(({ theme }) => theme.colors.background));
    const decorationSets = new Set(loaded.map(({ theme }) => JSON.stringify(theme.decorations.map(({ color, ...box }) => box))));
    expect(primaries.size).toBe(loaded.length);
    expect(backgrounds.size).toBeGreaterThan(1);
    expect(decorationSets.size).toBe(loaded.length);
  });

  it('include a dark theme for large halls: light text on a dark background', () => {
    const dark = loaded.find(({ name }) => name === 'dark')!.theme;
    expect(contrastRatio(dark.colors.background, '000000')).toBeLessThan(1.5);
    expect(contrastRatio(dark.colors.text, 'FFFFFF')).toBeLessThan(1.3);
  });
});
