/**
 * A starter theme file for `huibao theme init`: it extends a built-in theme and shows, with that
 * theme's current values, the keys people change most, so editing one value is enough.
 */
import { ThemeError } from '../errors.js';
import { findThemeFile } from './find-theme-file.js';
import { loadTheme } from './load-theme.js';
import type { ThemeFiles } from './theme-files.js';
import { pathApiFor, themeNameOf } from './theme-file-paths.js';
import { BUILTIN_PREFIX, builtinNameOf } from './theme-folders.js';
import { themeSchema } from './theme-schema.js';

/**
 * The JSON text of a new theme `<name>.json` extending the built-in `from` (its name, its label or
 * `builtin:<name>`). It extends `builtin:<name>`, so a user theme that happens to share the
 * built-in's name never slips in. Throws ThemeError when `name` is not a valid theme name or
 * `from` is not a built-in theme. The file refers to `./theme.schema.json`: copy the built-in
 * `theme.schema.json` next to it for editor help.
 */
export function createStarterTheme(name: string, from: string, fs: ThemeFiles): string {
  if (!themeSchema.shape.name.safeParse(name).success) {
    throw new ThemeError(name, [{ path: 'name', message: '主题名只能用小写字母、数字和连字符，如 "my-red"', found: JSON.stringify(name) }]);
  }
  const base = builtinRef(from, fs);
  const { theme } = loadTheme(base, fs);
  const starter = {
    $schema: './theme.schema.json',
    name,
    label: `${theme.label}（自定义）`,
    extends: base,
    colors: { primary: `#${theme.colors.primary}` },
    fonts: { body: { eastAsian: theme.fonts.body.eastAsian, latin: theme.fonts.body.latin } },
    footer: { text: theme.footer.text },
  };
  return `${JSON.stringify(starter, null, 2)}\n`;
}

/** `builtin:<name>` for the built-in `from` names (by name or Chinese label); ThemeError for anything else. */
export function builtinRef(from: string, fs: ThemeFiles): string {
  const explicit = builtinNameOf(from);
  if (explicit !== null) return from;
  const builtinOnly: ThemeFiles = { ...fs, cwd: fs.builtinDir, moreDirs: [] };
  let file: string | undefined;
  try {
    file = findThemeFile(from, builtinOnly);
  } catch {
    file = undefined;
  }
  const api = pathApiFor(fs.builtinDir);
  if (file === undefined || api.resolve(api.dirname(file)) !== api.resolve(fs.builtinDir)) {
    const names = fs
      .listJson(fs.builtinDir)
      .filter((candidate) => !candidate.endsWith('.schema.json'))
      .map(themeNameOf);
    throw new ThemeError(from, [{ path: '', message: `新主题只能基于内置主题（${names.join('、')}），“${from}”不是内置主题`, found: JSON.stringify(from) }]);
  }
  return `${BUILTIN_PREFIX}${themeNameOf(file)}`;
}
