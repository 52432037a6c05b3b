/** Everything huibao tells the user, in one place and in Chinese. */
import { HuibaoError } from '../errors.js';

/** What each system error code the user's own machine can cause means, and what to do. */
const SYSTEM_ERRORS: Readonly<Record<string, { readonly what: string; readonly hint: string }>> = {
  EACCES: { what: '没有权限', hint: '请检查文件和文件夹的权限，或换一个有权限的位置。' },
  EPERM: { what: '操作不被允许（权限不足或文件被锁定）', hint: '请检查文件和文件夹的权限，关闭正在使用该文件的程序后重试。' },
  EROFS: { what: '所在的磁盘是只读的', hint: '请换一个可写的位置。' },
  ENAMETOOLONG: { what: '文件名或路径太长', hint: '请改用较短的文件名，或换一个层级较浅的文件夹。' },
  ENOSPC: { what: '磁盘空间不足', hint: '请清理磁盘空间后重试。' },
  EDQUOT: { what: '超出了磁盘配额', hint: '请清理磁盘空间后重试。' },
  ELOOP: { what: '符号链接形成循环', hint: '请删除或修正这个符号链接。' },
  ENOENT: { what: '文件或文件夹不存在', hint: '请检查路径是否正确。' },
  ENOTDIR: { what: '路径中有一段不是文件夹', hint: '请检查路径是否正确。' },
  EISDIR: { what: '这是一个文件夹，不是文件', hint: '请给出文件的路径。' },
  EBUSY: { what: '文件正被其他程序占用', hint: '请关闭正在使用该文件的程序后重试。' },
  EMFILE: { what: '同时打开的文件太多', hint: '请关闭一些程序后重试。' },
};

/**
 * A system error the user's machine caused (permissions, a full disk, a name too long) that no
 * stage turned into a HuibaoError: still the user's to fix, so it is reported as such, with the
 * path, instead of as a huibao fault.
 */
export function describeSystemError(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null;
  const known = SYSTEM_ERRORS[error.code];
  if (known === undefined) return null;
  const where = 'path' in error && typeof error.path === 'string' ? `“${error.path.length > 120 ? `${error.path.slice(0, 119)}…` : error.path}”：` : '';
  return `错误：${where}${known.what}（${error.code}）。\n处理办法：${known.hint}`;
}

/** `file` names the report an internal error happened on, in a batch where several are built. */
export function formatError(error: unknown, debug: boolean, file?: string): string {
  if (error instanceof HuibaoError) {
    const lines = [`错误：${error.message}`];
    if (error.hint !== undefined) lines.push(`处理办法：${error.hint}`);
    if (debug && error.stack !== undefined) lines.push(error.stack);
    return lines.join('\n');
  }
  const system = describeSystemError(error);
  if (system !== null) return debug && error instanceof Error && error.stack !== undefined ? `${system}\n${error.stack}` : system;
  const where = file === undefined ? '' : `（${file}）`;
  const lines = [
    `huibao 内部错误${where}：${internalDetail(error)}`,
    '这不是您的操作问题。请把上面的信息和所用文稿报告给维护者（加 --debug 可显示详细堆栈）。',
  ];
  if (debug && error instanceof Error && error.stack !== undefined) lines.push(error.stack);
  return lines.join('\n');
}

export function builtMessage(output: string, slides: number): string {
  return `已生成：${output}（${slides} 页）`;
}

/** One line a warning; the same warning once; past MAX_LISTED, a count of the rest. */
export function warningLines(file: string, warnings: readonly string[]): string[] {
  const distinct = [...new Set(warnings)];
  const rest = distinct.length - MAX_LISTED;
  return [
    ...distinct.slice(0, MAX_LISTED).map((warning) => `提示（${file}）：${warning}`),
    ...(rest > 0 ? [`提示（${file}）：……另有 ${rest} 条提示未显示。`] : []),
  ];
}

export function batchSummary(succeeded: number, failed: number): string {
  return failed === 0 ? `全部完成：共 ${succeeded} 份。` : `完成 ${succeeded} 份，失败 ${failed} 份。`;
}

/** Terminal columns a text takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width +=
      code >= 0x1100 &&
      (code <= 0x115f ||
        (code >= 0x2e80 && code <= 0xa4cf) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe30 && code <= 0xfe4f) ||
        (code >= 0xff00 && code <= 0xff60) ||
        (code >= 0xffe0 && code <= 0xffe6) ||
        code >= 0x20000)
        ? 2
        : 1;
  }
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? `${fill}${text}` : `${text}${fill}`;
}

function internalDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One line saying why a report failed, for the list under a batch's table. */
export function failureReason(error: unknown): string {
  const system = describeSystemError(error);
  const text = error instanceof HuibaoError ? error.message : system !== null ? system.replace(/^错误：/u, '') : `内部错误：${internalDetail(error)}`;
  const first = text.split('\n')[0] ?? '';
  return first.length > 120 ? `${first.slice(0, 119)}…` : first;
}

export interface BatchRow {
  readonly file: string;
  readonly slides: number | null;
  readonly warnings: number;
  readonly milliseconds: number;
  readonly ok: boolean;
  /** Why it failed (first line of the message), for failed rows. */
  readonly reason?: string;
}

/** Under the table: each failed report with its reason, so the summary alone says what to fix. */
export function batchFailures(rows: readonly BatchRow[]): string[] {
  const failed = rows.filter((row) => !row.ok);
  if (failed.length === 0) return [];
  return ['失败的文稿：', ...failed.map((row) => `  ${row.file}：${row.reason ?? '未知原因'}`)];
}

