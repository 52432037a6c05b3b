/** The build-time cache of validated built-in themes: used only while the files are unchanged. */
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createThemeFiles } from '../../src/cli/io.js';
import { loadTheme } from '../../src/themes/load-theme.js';
import { buildThemeCache, lookupCachedTheme } from '../../src/themes/theme-cache.js';
import type { ThemeFiles } from '../../src/themes/theme-files.js';
import { REPO_DIR } from '../helpers/fixtures.js';

const files = createThemeFiles(REPO_DIR);
const builtins = files.listJson(files.builtinDir).map((file) => loadTheme(file, files));
// Through JSON, as the cache file is read at run time.
const cache = JSON.parse(JSON.stringify(buildThemeCache(builtins, files))) as unknown;

describe('theme cache', () => {
  it('gives the same theme as the full loader for every built-in', () => {
    for (const name of ['party-red', 'gov-blue', 'minimal', 'dark']) {
      const cached = lookupCachedTheme(name, createThemeFiles(mkdtempSync(path.join(tmpdir(), 'huibao-cache-'))), cache);
      expect(cached).not.toBeNull();
      expect(cached?.theme).toEqual(loadTheme(`builtin:${name}`, files).theme);
      expect(Object.isFrozen(cached?.theme.colors)).toBe(true);
    }
  });

  it('is bypassed when a built-in file was edited', () => {
    const edited: ThemeFiles = {
      ...files,
      cwd: mkdtempSync(path.join(tmpdir(), 'huibao-cache-')),
      readText: (file) => (file.endsWith('party-red.json') ? (files.readText(file) ?? '').replace('#B71C1C', '#A00000') : files.readText(file)),
    };
    expect(lookupCachedTheme('party-red', edited, cache)).toBeNull();
  });

  it('is bypassed for a user theme that shadows a built-in name, for paths and for a foreign cache', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-cache-'));
    mkdirSync(path.join(work, 'themes'));
    writeFileSync(path.join(work, 'themes', 'party-red.json'), readFileSync(path.join(REPO_DIR, 'themes', 'builtin', 'party-red.json')));
    expect(lookupCachedTheme('party-red', createThemeFiles(work), cache)).toBeNull();
    writeFileSync(path.join(work, 'mine.json'), '{"name":"mine","label":"我的","extends":"party-red"}');
    expect(lookupCachedTheme('./mine.json', createThemeFiles(work), cache)).toBeNull();
    expect(lookupCachedTheme('party-red', createThemeFiles(mkdtempSync(path.join(tmpdir(), 'huibao-cache-'))), { version: 0, themes: {} })).toBeNull();
    expect(lookupCachedTheme('no-such-theme', files, cache)).toBeNull();
  });
});
