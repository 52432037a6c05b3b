/**
 * ThemeFiles for tests: an in-memory folder tree, optionally seeded with the real built-in themes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ThemeFiles } from '../../src/themes/theme-files.js';

export const REPO_THEMES_DIR = fileURLToPath(new URL('../../themes/builtin/', import.meta.url));
export const BUILTIN_NAMES = ['dark', 'gov-blue', 'minimal', 'party-red'] as const;

export const CWD = '/proj';
export const BUILTIN_DIR = '/pkg/themes';

/** ThemeFiles over the real disk: cwd and built-ins as given. */
export function createDiskThemeFiles(cwd: string, builtinDir: string = REPO_THEMES_DIR): ThemeFiles {
  return {
    cwd,
    builtinDir,
    readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null),
    exists: (path) => existsSync(path),
    listJson: (dir) =>
      existsSync(dir)
        ? readdirSync(dir)
            .filter((name) => name.endsWith('.json'))
            .map((name) => join(dir, name))
        : [],
  };
}

export interface MemoryThemeFiles extends ThemeFiles {
  /** Adds or replaces a file. */
  write(path: string, text: string): void;
}

/** An in-memory tree with `/proj` as cwd and the real built-ins copied to `/pkg/themes`. */
export function createMemoryThemeFiles(files: Record<string, string> = {}): MemoryThemeFiles {
  const store = new Map<string, string>();
  for (const name of BUILTIN_NAMES) {
    store.set(posix.join(BUILTIN_DIR, `${name}.json`), readFileSync(join(REPO_THEMES_DIR, `${name}.json`), 'utf8'));
  }
  for (const [path, text] of Object.entries(files)) store.set(path, text);
  return {
    cwd: CWD,
    builtinDir: BUILTIN_DIR,
    readText: (path) => store.get(path) ?? null,
    exists: (path) => store.has(path),
    listJson: (dir) => [...store.keys()].filter((path) => posix.dirname(path) === dir && path.endsWith('.json')),
    write: (path, text) => {
      store.set(path, text);
    },
  };
}

/** The real party-red theme as data, to derive broken variants from. */
export function readBuiltinData(name: (typeof BUILTIN_NAMES)[number]): Record<string, unknown> {
  return JSON.parse(readFileSync(join(REPO_THEMES_DIR, `${name}.json`), 'utf8')) as Record<string, unknown>;
}
