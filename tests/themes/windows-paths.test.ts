import { readFileSync } from 'node:fs';
import { join, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ThemeError } from '../../src/errors.js';
import { loadTheme } from '../../src/themes/load-theme.js';
import type { ThemeFiles } from '../../src/themes/theme-files.js';
import { REPO_THEMES_DIR } from './theme-test-files.js';

/** What the CLI passes on Windows: drive-letter paths with backslashes. */
function createWindowsThemeFiles(files: Record<string, string>): ThemeFiles {
  const store = new Map(Object.entries(files));
  store.set('C:\\pkg\\themes\\party-red.json', readFileSync(join(REPO_THEMES_DIR, 'party-red.json'), 'utf8'));
  return {
    cwd: 'C:\\Users\\li\\汇报',
    builtinDir: 'C:\\pkg\\themes',
    readText: (path) => store.get(path) ?? null,
    exists: (path) => store.has(path),
    listJson: (dir) => [...store.keys()].filter((path) => win32.dirname(path) === dir),
  };
}

describe('Windows paths', () => {
  const user = 'C:\\Users\\li\\汇报\\themes\\my-red.json';

  it('looks up ./themes, built-ins and images with backslash paths', () => {
    const fs = createWindowsThemeFiles({
      [user]: JSON.stringify({ name: 'my-red', label: '我的红', extends: 'party-red', images: { logo: 'img\\logo.png' } }),
      'C:\\Users\\li\\汇报\\themes\\img\\logo.png': 'binary',
    });
    const { chain, theme } = loadTheme('my-red', fs);
    expect(chain).toEqual([user, 'C:\\pkg\\themes\\party-red.json']);
    expect(theme.images.logo).toBe('C:\\Users\\li\\汇报\\themes\\img\\logo.png');
    expect(loadTheme('themes\\my-red.json', fs).file).toBe(user);
  });

  it('rejects an image on another drive or above the theme folder', () => {
    for (const logo of ['D:\\logo.png', '..\\logo.png']) {
      const fs = createWindowsThemeFiles({ [user]: JSON.stringify({ name: 'my-red', label: '我的红', extends: 'party-red', images: { logo } }) });
      expect(() => loadTheme('my-red', fs)).toThrow(ThemeError);
    }
  });
});
