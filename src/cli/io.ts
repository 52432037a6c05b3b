/**
 * All file-system access of huibao: reading inputs, finding reports in a folder, writing decks
 * atomically, and the theme loader's file access.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, OutputError, ThemeError } from '../errors.js';
import type { ThemePictures } from '../build-deck.js';
import type { ImageAsset } from '../plan/plan-deck.js';
import { readImageInfo } from '../themes/image-info.js';
import type { Theme } from '../themes/theme-schema.js';
import type { ThemeFiles } from '../themes/theme-files.js';
import { moreThemeFolders, type Env } from './theme-locations.js';

/** Reports larger than this are not speeches: refuse them instead of exhausting memory. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export const REPORT_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.docx'];

/** The package's own folder (two levels above this file, both in src/ and in dist/). */
export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built-in themes, inside the package (`themes/builtin`), apart from any `themes/` a user keeps in a working folder. */
export const BUILTIN_THEMES_DIR = path.join(PACKAGE_DIR, 'themes', 'builtin');

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export function readInputFile(file: string): Uint8Array {
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) {
      throw new InputError(`“${file}”是一个文件夹，不是文稿文件。`, { file, hint: '请给出文稿文件（.txt、.docx 或 .md）的路径；要批量生成，可写 `huibao build 文件夹 -o 输出文件夹`。' });
    }
    size = stats.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`找不到文件“${file}”。`, { file, hint: '请检查文件名和路径是否正确。', cause: error });
  }
  if (size > MAX_INPUT_BYTES) {
    throw new InputError(`文件“${file}”太大（${(size / 1024 / 1024).toFixed(1)} MB），超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB 的上限。`, {
      file,
      hint: '一份讲话稿或汇报材料通常不超过 1 MB，请确认选对了文件，或把文稿拆成几份。',
    });
  }
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    throw new InputError(`无法读取文件“${file}”（${errorCode(error) ?? '未知原因'}）。`, { file, hint: '请检查文件权限。', cause: error });
  }
}

function isReportFile(file: string): boolean {
  return REPORT_EXTENSIONS.includes(path.extname(file).toLowerCase()) && !path.basename(file).startsWith('~$');
}

/** Expand folders into the report files directly inside them (sorted); files stay as given. */
export function expandInputs(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    if (!existsSync(input) || !statSync(input).isDirectory()) return [input];
    const files = readdirSync(input)
      .map((name) => path.join(input, name))
      .filter((file) => statSync(file).isFile() && isReportFile(file))
      .sort();
    if (files.length === 0) {
      throw new InputError(`文件夹“${input}”里没有可用的文稿（${REPORT_EXTENSIONS.join('、')}）。`, {
        file: input,
        hint: '请把讲话稿另存为 .txt、.docx 或 .md 放进这个文件夹，或直接给出文稿文件的路径。',
      });
    }
    return files;
  });
}

const REPORT_SUFFIX = /\.(outline\.md|txt|text|md|markdown|docx)$/i;

function deckName(input: string): string {
  return `${path.basename(input).replace(REPORT_SUFFIX, '')}.pptx`;
}

/** `a.docx` → `a(docx).pptx`: the name a deck gets when another input of the batch would also make `a.pptx`. */
function deckNameWithSource(input: string): string {
  const base = path.basename(input);
  const suffix = REPORT_SUFFIX.exec(base)?.[1];
  return suffix === undefined ? deckName(input) : `${base.slice(0, -suffix.length - 1)}(${suffix.toLowerCase()}).pptx`;
}

/**
 * Where each deck goes. One input and `-o x.pptx`: that file. Otherwise `-o` is a folder
 * (created if missing when its parent exists). No `-o`: beside the input. When inputs of one
 * batch would make the same deck (`a.txt` and `a.docx`), each of them names its source:
 * `a(txt).pptx`, `a(docx).pptx`. Names are compared ignoring case, as Windows does.
 */
export function resolveOutputs(inputs: readonly string[], output: string | undefined, wasFolderInput: boolean): string[] {
  const isFolder =
    output === undefined ||
    inputs.length > 1 ||
    wasFolderInput ||
    output.endsWith('/') ||
    output.endsWith(path.sep) ||
    (existsSync(output) && statSync(output).isDirectory()) ||
    path.extname(output) === '';
  if (!isFolder) return [output];
  const folderOf = (input: string): string => output ?? path.dirname(input);
  const plain = inputs.map((input) => path.join(folderOf(input), deckName(input)));
  const key = (target: string): string => path.resolve(target).toLowerCase();
  const counts = new Map<string, number>();
  for (const target of plain) counts.set(key(target), (counts.get(key(target)) ?? 0) + 1);
  return inputs.map((input, index) => {
    const target = plain[index] as string;
    return (counts.get(key(target)) ?? 0) > 1 ? path.join(folderOf(input), deckNameWithSource(input)) : target;
  });
}

function samePath(a: string, b: string): boolean {
  const real = (file: string): string => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  return real(a) === real(b);
}

