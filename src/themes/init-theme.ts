/**
 * A starter theme file for `huibao theme init`: it extends an existing theme and shows, with
 * that theme's current values, the keys people change most, so editing one value is enough.
 */
import { ThemeError } from '../errors.js';
import { findThemeFile } from './find-theme-file.js';
import { loadTheme } from './load-theme.js';
import type { ThemeFiles } from './theme-files.js';
import { isPathLike, pathApiFor } from './theme-file-paths.js';
import { themeSchema } from './theme-schema.js';

/**
 * The JSON text of `themes/<name>.json` (under `fs.cwd`) extending `from`. Throws ThemeError
 * when `name` is not a valid theme name or `from` does not load. The file refers to
 * `./theme.schema.json`: copy the built-in `theme.schema.json` next to it for editor help.
 */
export function createStarterTheme(name: string, from: string, fs: ThemeFiles): string {
  if (!themeSchema.shape.name.safeParse(name).success) {
    throw new ThemeError(name, [{ path: 'name', message: '主题名只能用小写字母、数字和连字符，如 "my-red"', found: JSON.stringify(name) }]);
  }
  const { theme } = loadTheme(from, fs);
  const starter = {
    $schema: './theme.schema.json',
    name,
    label: `${theme.label}（自定义）`,
    extends: extendsRefFor(from, fs),
    colors: { primary: `#${theme.colors.primary}` },
    fonts: { body: { eastAsian: theme.fonts.body.eastAsian, latin: theme.fonts.body.latin } },
    footer: { text: theme.footer.text },
  };
  return `${JSON.stringify(starter, null, 2)}\n`;
}

/** `extends` is resolved from the new file's folder, so a path must be made relative to it. */
function extendsRefFor(from: string, fs: ThemeFiles): string {
  if (!isPathLike(from)) return from;
  const api = pathApiFor(fs.cwd);
  const relative = api.relative(api.join(fs.cwd, 'themes'), findThemeFile(from, fs)).split(api.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}
