/**
 * The themes a user can pick with `-t`: those in `./themes`, the user's theme folder, the
 * department's shared folders, and the built-ins, each with where it came from.
 */
import { HuibaoError } from '../errors.js';
import { loadTheme } from './load-theme.js';
import type { ThemeFiles, ThemeOrigin } from './theme-files.js';
import { themeNameOf } from './theme-file-paths.js';
import { searchFolders } from './theme-folders.js';

export interface ThemeListing {
  /** What to pass to `-t`: the file name without `.json` (the label works too). */
  readonly name: string;
  /** The Chinese label, or a note that the file has errors. */
  readonly label: string;
  readonly file: string;
  readonly builtin: boolean;
  /** The folder it was found in: `./themes`, the user's, a shared one, or the package's. */
  readonly origin: ThemeOrigin;
  /** False when the file does not load; `huibao -t <name>` would then print why. */
  readonly valid: boolean;
}

/** Built-ins first, then the working folder's, the user's and the shared themes, each sorted by name. */
export function listThemes(fs: ThemeFiles): ThemeListing[] {
  const folders = searchFolders(fs);
  const builtins = folders.filter((folder) => folder.origin === 'builtin');
  const others = folders.filter((folder) => folder.origin !== 'builtin');
  return [...builtins, ...others].flatMap((folder) => themeFilesIn(folder.dir, fs).map((file) => describeTheme(file, folder.origin, fs)));
}

function themeFilesIn(dir: string, fs: ThemeFiles): string[] {
  return fs
    .listJson(dir)
    .filter((file) => !file.endsWith('.schema.json'))
    .sort((a, b) => themeNameOf(a).localeCompare(themeNameOf(b)));
}

function describeTheme(file: string, origin: ThemeOrigin, fs: ThemeFiles): ThemeListing {
  const name = themeNameOf(file);
  const builtin = origin === 'builtin';
  try {
    const { theme } = loadTheme(file, fs);
    return { name, label: theme.label, file, builtin, origin, valid: true };
  } catch (error) {
    if (!(error instanceof HuibaoError)) throw error;
    return { name, label: '（主题文件有误）', file, builtin, origin, valid: false };
  }
}
