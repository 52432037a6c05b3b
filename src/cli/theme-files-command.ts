/**
 * `huibao theme init` and `huibao theme import`: write a theme file (and its pictures) into the
 * user's theme folder (theme-locations.ts), with the schema beside it so editors complete keys.
 * Both build on a built-in theme, never on whatever user theme shares its name.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { HuibaoError } from '../errors.js';
import { BUILTIN_THEMES_DIR, createThemeFiles, displayPath, readInputFile, writeFileAtomic } from './io.js';
import type { CliEnvironment } from './program.js';
import { themeWriteDir } from './theme-locations.js';

const SCHEMA_FILE = 'theme.schema.json';

function themesFolder(environment: CliEnvironment): string {
  const folder = themeWriteDir(environment.env, environment.cwd);
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
  // The starter's "$schema" points here; without it editors give no help.
  const schema = path.join(folder, SCHEMA_FILE);
  const builtinSchema = path.join(BUILTIN_THEMES_DIR, SCHEMA_FILE);
  if (!existsSync(schema) && existsSync(builtinSchema) && path.resolve(folder) !== path.resolve(BUILTIN_THEMES_DIR)) copyFileSync(builtinSchema, schema);
  return folder;
}

function refuseOverwrite(target: string): void {
  if (existsSync(target)) {
    throw new HuibaoError('output', `主题文件“${target}”已存在，未覆盖。`, { file: target, hint: '请换一个主题名（--name），或先删除旧文件。' });
  }
}

export async function runThemeInit(name: string, from: string, environment: CliEnvironment): Promise<void> {
  const { createStarterTheme } = await import('../themes/init-theme.js');
  const text = createStarterTheme(name, from, createThemeFiles(environment.cwd, environment.env));
  const target = path.join(themesFolder(environment), `${name}.json`);
  refuseOverwrite(target);
  writeFileAtomic(target, new TextEncoder().encode(text));
  environment.stderr(`已创建主题文件：${displayPath(environment.cwd, target)}（用 -t ${name} 使用它）\n`);
}

/** `单位模板.pptx` → a name the schema allows; non-Latin names fall back to `unit-template`. */
export function themeNameFromFile(file: string): string {
  const slug = path
    .basename(file, path.extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return slug === '' ? 'unit-template' : slug;
}

export async function runThemeImport(input: string, name: string | undefined, environment: CliEnvironment): Promise<void> {
  const file = path.resolve(environment.cwd, input);
  const bytes = readInputFile(file);
  const [{ importTemplate }, { loadTheme }, { listThemes }] = await Promise.all([
    import('../themes/import-template.js'),
    import('../themes/load-theme.js'),
    import('../themes/list-themes.js'),
  ]);
  const themeFiles = createThemeFiles(environment.cwd, environment.env);
  const builtins = listThemes(themeFiles)
    .filter((theme) => theme.builtin && theme.valid)
    .map((theme) => loadTheme(theme.file, themeFiles).theme);
  const themeName = name ?? themeNameFromFile(file);
  const imported = await importTemplate(bytes, { name: themeName, fileName: path.basename(file) }, builtins);
  const folder = themesFolder(environment);
  const target = path.join(folder, `${themeName}.json`);
  refuseOverwrite(target);
  const written: string[] = [];
  let loaded: ReturnType<typeof loadTheme>;
  try {
    for (const image of imported.images) {
      const imageTarget = path.join(folder, image.fileName);
      mkdirSync(path.dirname(imageTarget), { recursive: true });
      writeFileAtomic(imageTarget, image.bytes);
      written.push(imageTarget);
    }
    writeFileAtomic(target, new TextEncoder().encode(imported.themeJson));
    written.push(target);
    loaded = loadTheme(target, themeFiles);
  } catch (error) {
    // A theme that does not load is no theme: take back what this import wrote.
    for (const file of written) rmSync(file, { force: true });
    throw error;
  }
  environment.stderr(`已导入主题：${displayPath(environment.cwd, target)}（继承 ${imported.base}；用 -t ${themeName} 使用它）\n`);
  for (const note of [...imported.notes, ...loaded.warnings]) environment.stderr(`  - ${note}\n`);
}
