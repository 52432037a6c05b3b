/**
 * Where a theme ref (`-t` value or `extends`) points: a path, a name looked up in the theme
 * folders (`./themes`, the user's folder, the department's, then the built-ins), a theme's Chinese
 * label (`-t 党政红`), or `builtin:<name>` for a built-in theme whatever else is named alike.
 */
import { ThemeError } from '../errors.js';
import { suggestClosest } from './suggest-key.js';
import type { ThemeFiles } from './theme-files.js';
import { isPathLike, pathApiFor, themeNameOf } from './theme-file-paths.js';
import { builtinNameOf, searchFolders } from './theme-folders.js';

/** The file `ref` names, looked up from the working folder; throws ThemeError when none exists. */
export function findThemeFile(ref: string, fs: ThemeFiles): string {
  const candidates = candidateFiles(ref, fs.cwd, fs);
  const found = candidates.find((file) => fs.exists(file)) ?? (isPathLike(ref) ? undefined : findByLabel(ref, fs));
  if (found !== undefined) return found;
  const target = isPathLike(ref) ? (candidates[0] ?? ref) : ref;
  throw new ThemeError(target, [{ path: '', message: describeMissing(ref, candidates, fs) }]);
}

/**
 * The file an `extends` value in `fromFile` names: a path is relative to `fromFile`'s folder; a
 * name that leads back to `fromFile` itself (a user copy named like a built-in) means the
 * built-in. Returns null when nothing exists.
 */
export function findExtendsFile(ref: string, fromFile: string, fs: ThemeFiles): { file: string | null; message: string } {
  const api = pathApiFor(fromFile);
  const candidates = candidateFiles(ref, api.dirname(fromFile), fs).filter((file) => isPathLike(ref) || file !== fromFile);
  const file = candidates.find((candidate) => fs.exists(candidate)) ?? null;
  return { file, message: file === null ? describeMissing(ref, candidates, fs) : '' };
}

function candidateFiles(ref: string, baseDir: string, fs: ThemeFiles): string[] {
  const builtinName = builtinNameOf(ref);
  if (builtinName !== null) return [pathApiFor(fs.builtinDir).join(fs.builtinDir, `${builtinName}.json`)];
  const api = pathApiFor(baseDir);
  if (isPathLike(ref)) return [api.resolve(baseDir, ref)];
  return searchFolders(fs).map((folder) => pathApiFor(folder.dir).join(folder.dir, `${ref}.json`));
}

/** A theme whose own file sets `label` to `ref` (`-t 党政红`), first in lookup order. */
function findByLabel(ref: string, fs: ThemeFiles): string | undefined {
  const wanted = ref.trim();
  if (wanted === '') return undefined;
  for (const folder of searchFolders(fs)) {
    for (const file of fs.listJson(folder.dir)) {
      if (file.endsWith('.schema.json')) continue;
      if (labelOf(fs.readText(file)) === wanted) return file;
    }
  }
  return undefined;
}

function labelOf(text: string | null): string | undefined {
  if (text === null) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && 'label' in data && typeof data.label === 'string' ? data.label.trim() : undefined;
  } catch {
    // A broken file is reported when it is loaded by name, not while looking for a label.
    return undefined;
  }
}

function describeMissing(ref: string, candidates: readonly string[], fs: ThemeFiles): string {
  const searched = `已查找：${candidates.join('、')}`;
  if (isPathLike(ref)) return `找不到主题文件 “${ref}”（${searched}），请检查路径`;
  const names = availableThemeNames(fs);
  const suggestion = suggestClosest(builtinNameOf(ref) ?? ref, names);
  const guess = suggestion === null ? '' : `您是不是想写 “${suggestion}”？`;
  return `找不到主题 “${ref}”（${searched}）。${guess}可用的主题有 ${names.join('、')}`;
}

/** Names of the themes in every theme folder, each once, in lookup order (user themes first). */
export function availableThemeNames(fs: ThemeFiles): string[] {
  const files = searchFolders(fs).flatMap((folder) => fs.listJson(folder.dir));
  return [...new Set(files.filter((file) => !file.endsWith('.schema.json')).map(themeNameOf))];
}
