/**
 * Path arithmetic on strings for theme lookup. No file access: the loader asks `ThemeFiles` for
 * that. The path flavour follows the folder we were given, so Windows paths from the CLI and
 * POSIX paths from tests both work on any machine.
 */
import { posix, win32 } from 'node:path';

export type PathApi = typeof posix;

export function pathApiFor(anchor: string): PathApi {
  return win32.isAbsolute(anchor) && !posix.isAbsolute(anchor) ? win32 : posix;
}

/** True for refs that name a file rather than a theme: they contain a separator or end in .json. */
export function isPathLike(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || ref.toLowerCase().endsWith('.json');
}

/** The theme name a file stands for: its base name without `.json`. */
export function themeNameOf(file: string): string {
  const api = pathApiFor(file);
  return api.basename(file).replace(/\.json$/i, '');
}
