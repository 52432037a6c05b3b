/**
 * `--set 名称=数字` (repeatable) and `--figures 文件.json` into the assignments `fillFigures` takes.
 * The JSON file is an object `{"户数": 12, "增长率": "8.5"}` (keys as for --set) or an array of
 * numbers filled in order (`[12, 8.5]` is `1=12`, `2=8.5`).
 */
import { InputError } from '../errors.js';
import { jsonDepthBeyond, RESOURCE_LIMITS } from '../resource-budget.js';
import { locateJsonError, toLineColumn } from '../themes/locate-json-error.js';
import { parseAssignment, type FigureAssignment } from '../parse/fill-figures.js';

export function parseSetOptions(values: readonly string[]): FigureAssignment[] {
  return values.map((value) => {
    const assignment = parseAssignment(value);
    if (assignment === null) {
      throw new InputError(`--set 的值“${value}”格式不对。`, { hint: '请写成“名称=数字”或“序号=数字”，如 --set 户数=12 或 --set 1=12。' });
    }
    return assignment;
  });
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return null;
}

/** The assignments in a figures file's text; `file` is for messages. */
export function parseFiguresJson(text: string, file: string): FigureAssignment[] {
  let data: unknown;
  const body = text.replace(/^\uFEFF/u, '');
  const hint = '请写成 {"户数": 12, "增长率": 8.5} 或 [12, 8.5]（按出现顺序）这样的格式，值为数字。';
  try {
    data = JSON.parse(body);
  } catch (error) {
    // JSON.parse explains in English; say where and what in Chinese, as for theme files.
    const located = locateJsonError(body);
    const { line, column } = toLineColumn(body, located?.offset ?? 0);
    throw new InputError(`数字文件“${file}”不是有效的 JSON（第 ${line} 行第 ${column} 列）：${located?.reason ?? '格式不对'}。`, {
      file,
      hint: `${hint}名称和文字请用英文双引号。`,
      cause: error,
    });
  }
  if (jsonDepthBeyond(data) !== null) throw new InputError(`数字文件“${file}”的数组和对象嵌套超过 ${RESOURCE_LIMITS.jsonDepth} 层。`, { file, hint });
  if (Array.isArray(data)) {
    return data.map((value: unknown, index) => {
      const text = scalarText(value);
      if (text === null) throw new InputError(`数字文件“${file}”第 ${index + 1} 项不是数字。`, { file, hint });
      return { key: String(index + 1), value: text };
    });
  }
  if (typeof data !== 'object' || data === null) throw new InputError(`数字文件“${file}”的内容应为对象或数组。`, { file, hint });
  return Object.entries(data).map(([key, value]: [string, unknown]) => {
    const text = scalarText(value);
    if (text === null) throw new InputError(`数字文件“${file}”里“${key}”的值不是数字。`, { file, hint });
    return { key, value: text };
  });
}
