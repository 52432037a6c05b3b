/**
 * The file access the theme loader needs, injected so `src/themes` does no IO itself: the CLI
 * passes one backed by `node:fs`, tests pass an in-memory one.
 */
export interface ThemeFiles {
  /**
   * The file's text (UTF-8), or null when it does not exist or cannot be opened. Throws ThemeError
   * for a file that is no theme file at all: a folder, a FIFO or device, too large, not UTF-8.
   */
  readText(path: string): string | null;
  exists(path: string): boolean;
  /**
   * The path with every symlink resolved, or null when it cannot be; lets the loader keep theme
   * pictures inside the theme's folder. Absent in stores without links (tests in memory).
   */
  realPath?(path: string): string | null;
  /** Absolute paths of the `*.json` files directly inside `dir`; [] when `dir` does not exist. */
  listJson(dir: string): string[];
  /** Folder the user runs huibao in; `./themes/<name>.json` is looked up under it first. */
  readonly cwd: string;
  /** Folder of the built-in themes (the package's `themes/builtin`), looked up last. */
  readonly builtinDir: string;
  /**
   * Folders looked up after `./themes` and before the built-ins: the user's own theme folder,
   * then the department's shared ones (`HUIBAO_THEMES`). None when absent.
   */
  readonly moreDirs?: readonly ThemeFolder[];
}

/** Where a theme comes from, as `huibao themes` shows it. */
export type ThemeOrigin = 'folder' | 'user' | 'shared' | 'builtin';

export interface ThemeFolder {
  readonly dir: string;
  readonly origin: ThemeOrigin;
}
