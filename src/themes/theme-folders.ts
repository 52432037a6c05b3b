/**
 * The folders a theme name is looked up in, in order: `./themes` of the working folder, the
 * user's theme folder, the department's shared folders, then the built-ins. A folder that is the
 * built-in folder itself (huibao run inside its own package) counts only as built-in.
 */
import type { ThemeFiles, ThemeFolder, ThemeOrigin } from './theme-files.js';
import { pathApiFor } from './theme-file-paths.js';

/** `extends: "builtin:party-red"` names the built-in theme even where a user theme has the same name. */
export const BUILTIN_PREFIX = 'builtin:';

export const ORIGIN_LABELS: Readonly<Record<ThemeOrigin, string>> = {
  builtin: '内置',
  folder: '当前文件夹',
  user: '用户主题',
  shared: '部门共享',
};

export function searchFolders(fs: ThemeFiles): ThemeFolder[] {
  const builtinApi = pathApiFor(fs.builtinDir);
  const builtin = builtinApi.resolve(fs.builtinDir);
  const cwdApi = pathApiFor(fs.cwd);
  const folders: ThemeFolder[] = [{ dir: cwdApi.join(fs.cwd, 'themes'), origin: 'folder' }, ...(fs.moreDirs ?? [])];
  const seen = new Set<string>([builtin]);
  const unique = folders.filter((folder) => {
    const key = pathApiFor(folder.dir).resolve(folder.dir);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...unique, { dir: fs.builtinDir, origin: 'builtin' }];
}

/** The built-in theme name a ref stands for when it carries the `builtin:` prefix, else null. */
export function builtinNameOf(ref: string): string | null {
  return ref.startsWith(BUILTIN_PREFIX) ? ref.slice(BUILTIN_PREFIX.length) : null;
}
