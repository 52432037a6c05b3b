import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ThemeError } from '../../src/errors.js';
import { createStarterTheme } from '../../src/themes/init-theme.js';
import { listThemes } from '../../src/themes/list-themes.js';
import { loadTheme } from '../../src/themes/load-theme.js';
import { createDiskThemeFiles, createMemoryThemeFiles } from './theme-test-files.js';

describe('listThemes', () => {
  it('lists built-ins, then the working folder’s themes, marking broken ones', () => {
    const fs = createMemoryThemeFiles({
      '/proj/themes/my-red.json': JSON.stringify({ name: 'my-red', label: '我的红', extends: 'party-red' }),
      '/proj/themes/broken.json': '{ "name": ',
      '/proj/themes/theme.schema.json': '{}',
    });
    expect(listThemes(fs)).toEqual([
      { name: 'dark', label: '深色', file: '/pkg/themes/dark.json', builtin: true, origin: 'builtin', valid: true },
      { name: 'gov-blue', label: '政务蓝', file: '/pkg/themes/gov-blue.json', builtin: true, origin: 'builtin', valid: true },
      { name: 'minimal', label: '简约白', file: '/pkg/themes/minimal.json', builtin: true, origin: 'builtin', valid: true },
      { name: 'party-red', label: '党政红', file: '/pkg/themes/party-red.json', builtin: true, origin: 'builtin', valid: true },
      { name: 'broken', label: '（主题文件有误）', file: '/proj/themes/broken.json', builtin: false, origin: 'folder', valid: false },
      { name: 'my-red', label: '我的红', file: '/proj/themes/my-red.json', builtin: false, origin: 'folder', valid: true },
    ]);
  });

  it('lists the built-ins once, as built-ins, when run in the package folder itself', () => {
    const repo = fileURLToPath(new URL('../../', import.meta.url));
    const listing = listThemes(createDiskThemeFiles(repo));
    const builtins = listing.filter((theme) => theme.builtin);
    expect(builtins.map((theme) => theme.name)).toEqual(['dark', 'gov-blue', 'minimal', 'party-red']);
    expect(builtins.every((theme) => theme.valid && theme.origin === 'builtin')).toBe(true);
    // A developer's own themes in the checkout's themes/ are theirs, never built-ins.
    expect(listing.filter((theme) => !theme.builtin).every((theme) => theme.origin === 'folder')).toBe(true);
  });
});

describe('createStarterTheme', () => {
  it('writes a small valid file that extends the base and shows its current values', () => {
    const fs = createMemoryThemeFiles();
    const text = createStarterTheme('my-blue', 'gov-blue', fs);
    expect(JSON.parse(text)).toEqual({
      $schema: './theme.schema.json',
      name: 'my-blue',
      label: '政务蓝（自定义）',
      extends: 'builtin:gov-blue',
      colors: { primary: '#00418D' },
      fonts: { body: { eastAsian: '微软雅黑', latin: 'Arial' } },
      footer: { text: '' },
    });

    fs.write('/proj/themes/my-blue.json', text);
    const starter = loadTheme('my-blue', fs);
    const base = loadTheme('gov-blue', fs);
    expect(starter.warnings).toEqual([]);
    expect(starter.chain).toEqual(['/proj/themes/my-blue.json', '/pkg/themes/gov-blue.json']);
    expect({ ...starter.theme, name: '', label: '', extends: undefined }).toEqual({ ...base.theme, name: '', label: '', extends: undefined });
  });

  it('builds on the built-in theme even where a user theme has its name, and takes its Chinese label', () => {
    const fs = createMemoryThemeFiles({
      '/proj/themes/party-red.json': JSON.stringify({ name: 'party-red', label: '别家红', extends: 'party-red', footer: { text: '别的单位' } }),
    });
    const text = createStarterTheme('mine', '党政红', fs);
    expect(JSON.parse(text)).toMatchObject({ extends: 'builtin:party-red', footer: { text: '' } });
    fs.write('/proj/themes/mine.json', text);
    const loaded = loadTheme('mine', fs);
    expect(loaded.chain).toEqual(['/proj/themes/mine.json', '/pkg/themes/party-red.json']);
    expect(loaded.theme.footer.text).toBe('');
  });

  it('refuses to build on a theme that is not built in', () => {
    const fs = createMemoryThemeFiles({ '/proj/brand/base.json': JSON.stringify({ name: 'base', label: '品牌', extends: 'dark' }) });
    expect(() => createStarterTheme('mine', './brand/base.json', fs)).toThrow(/只能基于内置主题/);
  });

  it('refuses a bad name or an unknown base', () => {
    const fs = createMemoryThemeFiles();
    expect(() => createStarterTheme('My Theme', 'party-red', fs)).toThrow(ThemeError);
    expect(() => createStarterTheme('mine', 'no-such-theme', fs)).toThrow(/“no-such-theme”不是内置主题/);
  });
});
