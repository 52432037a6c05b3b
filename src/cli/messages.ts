/** Everything huibao tells the user, in one place and in Chinese. */
import { HuibaoError } from '../errors.js';

/** `file` names the report an internal error happened on, in a batch where several are built. */
export function formatError(error: unknown, debug: boolean, file?: string): string {
  if (error instanceof HuibaoError) {
    const lines = [`错误：${error.message}`];
    if (error.hint !== undefined) lines.push(`处理办法：${error.hint}`);
    if (debug && error.stack !== undefined) lines.push(error.stack);
    return lines.join('\n');
  }
  const where = file === undefined ? '' : `（${file}）`;
  const lines = [`huibao 内部错误${where}：${internalDetail(error)}`, '这不是您的操作问题。请把上面的信息和所用文稿报告给维护者（加 --debug 可显示详细堆栈）。'];
  if (debug && error instanceof Error && error.stack !== undefined) lines.push(error.stack);
  return lines.join('\n');
}

export function builtMessage(output: string, slides: number): string {
  return `已生成：${output}（${slides} 页）`;
}

export function warningLines(file: string, warnings: readonly string[]): string[] {
  return warnings.map((warning) => `提示（${file}）：${warning}`);
}

export function batchSummary(succeeded: number, failed: number): string {
  return failed === 0 ? `全部完成：共 ${succeeded} 份。` : `完成 ${succeeded} 份，失败 ${failed} 份。`;
}

/** Terminal columns a text takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000) ? 2 : 1;
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
  const text = error instanceof HuibaoError ? error.message : `内部错误：${internalDetail(error)}`;
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
  const cells = rows.map((row) => [row.file, row.slides === null ? '-' : String(row.slides), String(row.warnings), String(Math.round(row.milliseconds)), row.ok ? '成功' : '失败']);
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...cells.map((cell) => displayWidth(cell[column] ?? ''))));
  const line = (values: readonly string[]): string => values.map((value, column) => pad(value, widths[column] ?? 0, column >= 1 && column <= 3)).join('  ').trimEnd();
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

/** Masked figures still left, one a line, numbered for `--set 序号=数字`. */
export function maskedFigureLines(file: string, entries: readonly MaskedEntry[]): string[] {
  if (entries.length === 0) return [];
  return [
    `提示（${file}）：还有 ${entries.length} 处数字被隐去，上会前请补全（用 --set 序号=数字 或 --set 名称=数字 填入，如 --set ${entries[0]?.number ?? 1}=12）：`,
    ...entries.map((entry) => `  ${entry.number}. ${entry.label === '' ? '' : `${entry.label} `}${entry.text}  ——“${excerpt(entry.sentence, entry.text)}”`),
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