/** The table printed after a batch: one row per report, numbers right-aligned. */
export function batchTable(rows: readonly BatchRow[]): string {
  const header = ['文件', '页数', '提示', '用时(ms)', '状态'];
  const cells = rows.map((row) => [
    row.file,
    row.slides === null ? '-' : String(row.slides),
    String(row.warnings),
    String(Math.round(row.milliseconds)),
    row.ok ? '成功' : '失败',
  ]);
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...cells.map((cell) => displayWidth(cell[column] ?? ''))));
  const line = (values: readonly string[]): string =>
    values
      .map((value, column) => pad(value, widths[column] ?? 0, column >= 1 && column <= 3))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...cells.map(line)].join('\n');
}

export function progressLine(index: number, total: number, file: string): string {
  return `[${index}/${total}] 正在生成 ${file} …`;
}

export function rebuiltMessage(output: string, slides: number, milliseconds: number): string {
  return `已重新生成：${output}（${slides} 页，${Math.round(milliseconds)} ms）`;
}

export interface MaskedEntry {
  readonly number: number;
  readonly label: string;
  readonly text: string;
  readonly sentence: string;
}

function excerpt(sentence: string, text: string): string {
  const at = sentence.indexOf(text);
  const start = Math.max(0, at - 16);
  const end = Math.min(sentence.length, (at === -1 ? 0 : at + text.length) + 12);
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end)}${end < sentence.length ? '…' : ''}`;
}

/**
 * How many warnings, and masked figures, one report lists before summing up the rest: a 19 MB
 * report printed 9,000 lines, which buries what matters and takes the terminal minutes to print.
 */
export const MAX_LISTED = 20;

/** Masked figures still left, one a line, numbered for `--set 序号=数字`; past MAX_LISTED, a count. */
export function maskedFigureLines(file: string, entries: readonly MaskedEntry[]): string[] {
  if (entries.length === 0) return [];
  const rest = entries.length - MAX_LISTED;
  return [
    `提示（${file}）：还有 ${entries.length} 处数字被隐去，上会前请补全（用 --set 序号=数字 或 --set 名称=数字 填入，如 --set ${entries[0]?.number ?? 1}=12）：`,
    ...entries
      .slice(0, MAX_LISTED)
      .map((entry) => `  ${entry.number}. ${entry.label === '' ? '' : `${entry.label} `}${entry.text}  ——“${excerpt(entry.sentence, entry.text)}”`),
    ...(rest > 0 ? [`  ……另有 ${rest} 处未列出（用 huibao outline ${file} --format md 可查看全部）`] : []),
  ];
}

export function filledLine(file: string, filled: readonly { number: number; label: string; text: string }[]): string | null {
  if (filled.length === 0) return null;
  return `已填入（${file}）：${filled.map((entry) => `${entry.number}. ${entry.label}${entry.text}`).join('；')}`;
}

/** The matching rule of `--set`, as the help shows it (implemented in src/parse/fill-figures.ts). */
export const SET_HELP =
  '填入被隐去的数字（可重复）：“序号=数字”按在文稿中出现的顺序，“名称=数字”填入第一处标签含该名称的隐去数字；' +
  '以“率/比例/幅度”结尾的名称对应百分数（增长率→利润同比增长*%），以“数/数量”结尾的对应单位（户数→*户）；同一名称重复写依次填入下一处';

/** Commander's usage errors (English) and what they say in Chinese; `$n` are the captured parts. */
const USAGE_ERRORS: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option '(.+?)'$/u, '不认识的选项“$1”。'],
  [/^error: unknown command '(.+?)'$/u, '没有“$1”这个命令。'],
  [/^error: missing required argument '(.+?)'$/u, '缺少参数 <$1>。'],
  [/^error: option '(.+?)' argument missing$/u, '选项 $1 后面缺少值。'],
  [/^error: option '(.+?)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/u, '选项 $1 的值“$2”不在可选范围内，可选：$3。'],
  [/^error: option '(.+?)' argument '(.*)' is invalid\.?(.*)$/u, '选项 $1 的值“$2”无效。$3'],
  [
    /^error: too many arguments for '(.+?)'\. Expected (\d+) arguments? but got (\d+)\.$/u,
    '参数太多：$1 命令需要 $2 个参数，实际给了 $3 个（文件名含空格时请加引号）。',
  ],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/u, '参数太多：需要 $1 个参数，实际给了 $2 个。'],
  [/^error: missing required option '(.+?)'$/u, '缺少必需的选项 $1。'],
];

/** A commander usage error in Chinese; its "Did you mean" suggestion is kept. */
export function translateUsageError(text: string): string {
  const lines = text.trimEnd().split('\n');
  const translated = lines.map((line) => {
    const suggestion = /^\(Did you mean (.+?)\?\)$/u.exec(line.trim());
    if (suggestion !== null) return `您是不是想写 ${suggestion[1] ?? ''}？`;
    for (const [pattern, chinese] of USAGE_ERRORS) {
      if (pattern.test(line)) return `错误：${line.replace(pattern, chinese)}`;
    }
    return line.replace(/^error: /u, '错误：');
  });
  return `${translated.join('\n')}\n`;
}

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F]/gu;

/**
 * Text for the terminal with every control character a report or file name may carry made harmless:
 * ESC starts sequences that recolour, retitle or clear the terminal (and some terminals answer
 * them), C1 controls act the same on others. Shown as the Unicode control pictures (␛ for ESC) so
 * the user still sees something was there; line breaks and tabs stay.
 */
export function showControls(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\uFFFD';
  });
}
