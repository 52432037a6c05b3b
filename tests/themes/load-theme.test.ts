import { describe, expect, it } from 'vitest';
import { loadTheme } from '../../src/themes/load-theme.js';
import { resolvePalette } from '../../src/themes/theme-colors.js';
import { createMemoryThemeFiles } from './theme-test-files.js';

const USER = '/proj/themes/my-red.json';
const BUILTIN_RED = '/pkg/themes/party-red.json';

function userTheme(data: Record<string, unknown>): string {
  return JSON.stringify({ $schema: './theme.schema.json', name: 'my-red', label: '我的红', ...data }, null, 2);
}

describe('lookup', () => {
  it('finds a built-in by name', () => {
    const result = loadTheme('party-red', createMemoryThemeFiles());
    expect(result.file).toBe(BUILTIN_RED);
    expect(result.theme.label).toBe('党政红');
  });

  it('prefers ./themes/<name>.json in the working folder over a built-in of that name', () => {
    const fs = createMemoryThemeFiles({ '/proj/themes/gov-blue.json': userTheme({ name: 'gov-blue', extends: 'party-red' }) });
    const result = loadTheme('gov-blue', fs);
    expect(result.file).toBe('/proj/themes/gov-blue.json');
    // The user's gov-blue extends party-red, so its colours are red, not the built-in blue.
    expect(result.theme.colors.primary).toBe('B71C1C');
  });

  it('takes a ref with a slash or .json as a path from the working folder', () => {
    const fs = createMemoryThemeFiles({ '/proj/brand/red.json': userTheme({ name: 'red', extends: 'party-red' }) });
    expect(loadTheme('brand/red.json', fs).file).toBe('/proj/brand/red.json');
    expect(loadTheme('./brand/red.json', fs).file).toBe('/proj/brand/red.json');
    expect(loadTheme('/proj/brand/red.json', fs).file).toBe('/proj/brand/red.json');
  });
});

describe('extends', () => {
  it('overrides a few keys of the base and keeps the rest', () => {
    const fs = createMemoryThemeFiles({
      [USER]: userTheme({
        extends: 'party-red',
        colors: { primary: '#c00000', accent: 'DAA520' },
        fonts: { body: { eastAsian: '黑体' } },
        sizes: { body: { min: 16 } },
        footer: { text: '某某集团' },
        wording: { closing: '汇报完毕，谢谢' },
      }),
    });
    const { theme, chain, warnings } = loadTheme('my-red', fs);
    const base = loadTheme('party-red', fs).theme;
    expect(chain).toEqual([USER, BUILTIN_RED]);
    expect(warnings).toEqual([]);
    expect(theme.name).toBe('my-red');
    expect(theme.colors.primary).toBe('C00000');
    expect(theme.colors.accent).toBe('DAA520');
    expect(theme.fonts.body).toEqual({ ...base.fonts.body, eastAsian: '黑体' });
    expect(theme.sizes.body).toEqual({ min: 16, max: base.sizes.body.max });
    expect(theme.footer).toEqual({ ...base.footer, text: '某某集团' });
    expect(theme.wording).toEqual({ ...base.wording, closing: '汇报完毕，谢谢' });
    expect(theme.colors.secondary).toBe(base.colors.secondary);
    expect(theme.decorations).toEqual(base.decorations);
    expect(theme.fonts.title).toEqual(base.fonts.title);
  });

  it('replaces arrays instead of merging them', () => {
    const decoration = { shape: 'rect', on: ['content'], x: 0, y: 0.97, w: 1, h: 0.03, color: 'accent' };
    const fs = createMemoryThemeFiles({ [USER]: userTheme({ extends: 'party-red', decorations: [decoration], fonts: { title: { fallbacks: ['宋体'] } } }) });
    const { theme } = loadTheme('my-red', fs);
    expect(theme.decorations).toEqual([{ ...decoration, transparency: 0, flipH: false }]);
    expect(theme.fonts.title.fallbacks).toEqual(['宋体']);
  });

  it('follows a chain of paths and names, each path relative to the file that names it', () => {
    const fs = createMemoryThemeFiles({
      [USER]: userTheme({ extends: '../shared/unit.json', footer: { text: '办公室' } }),
      '/proj/shared/unit.json': JSON.stringify({ name: 'unit', label: '本单位', extends: 'gov-blue', footer: { text: '本单位', pageNumbers: false } }),
    });
    const { theme, chain } = loadTheme('my-red', fs);
    expect(chain).toEqual([USER, '/proj/shared/unit.json', '/pkg/themes/gov-blue.json']);
    expect(theme.footer.text).toBe('办公室');
    expect(theme.footer.pageNumbers).toBe(false);
    expect(theme.colors.primary).toBe('00418D');
  });

  it('lets a user copy named like a built-in extend that built-in', () => {
    const fs = createMemoryThemeFiles({ '/proj/themes/party-red.json': userTheme({ name: 'party-red', extends: 'party-red', footer: { text: '机关党委' } }) });
    const { theme, chain } = loadTheme('party-red', fs);
    expect(chain).toEqual(['/proj/themes/party-red.json', BUILTIN_RED]);
    expect(theme.footer.text).toBe('机关党委');
  });

  it('resolves image paths against the file that sets them', () => {
    const fs = createMemoryThemeFiles({
      [USER]: userTheme({ extends: '../brand/base.json', images: { background: 'img/bg.jpg' } }),
      '/proj/themes/img/bg.jpg': 'binary',
      '/proj/brand/base.json': JSON.stringify({ name: 'base', label: '品牌', extends: 'party-red', images: { logo: 'logo.png' } }),
      '/proj/brand/logo.png': 'binary',
    });
    const { theme } = loadTheme('my-red', fs);
    expect(theme.images.logo).toBe('/proj/brand/logo.png');
    expect(theme.images.background).toBe('/proj/themes/img/bg.jpg');
    expect(theme.images.logoOn).toEqual(['cover', 'closing']);
  });
});

