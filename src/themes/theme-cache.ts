/**
 * Validated built-in themes, cached at build time by content digest. Validating a theme needs
 * zod, which costs more to load than the rest of a build's start-up; an unchanged built-in theme
 * was already validated when the package was built, so its result is reused. Any edit to a
 * built-in file changes its digest and sends the build through the full loader again.
 */
import { createHash } from 'node:crypto';
import { findThemeFile } from './find-theme-file.js';
import type { LoadedTheme } from './load-theme.js';
import { deepFreeze } from './merge-theme-data.js';
import type { ThemeFiles } from './theme-files.js';
import { pathApiFor } from './theme-file-paths.js';
import type { Theme } from './theme-schema.js';

export const THEME_CACHE_VERSION = 1;

interface CachedFile {
  /** File name inside the built-in folder. */
  readonly name: string;
  readonly digest: string;
}

interface CachedTheme {
  readonly chain: readonly CachedFile[];
  readonly theme: Theme;
  readonly warnings: readonly string[];
}

export interface ThemeCache {
  readonly version: typeof THEME_CACHE_VERSION;
  /** By the built-in theme's file name (`party-red.json`). */
  readonly themes: Readonly<Record<string, CachedTheme>>;
}

export function digestText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function isBuiltin(file: string, fs: ThemeFiles): boolean {
  const api = pathApiFor(file);
  return api.resolve(api.dirname(file)) === api.resolve(fs.builtinDir);
}

/** The cache entry for loaded built-in themes (every file of each chain must be a built-in). */
export function buildThemeCache(loaded: readonly LoadedTheme[], fs: ThemeFiles): ThemeCache {
  const themes: Record<string, CachedTheme> = {};
  for (const entry of loaded) {
    if (!entry.chain.every((file) => isBuiltin(file, fs))) continue;
    const api = pathApiFor(entry.file);
    const chain = entry.chain.map((file) => ({ name: api.basename(file), digest: digestText(fs.readText(file) ?? '') }));
    themes[api.basename(entry.file)] = { chain, theme: entry.theme, warnings: entry.warnings };
  }
  return { version: THEME_CACHE_VERSION, themes };
}

/**
 * The cached theme `ref` resolves to, or null when it is not an unchanged built-in (a user file,
 * a path, an edited built-in, or a cache from another version): the caller then loads it fully.
 */
export function lookupCachedTheme(ref: string, fs: ThemeFiles, cache: unknown): LoadedTheme | null {
  if (!isThemeCache(cache)) return null;
  let file: string;
  try {
    file = findThemeFile(ref, fs);
  } catch {
    return null;
  }
  if (!isBuiltin(file, fs)) return null;
  const api = pathApiFor(file);
  const cached = cache.themes[api.basename(file)];
  if (cached === undefined) return null;
  const chain = cached.chain.map((entry) => api.join(fs.builtinDir, entry.name));
  const unchanged = cached.chain.every((entry, index) => {
    const text = fs.readText(chain[index] ?? '');
    return text !== null && digestText(text) === entry.digest;
  });
  if (!unchanged) return null;
  return deepFreeze({ theme: cached.theme, file, chain, warnings: cached.warnings });
}

function isThemeCache(value: unknown): value is ThemeCache {
  return (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    value.version === THEME_CACHE_VERSION &&
    'themes' in value &&
    typeof value.themes === 'object'
  );
}
