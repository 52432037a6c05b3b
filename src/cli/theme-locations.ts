/**
 * Where user themes live on this machine: the user's own folder (`%APPDATA%\huibao\themes` on
 * Windows, `$XDG_CONFIG_HOME/huibao/themes` or `~/.config/huibao/themes` elsewhere;
 * `HUIBAO_USER_THEMES` overrides it, as tests do) and the department's shared folders
 * (`HUIBAO_THEMES`, several separated by `;` on Windows and `:` elsewhere).
 */
import path from 'node:path';
import type { ThemeFolder } from '../themes/theme-files.js';

export type Env = Readonly<Record<string, string | undefined>>;

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** The user's theme folder, or undefined when the environment names no home for it. */
export function userThemesDir(env: Env, platform: NodeJS.Platform = process.platform): string | undefined {
  const override = nonEmpty(env['HUIBAO_USER_THEMES']);
  if (override !== undefined) return path.resolve(override);
  if (platform === 'win32') {
    const appData = nonEmpty(env['APPDATA']);
    return appData === undefined ? undefined : path.join(appData, 'huibao', 'themes');
  }
  const config = nonEmpty(env['XDG_CONFIG_HOME']);
  if (config !== undefined) return path.join(config, 'huibao', 'themes');
  const home = nonEmpty(env['HOME']);
  return home === undefined ? undefined : path.join(home, '.config', 'huibao', 'themes');
}

/** The department's shared theme folders from `HUIBAO_THEMES`. */
export function sharedThemesDirs(env: Env): string[] {
  const value = nonEmpty(env['HUIBAO_THEMES']);
  if (value === undefined) return [];
  return value
    .split(path.delimiter)
    .map((dir) => dir.trim())
    .filter((dir) => dir !== '')
    .map((dir) => path.resolve(dir));
}

/** The folders searched after `./themes`: the user's, then the shared ones. */
export function moreThemeFolders(env: Env): ThemeFolder[] {
  const user = userThemesDir(env);
  return [...(user === undefined ? [] : [{ dir: user, origin: 'user' as const }]), ...sharedThemesDirs(env).map((dir) => ({ dir, origin: 'shared' as const }))];
}

/** Where `theme init` and `theme import` write: the user's folder, else `./themes` when no home is known. */
export function themeWriteDir(env: Env, cwd: string): string {
  return userThemesDir(env) ?? path.join(cwd, 'themes');
}
