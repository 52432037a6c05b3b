/**
 * The themes a user can pick with `-t`: the built-ins and the files in `./themes`.
 */
import { HuibaoError } from '../errors.js';
import { loadTheme } from './load-theme.js';
import type { ThemeFiles } from './theme-files.js';
import { pathApiFor, themeNameOf } from './theme-file-paths.js';

export interface ThemeListing {
  /** What to pass to `-t`: the file name without `.json`. */
  readonly name: string;
  /** The Chinese label, or a note that the file has errors. */
  readonly label: string;
  readonly file: string;
  readonly builtin: boolean;
  /** False when the file does not load; `huibao -t <name>` would then print why. */
  readonly valid: boolean;
}

/** Built-ins first, then `./themes/*.json` in the working folder, each sorted by name. */
export function listThemes(fs: ThemeFiles): ThemeListing[] {
  const builtins = themeFilesIn(fs.builtinDir, fs);
  const userDir = pathApiFor(fs.cwd).join(fs.cwd, 'themes');
  const users = themeFilesIn(userDir, fs).filter((file) => !builtins.includes(file));
  return [...builtins.map((file) => describeTheme(file, true, fs)), ...users.map((file) => describeTheme(file, false, fs))];
}

function themeFilesIn(dir: string, fs: ThemeFiles): string[] {
  return fs
    .listJson(dir)
    .filter((file) => !file.endsWith('.schema.json'))
    .sort((a, b) => themeNameOf(a).localeCompare(themeNameOf(b)));
}

function describeTheme(file: string, builtin: boolean, fs: ThemeFiles): ThemeListing {
  const name = themeNameOf(file);
  try {
    const { theme } = loadTheme(file, fs);
    return { name, label: theme.label, file, builtin, valid: true };
  } catch (error) {
    if (!(error instanceof HuibaoError)) throw error;
    return { name, label: '（主题文件有误）', file, builtin, valid: false };
  }
}
