/**
 * Loading a theme: find the file, follow its `extends` chain, merge, validate once with the
 * schema and the semantic rules, and hand every later stage a frozen, fully defaulted Theme.
 * All problems found are reported together in one ThemeError.
 */
import { ThemeError, type ThemeIssue } from '../errors.js';
import { describeThemeIssues } from './describe-theme-issues.js';
import { findExtendsFile, findThemeFile } from './find-theme-file.js';
import { deepFreeze, mergeThemeData } from './merge-theme-data.js';
import { parseThemeJson } from './parse-theme-json.js';
import type { ThemeFiles } from './theme-files.js';
import { pathApiFor, themeNameOf } from './theme-file-paths.js';
import { formatFoundValue, formatKeyPath, hasPath, isRecord, type KeyedIssue } from './theme-paths.js';
import { checkImagePath, checkThemeRules, collectThemeWarnings } from './theme-rules.js';
import { themeSchema, type Theme } from './theme-schema.js';

export interface LoadedTheme {
  /**
   * The validated theme, deep-frozen, defaults filled. `images.logo` and `images.background`
   * are absolute paths here (each resolved against the file that set it); the CLI reads them.
   */
  readonly theme: Readonly<Theme>;
  /** Absolute path of the theme file `ref` named. */
  readonly file: string;
  /** The files of the extends chain, starting with `file`, then its base, and so on. */
  readonly chain: readonly string[];
  /** Chinese warnings (low contrast, decorations over text, missing fonts…); not fatal. */
  readonly warnings: readonly string[];
}

/** A theme file's data together with the file it came from. */
interface ThemeLayer {
  readonly file: string;
  readonly data: Record<string, unknown>;
}

/** Longest extends chain we follow; deeper chains are almost surely a mistake. */
const MAX_CHAIN = 8;

/**
 * Loads the theme `ref`: a path (contains `/` or ends in `.json`, relative to `fs.cwd`), else
 * `./themes/<ref>.json` under `fs.cwd`, else the built-in `<ref>.json` in `fs.builtinDir`.
 * Throws ThemeError listing every problem found.
 */
export function loadTheme(ref: string, fs: ThemeFiles): LoadedTheme {
  const file = findThemeFile(ref, fs);
  const rawLayers = readExtendsChain(file, fs);
  const imageIssues: { file: string; issue: KeyedIssue }[] = [];
  const layers = rawLayers.map((layer) => resolveImages(layer, fs, (issue) => imageIssues.push({ file: layer.file, issue })));
  const merged = layers.reduceRight<unknown>((base, layer) => mergeThemeData(base, layer.data), {});

  const parsed = themeSchema.safeParse(merged);
  const schemaIssues = parsed.success ? [] : describeThemeIssues(parsed.error.issues, merged, themeSchema);
  const located = [...imageIssues, ...uniqueByPath([...checkThemeRules(merged), ...schemaIssues]).map((issue) => ({ file: originOf(issue, layers), issue }))];
  if (located.length > 0 || !parsed.success) throw buildThemeError(file, sortBySchemaOrder(located));

  const theme = deepFreeze(parsed.data);
  const warnings = [...collectThemeWarnings(theme), ...warnNameMismatch(theme, file)];
  return deepFreeze({ theme, file, chain: layers.map((layer) => layer.file), warnings });
}

function readExtendsChain(file: string, fs: ThemeFiles): ThemeLayer[] {
  const layers: ThemeLayer[] = [];
  let current = file;
  for (;;) {
    const text = fs.readText(current);
    if (text === null) throw new ThemeError(current, [{ path: '', message: '无法读取主题文件，请检查文件是否存在、是否有读取权限' }]);
    const data = parseThemeJson(text, current);
    if (!isRecord(data)) throw new ThemeError(current, [{ path: '', message: '主题文件最外层应为对象 { … }', found: formatFoundValue(data) }]);
    layers.push({ file: current, data });

    const ref = data['extends'];
    if (ref === undefined) return layers;
    if (typeof ref !== 'string') {
      throw new ThemeError(current, [{ path: 'extends', message: '类型不对：应为主题名或相对路径（文字），如 "party-red"', found: formatFoundValue(ref) }]);
    }
    const next = findExtendsFile(ref, current, fs);
    if (next.file === null) {
      throw new ThemeError(current, [{ path: 'extends', message: `找不到要继承的主题：${next.message}`, found: formatFoundValue(ref) }]);
    }
    const chain = layers.map((layer) => layer.file);
    if (chain.includes(next.file)) {
      const loop = [...chain.slice(chain.indexOf(next.file)), next.file].join(' → ');
      throw new ThemeError(current, [{ path: 'extends', message: `继承关系形成循环：${loop}，请去掉其中一处 extends`, found: formatFoundValue(ref) }]);
    }
    if (chain.length >= MAX_CHAIN) {
      throw new ThemeError(current, [{ path: 'extends', message: `继承层数超过 ${MAX_CHAIN} 层：${chain.join(' → ')}，请直接继承内置主题` }]);
    }
    current = next.file;
  }
}

