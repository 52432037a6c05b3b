/**
 * Where a theme ref (`-t` value or `extends`) points: a path, `./themes/<name>.json` under the
 * working folder, or a built-in theme.
 */
import { ThemeError } from '../errors.js';
import { suggestClosest } from './suggest-key.js';
import type { ThemeFiles } from './theme-files.js';
import { isPathLike, pathApiFor, themeNameOf } from './theme-file-paths.js';

/** The file `ref` names, looked up from the working folder; throws ThemeError when none exists. */
export function findThemeFile(ref: string, fs: ThemeFiles): string {
  const candidates = candidateFiles(ref, fs.cwd, fs);
  const found = candidates.find((file) => fs.exists(file));
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
  const api = pathApiFor(baseDir);
  if (isPathLike(ref)) return [api.resolve(baseDir, ref)];
  const cwdApi = pathApiFor(fs.cwd);
  const builtinApi = pathApiFor(fs.builtinDir);
  return [cwdApi.join(fs.cwd, 'themes', `${ref}.json`), builtinApi.join(fs.builtinDir, `${ref}.json`)];
}

function describeMissing(ref: string, candidates: readonly string[], fs: ThemeFiles): string {
  const searched = `已查找：${candidates.join('、')}`;
  if (isPathLike(ref)) return `找不到主题文件 “${ref}”（${searched}），请检查路径`;
  const names = availableThemeNames(fs);
  const suggestion = suggestClosest(ref, names);
  const guess = suggestion === null ? '' : `您是不是想写 “${suggestion}”？`;
  return `找不到主题 “${ref}”（${searched}）。${guess}可用的主题有 ${names.join('、')}`;
}

/** Names of the themes in `./themes` and the built-ins, each once, user themes first. */
export function availableThemeNames(fs: ThemeFiles): string[] {
  const cwdApi = pathApiFor(fs.cwd);
  const files = [...fs.listJson(cwdApi.join(fs.cwd, 'themes')), ...fs.listJson(fs.builtinDir)];
  return [...new Set(files.filter((file) => !file.endsWith('.schema.json')).map(themeNameOf))];
}