describe('defaults and derived values', () => {
  it('fills every defaulted key', () => {
    const fs = createMemoryThemeFiles({
      [USER]: userTheme({ extends: 'party-red', wording: null }),
    });
    // `null` is not a way to remove a key: the schema rejects it.
    expect(() => loadTheme('my-red', fs)).toThrow(/wording/);

    const minimalFile = JSON.parse(fs.readText('/pkg/themes/party-red.json')!) as Record<string, unknown>;
    for (const key of ['slide', 'decorations', 'badge', 'layouts', 'wording', 'footer']) delete minimalFile[key];
    fs.write('/proj/themes/bare.json', JSON.stringify({ ...minimalFile, name: 'bare' }));
    const { theme } = loadTheme('bare', fs);
    expect(theme.slide.size).toBe('16:9');
    expect(theme.decorations).toEqual([]);
    expect(theme.badge).toEqual({ shape: 'rect', color: 'primary', textColor: 'onPrimary' });
    expect(theme.wording.closing).toBe('汇报完毕');
    expect(theme.footer).toEqual({ text: '', pageNumbers: true, on: ['agenda', 'overview', 'content'] });
    expect(theme.images).toEqual({ logoOn: ['cover', 'closing'], backgroundOn: ['cover', 'divider', 'closing'] });
    expect(theme.colors.layouts).toEqual({});
  });

  it('applies per-slide-kind palette overrides', () => {
    const fs = createMemoryThemeFiles({ [USER]: userTheme({ extends: 'party-red', colors: { layouts: { cover: { primary: '#8B0000' } } } }) });
    const { theme } = loadTheme('my-red', fs);
    expect(resolvePalette(theme, 'cover').primary).toBe('8B0000');
    expect(resolvePalette(theme, 'content').primary).toBe('B71C1C');
    expect(resolvePalette(theme, 'cover').accent).toBe('C9A227');
  });
});

describe('warnings', () => {
  it('warns about unreadable colours, decorations over text and a name that differs from the file', () => {
    const fs = createMemoryThemeFiles({
      [USER]: userTheme({
        name: 'other-name',
        extends: 'party-red',
        colors: { text: '#DDDDDD' },
        decorations: [{ shape: 'rect', on: ['content'], x: 0.3, y: 0.4, w: 0.2, h: 0.2, color: 'accent' }],
      }),
    });
    const { warnings } = loadTheme('my-red', fs);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toContain('colors.text 与 colors.background 的对比度');
    expect(warnings[1]).toContain('decorations[0]');
    expect(warnings[2]).toContain('“other-name”');
  });

  it('warns about a font a stock Windows PC does not have', () => {
    const fs = createMemoryThemeFiles({ [USER]: userTheme({ extends: 'party-red', fonts: { title: { eastAsian: '方正小标宋简体', fallbacks: [] } } }) });
    const { warnings } = loadTheme('my-red', fs);
    expect(warnings).toEqual([expect.stringContaining('fonts.title：“方正小标宋简体”不是 Windows 自带字体')]);
  });
});

describe('freezing', () => {
  it('deep-freezes the theme and the result', () => {
    const loaded = loadTheme('party-red', createMemoryThemeFiles());
    const { theme } = loaded;
    expect(Object.isFrozen(loaded)).toBe(true);
    expect(Object.isFrozen(loaded.warnings)).toBe(true);
    expect(Object.isFrozen(theme.colors)).toBe(true);
    expect(Object.isFrozen(theme.decorations[0]!.on)).toBe(true);
    expect(() => {
      (theme.colors as { primary: string }).primary = '000000';
    }).toThrow(TypeError);
    expect(() => (theme.decorations as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (theme.sizes.body as { min: number }).min = 8;
    }).toThrow(TypeError);
  });

  it('gives each load its own theme object', () => {
    const fs = createMemoryThemeFiles();
    expect(loadTheme('dark', fs).theme).not.toBe(loadTheme('dark', fs).theme);
  });
});
