/**
 * The file access the theme loader needs, injected so `src/themes` does no IO itself: the CLI
 * passes one backed by `node:fs`, tests pass an in-memory one.
 */
export interface ThemeFiles {
  /** The file's text (UTF-8), or null when it does not exist or cannot be read. */
  readText(path: string): string | null;
  exists(path: string): boolean;
  /** Absolute paths of the `*.json` files directly inside `dir`; [] when `dir` does not exist. */
  listJson(dir: string): string[];
  /** Folder the user runs huibao in; `./themes/<name>.json` is looked up under it. */
  readonly cwd: string;
  /** Folder of the built-in themes (the package's `themes/`). */
  readonly builtinDir: string;
}