/** Image paths are relative to the file that sets them, so they are resolved before merging. */
function resolveImages(layer: ThemeLayer, fs: ThemeFiles, report: (issue: KeyedIssue) => void): ThemeLayer {
  const images = layer.data['images'];
  if (!isRecord(images)) return layer;
  const themeDir = pathApiFor(layer.file).dirname(layer.file);
  const resolved: Record<string, unknown> = { ...images };
  for (const key of ['logo', 'background'] as const) {
    const value = images[key];
    if (typeof value !== 'string' || value === '') continue;
    const path = ['images', key];
    const check = checkImagePath(value, themeDir);
    if (!check.ok) report({ path, message: check.message, found: formatFoundValue(value) });
    else if (!fs.exists(check.resolved)) report({ path, message: `找不到图片文件 ${check.resolved}，请检查文件名`, found: formatFoundValue(value) });
    else if (leavesFolder(check.resolved, themeDir, fs)) {
      report({
        path,
        message: `图片经符号链接指向主题文件所在文件夹（${themeDir}）之外，为免把别处的文件带进演示文稿，不予读取；请把图片本身复制到主题文件夹内`,
        found: formatFoundValue(value),
      });
    } else resolved[key] = check.resolved;
  }
  return { file: layer.file, data: { ...layer.data, images: resolved } };
}

/**
 * A picture path that is inside the theme's folder as written may still leave it through a
 * symlink (`logo.png -> /elsewhere/secret.png`), which would embed that file in every deck.
 */
function leavesFolder(file: string, themeDir: string, fs: ThemeFiles): boolean {
  if (fs.realPath === undefined) return false;
  const realFile = fs.realPath(file);
  const realDir = fs.realPath(themeDir);
  if (realFile === null || realDir === null) return true;
  const api = pathApiFor(realDir);
  const relative = api.relative(realDir, realFile);
  return relative === '' || relative.startsWith('..') || api.isAbsolute(relative);
}

/** Rule issues come first, so a rule's clearer message wins over the schema's for one key. */
function uniqueByPath(issues: readonly KeyedIssue[]): KeyedIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = formatKeyPath(issue.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The file that set the offending key: the nearest layer that has it, else the theme itself. */
function originOf(issue: KeyedIssue, layers: readonly ThemeLayer[]): string {
  const owner = layers.find((layer) => hasPath(layer.data, issue.path)) ?? layers[0];
  return owner?.file ?? '';
}

/** Issues in the order the keys appear in a theme file, so the list reads top to bottom. */
function sortBySchemaOrder<T extends { issue: KeyedIssue }>(located: readonly T[]): T[] {
  const order = Object.keys(themeSchema.shape);
  const rank = (entry: T): number => {
    const index = order.indexOf(String(entry.issue.path[0] ?? ''));
    return index === -1 ? order.length : index;
  };
  return [...located].sort((a, b) => rank(a) - rank(b));
}

function buildThemeError(file: string, located: readonly { file: string; issue: KeyedIssue }[]): ThemeError {
  const origins = new Set(located.map((entry) => entry.file));
  const only = origins.size === 1 ? [...origins][0] : undefined;
  const reported = only ?? file;
  const issues = located.map(({ file: origin, issue }): ThemeIssue => {
    const elsewhere = origin === reported ? '' : `（此键在被继承的 ${origin} 中）`;
    const found = issue.found === undefined ? {} : { found: issue.found };
    return { path: formatKeyPath(issue.path), message: `${issue.message}${elsewhere}`, ...found };
  });
  return new ThemeError(reported, issues.length > 0 ? issues : [{ path: '', message: '主题文件不符合格式要求' }]);
}

function warnNameMismatch(theme: Theme, file: string): string[] {
  const fileName = themeNameOf(file);
  if (theme.name === fileName) return [];
  return [`主题名 “${theme.name}” 与文件名 “${fileName}.json” 不一致；用 -t 选择主题时按文件名查找，建议改成一致`];
}
