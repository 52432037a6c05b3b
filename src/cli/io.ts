/**
 * All file-system access of huibao: reading inputs, finding reports in a folder, writing decks
 * atomically, and the theme loader's file access.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, OutputError, ThemeError } from '../errors.js';
import { describeLimit, RESOURCE_LIMITS } from '../resource-budget.js';
import type { ThemePictures } from '../build-deck.js';
import type { ImageAsset } from '../plan/plan-deck.js';
import { readImageInfo } from '../themes/image-info.js';
import type { Theme } from '../themes/theme-schema.js';
import type { ThemeFiles } from '../themes/theme-files.js';
import { moreThemeFolders, type Env } from './theme-locations.js';

/** Reports larger than this are not speeches: refuse them instead of exhausting memory. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** A theme file holds settings only; anything larger is not one (and /dev/zero never ends). */
export const MAX_THEME_BYTES = 1024 * 1024;

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

export const REPORT_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.docx'];

/** The package's own folder (two levels above this file, both in src/ and in dist/). */
export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built-in themes, inside the package (`themes/builtin`), apart from any `themes/` a user keeps in a working folder. */
export const BUILTIN_THEMES_DIR = path.join(PACKAGE_DIR, 'themes', 'builtin');

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Why a file cannot be opened, in the user's words, from the system's error code. */
function describeOpenFailure(file: string, error: unknown): InputError {
  const code = errorCode(error);
  const problem = (message: string, hint: string): InputError => new InputError(message, { file, hint, cause: error });
  switch (code) {
    case 'ENOENT':
      return isSymbolicLink(file)
        ? problem(`“${file}”是一个符号链接，它指向的文件不存在。`, '请删除这个链接，或让它指向存在的文稿。')
        : problem(`找不到文件“${file}”。`, '请检查文件名和路径是否正确。');
    case 'ELOOP':
      return problem(`“${file}”是循环的符号链接（链接最终又指回自己），无法读取。`, '请删除这个链接，或让它指向真正的文稿文件。');
    case 'EACCES':
    case 'EPERM':
      return problem(`没有权限读取“${file}”。`, '请检查文件及其所在文件夹的权限，或把文稿复制到自己的文件夹后重试。');
    case 'ENAMETOOLONG':
      return problem(`路径“${file.length > 80 ? `${file.slice(0, 79)}…` : file}”太长，系统无法打开。`, '请把文稿移到层级较浅的文件夹，或改用较短的文件名。');
    case 'ENOTDIR':
      return problem(`路径“${file}”中有一段不是文件夹，找不到这个文件。`, '请检查路径是否正确。');
    default:
      return problem(`无法读取文件“${file}”（${code ?? '未知原因'}）。`, '请检查文件是否存在、是否有读取权限。');
  }
}

function isSymbolicLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Why a file huibao was asked to read is not one it will read. */
export type RegularFileRefusal =
  | { readonly kind: 'directory' }
  | { readonly kind: 'special'; readonly what: string }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'unopenable'; readonly error: unknown };

export type RegularFileRead = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly refusal: RegularFileRefusal };

function describeSpecial(stats: Stats): string {
  if (stats.isFIFO()) return '命名管道（FIFO）';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return '设备文件';
  if (stats.isSocket()) return '套接字';
  return '特殊文件';
}

/**
 * The bytes of `file` when it is a regular file of at most `maxBytes`: never a folder, a FIFO (a
 * read that waits forever), a device such as /dev/zero (a read that never ends) or a socket. The
 * file is opened without blocking and examined through the open handle, and never more than
 * `maxBytes` + 1 bytes are read, so a file that grows while read cannot get past the limit either.
 */