function isWritable(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks, before anything is parsed or rendered, that `target` can be written: not one of the
 * inputs, not a folder, a .pptx name, and inside a folder that exists (or whose parent exists, as
 * `writeFileAtomic` creates one level) and is writable. Creates nothing.
 */
export function checkOutputTarget(target: string, inputs: readonly string[], extension = '.pptx'): void {
  const input = inputs.find((file) => samePath(file, target));
  if (input !== undefined) {
    throw new OutputError(`输出路径“${target}”就是输入文稿本身，生成时会覆盖原稿。`, { file: target, hint: '请用 -o 指定另一个 .pptx 文件名或一个文件夹。' });
  }
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new OutputError(`输出路径“${target}”是一个文件夹，不能写成文件。`, { file: target, hint: '请给出 .pptx 文件名，或换一个输出文件夹。' });
  }
  if (path.extname(target).toLowerCase() !== extension) {
    throw new OutputError(`输出文件“${target}”不是 ${extension} 文件名。`, { file: target, hint: `请让 -o 的文件名以 ${extension} 结尾，或给出一个文件夹。` });
  }
  const folder = path.dirname(path.resolve(target));
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory()) throw new OutputError(`输出位置“${folder}”是一个文件，不是文件夹。`, { file: folder, hint: '请换一个输出位置。' });
    if (!isWritable(folder)) throw new OutputError(`没有权限写入输出文件夹“${folder}”。`, { file: folder, hint: '请换一个有写入权限的输出位置，或修改该文件夹的权限。' });
    return;
  }
  const parent = path.dirname(folder);
  if (!existsSync(parent)) {
    throw new OutputError(`输出文件夹“${folder}”不存在，它的上级文件夹“${parent}”也不存在。`, { file: folder, hint: '请先创建输出文件夹，或换一个输出位置。' });
  }
  if (!statSync(parent).isDirectory()) throw new OutputError(`输出位置“${parent}”是一个文件，不是文件夹。`, { file: parent, hint: '请换一个输出位置。' });
  if (!isWritable(parent)) throw new OutputError(`没有权限在“${parent}”里创建输出文件夹。`, { file: parent, hint: '请换一个有写入权限的输出位置。' });
}

function ensureFolder(folder: string): void {
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory()) throw new OutputError(`输出位置“${folder}”是一个文件，不是文件夹。`, { file: folder });
    return;
  }
  const parent = path.dirname(folder);
  if (!existsSync(parent)) {
    throw new OutputError(`输出文件夹“${folder}”不存在，它的上级文件夹“${parent}”也不存在。`, { file: folder, hint: '请先创建输出文件夹，或换一个输出位置。' });
  }
  try {
    // Only one level: a typo in a deep path should be reported, not silently created.
    mkdirSync(folder);
  } catch (error) {
    throw new OutputError(`无法创建输出文件夹“${folder}”（${errorCode(error) ?? '未知原因'}）。`, { file: folder, hint: '请检查文件夹权限。', cause: error });
  }
}

/**
 * Write via a temporary file next to the target and rename, so a failed or interrupted build
 * never leaves a half-written deck under the real name.
 */
export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new OutputError(`输出路径“${target}”是一个文件夹。`, { file: target, hint: '请给出 .pptx 文件名，或用文件夹作为 -o 的值。' });
  }
  ensureFolder(path.dirname(path.resolve(target)));
  const temporary = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = errorCode(error);
    const reason = code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'ENOSPC' ? '磁盘空间不足' : code === 'EBUSY' ? '文件正被其他程序（如 PowerPoint）占用' : (code ?? '未知原因');
    throw new OutputError(`无法写入“${target}”：${reason}。`, { file: target, hint: '请关闭正在打开该文件的程序，或换一个输出位置。', cause: error });
  }
}

/** Theme lookup from `cwd`; `env` adds the user's and the department's theme folders (theme-locations.ts). */
export function createThemeFiles(cwd: string, env: Env = {}): ThemeFiles {
  return {
    cwd,
    builtinDir: BUILTIN_THEMES_DIR,
    moreDirs: moreThemeFolders(env),
    readText(file: string): string | null {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return null;
      }
    },
    exists(file: string): boolean {
      return existsSync(file);
    },
    listJson(dir: string): string[] {
      try {
        return readdirSync(dir)
          .filter((name) => name.endsWith('.json') && name !== 'theme.schema.json')
          .map((name) => path.join(dir, name))
          .sort();
      } catch {
        return [];
      }
    },
  };
}

/**
 * Read the theme's logo and background picture (absolute paths after loading). A missing or
 * unreadable picture is a theme problem: the message names the key and the file.
 */
export function readThemePictures(theme: Theme, themeFile: string): ThemePictures {
  const bytes = new Map<string, Uint8Array>();
  const read = (key: 'logo' | 'background'): ImageAsset | null => {
    const source = theme.images[key];
    if (source === undefined) return null;
    let data: Uint8Array;
    try {
      data = new Uint8Array(readFileSync(source));
    } catch (cause) {
      throw new ThemeError(themeFile, [{ path: `images.${key}`, message: `无法读取图片文件“${source}”（${errorCode(cause) ?? '未知原因'}）`, found: source }]);
    }
    const info = readImageInfo(data);
    if (info === null) {
      throw new ThemeError(themeFile, [{ path: `images.${key}`, message: '不是 PNG、JPEG 或 GIF 图片，请换一张图片', found: source }]);
    }
    bytes.set(source, data);
    return { source, width: info.width, height: info.height };
  };
  return { logo: read('logo'), background: read('background'), bytes };
}

/** A path as the user should read it: relative to where they are, unless that means climbing out. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
