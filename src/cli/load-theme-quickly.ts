/**
 * Theme loading for commands that build: an unchanged built-in theme comes from the cache written
 * at build time (`dist/themes/builtin-cache.json`), anything else through the full loader, which
 * is imported only then (it brings zod).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadedTheme } from '../themes/load-theme.js';
import { lookupCachedTheme } from '../themes/theme-cache.js';
import { createThemeFiles, PACKAGE_DIR } from './io.js';
import type { Env } from './theme-locations.js';

export const THEME_CACHE_FILE = path.join(PACKAGE_DIR, 'dist', 'themes', 'builtin-cache.json');

function readCache(): unknown {
  try {
    return JSON.parse(readFileSync(THEME_CACHE_FILE, 'utf8')) as unknown;
  } catch {
    // No cache (running from src/, or a partial install): the full loader does the work.
    return null;
  }
}

export async function loadThemeQuickly(ref: string, cwd: string, env: Env = {}): Promise<LoadedTheme> {
  const files = createThemeFiles(cwd, env);
  const cached = lookupCachedTheme(ref, files, readCache());
  if (cached !== null) return cached;
  const { loadTheme } = await import('../themes/load-theme.js');
  return loadTheme(ref, files);
}