export function readRegularFile(file: string, maxBytes: number): RegularFileRead {
  let handle: number;
  try {
    handle = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (errorCode(error) === 'EISDIR') return { ok: false, refusal: { kind: 'directory' } };
    return { ok: false, refusal: { kind: 'unopenable', error } };
  }
  try {
    const stats = fstatSync(handle);
    if (stats.isDirectory()) return { ok: false, refusal: { kind: 'directory' } };
    if (!stats.isFile()) return { ok: false, refusal: { kind: 'special', what: describeSpecial(stats) } };
    if (stats.size > maxBytes) return { ok: false, refusal: { kind: 'too-large', size: stats.size } };
    const buffer = new Uint8Array(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(handle, buffer, length, buffer.byteLength - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return { ok: false, refusal: { kind: 'too-large', size: length } };
      if (length === buffer.byteLength) break;
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, refusal: { kind: 'unopenable', error } };
  } finally {
    closeSync(handle);
  }
}

const REPORT_FILE_HINT = '请给出文稿文件（.txt、.docx 或 .md）的路径；要批量生成，可写 `huibao build 文件夹 -o 输出文件夹`。';

/** A file the user names on the command line: a report, a template, the --figures file. */
export function readInputFile(file: string): Uint8Array {
  const read = readRegularFile(file, MAX_INPUT_BYTES);
  if (read.ok) return read.bytes;
  const { refusal } = read;
  switch (refusal.kind) {
    case 'directory':
      throw new InputError(`“${file}”是一个文件夹，不是文稿文件。`, { file, hint: REPORT_FILE_HINT });
    case 'special':
      throw new InputError(`“${file}”是${refusal.what}，不是普通文件，huibao 不读取它。`, { file, hint: REPORT_FILE_HINT });
    case 'too-large':
      throw new InputError(`文件“${file}”太大（${(refusal.size / 1024 / 1024).toFixed(1)} MB），超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB 的上限。`, {
        file,
        hint: '一份讲话稿或汇报材料通常不超过 1 MB，请确认选对了文件，或把文稿拆成几份。',
      });
    case 'unopenable':
      throw describeOpenFailure(file, refusal.error);
  }
}

function isReportFile(file: string): boolean {
  return REPORT_EXTENSIONS.includes(path.extname(file).toLowerCase()) && !path.basename(file).startsWith('~$');
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Expand folders into the report files directly inside them (sorted); files stay as given. An
 * entry with a report's name that cannot be examined (a dangling symlink, a symlink loop) is kept,
 * so the batch reports it as one failed file instead of stopping.
 */
export function expandInputs(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    if (!isDirectory(input)) return [input];
    const files = readdirSync(input)
      .map((name) => path.join(input, name))
      .filter((file) => isReportFile(file) && !isDirectory(file))
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
  // The temporary file beside it (writeFileAtomic) must fit the file system's 255-byte name limit too.
  if (Buffer.byteLength(temporaryName(target, '00000000')) > MAX_NAME_BYTES) {
    throw new OutputError(`输出文件名“${shorten(path.basename(target))}”太长，系统无法创建。`, {
      file: target,
      hint: '请用 -o 指定一个较短的文件名（中文不超过约 70 个字）。',
    });
  }
  const folder = path.dirname(path.resolve(target));
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory()) throw new OutputError(`输出位置“${folder}”是一个文件，不是文件夹。`, { file: folder, hint: '请换一个输出位置。' });
    if (!isWritable(folder))
      throw new OutputError(`没有权限写入输出文件夹“${folder}”。`, { file: folder, hint: '请换一个有写入权限的输出位置，或修改该文件夹的权限。' });
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

/** Longest file name (bytes) the common file systems take: ext4, NTFS (in UTF-16 units), APFS. */
const MAX_NAME_BYTES = 255;

function temporaryName(target: string, hex: string): string {
  return `.${path.basename(target)}.tmp-${process.pid}-${hex}`;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** `writeFileAtomic`'s temporary names: `.<target name>.tmp-<pid>-<8 hex digits>`. */
const TEMPORARY_NAME = /^\..+\.tmp-(\d+)-[0-9a-f]{8}$/u;

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but someone else's.
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Removes the temporary files a killed build left in `folder` (SIGKILL, a power cut: no chance to
 * clean up). Only files whose writing process is gone; another huibao running now keeps its own.
 * Returns the names removed.
 */
export function sweepStaleTemporaryFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const pid = Number(TEMPORARY_NAME.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || isProcessAlive(pid)) return false;
    try {
      const file = path.join(folder, name);
      if (!lstatSync(file).isFile()) return false;
      rmSync(file, { force: true });
      return true;
    } catch {
      return false;
    }
  });
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
  const temporary = path.join(path.dirname(path.resolve(target)), temporaryName(target, randomBytes(4).toString('hex')));
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, target);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Never created (a name too long, a read-only folder): nothing to remove.
    }
    const code = errorCode(error);
    const reason =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? '没有写入权限'
        : code === 'ENOSPC' || code === 'EDQUOT'
          ? '磁盘空间不足'
          : code === 'EBUSY'
            ? '文件正被其他程序（如 PowerPoint）占用'
            : code === 'ENAMETOOLONG'
              ? '文件名或路径太长'
              : (code ?? '未知原因');
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
      const read = readRegularFile(file, MAX_THEME_BYTES);
      if (read.ok) {
        try {
          return utf8Decoder.decode(read.bytes);
        } catch {
          // Read as UTF-8, a GBK file's Chinese footer and wording reach every slide as mojibake.
          throw new ThemeError(file, [
            { path: '', message: '主题文件不是 UTF-8 编码（可能是 GBK/ANSI），其中的中文会变成乱码；请用记事本或其他编辑器“另存为”UTF-8 编码后重试' },
          ]);
        }
      }
      const { refusal } = read;
      const refuse = (message: string): ThemeError => new ThemeError(file, [{ path: '', message }]);
      switch (refusal.kind) {
        case 'directory':
          throw refuse('这是一个文件夹，不是主题文件（.json）');
        case 'special':
          throw refuse(`这是${refusal.what}，不是普通文件；主题文件须是 .json 文件`);
        case 'too-large':
          throw refuse(
            `主题文件有 ${(refusal.size / 1024).toFixed(0)} KB，超过 ${MAX_THEME_BYTES / 1024} KB 的上限；主题文件只写颜色、字体等设置，图片请另存为文件`,
          );
        case 'unopenable':
          return null;
      }
    },
    exists(file: string): boolean {
      return existsSync(file);
    },
    realPath(file: string): string | null {
      try {
        return realpathSync(file);
      } catch {
        return null;
      }
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
    const refuse = (message: string): ThemeError => new ThemeError(themeFile, [{ path: `images.${key}`, message, found: source }]);
    const read = readRegularFile(source, RESOURCE_LIMITS.imageBytes);
    if (!read.ok) {
      const { refusal } = read;
      if (refusal.kind === 'too-large')
        throw refuse(`${describeLimit('imageBytes', refusal.size)}，请换一张较小的图片（标志几十 KB、背景图 1–2 MB 即足够清晰）`);
      if (refusal.kind === 'directory' || refusal.kind === 'special') throw refuse(`“${source}”不是普通文件，请换成 PNG、JPEG 或 GIF 图片文件`);
      throw refuse(`无法读取图片文件“${source}”（${errorCode(refusal.error) ?? '未知原因'}）`);
    }
    const data = read.bytes;
    const info = readImageInfo(data);
    if (info === null) throw refuse('不是 PNG、JPEG 或 GIF 图片，请换一张图片');
    const pixels = info.width * info.height;
    if (pixels > RESOURCE_LIMITS.imagePixels) throw refuse(`${describeLimit('imagePixels', pixels)}，请把图片缩小后再用`);
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
