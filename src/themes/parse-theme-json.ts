/**
 * Turns the text of a theme file into data, or a ThemeError with line and column.
 */
import { ThemeError, type ThemeIssue } from '../errors.js';
import { jsonDepthBeyond, RESOURCE_LIMITS } from '../resource-budget.js';
import { locateJsonError, toLineColumn } from './locate-json-error.js';

/** Parses `text` (a theme file's content); throws ThemeError naming `file`, line and column. */
export function parseThemeJson(text: string, file: string): unknown {
  // Notepad on Windows saves UTF-8 with a BOM, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body) as unknown;
  } catch (error) {
    throw new ThemeError(file, [describeSyntaxError(body, error)]);
  }
  if (jsonDepthBeyond(data) !== null) {
    throw new ThemeError(file, [
      { path: '', message: `数组和对象的嵌套超过 ${RESOURCE_LIMITS.jsonDepth} 层，不是主题文件的格式；请对照 themes/theme.schema.json 修改` },
    ]);
  }
  return data;
}

function describeSyntaxError(text: string, error: unknown): ThemeIssue {
  const located = locateJsonError(text);
  const offset = located?.offset ?? readPosition(error) ?? 0;
  const { line, column } = toLineColumn(text, offset);
  const reason = located?.reason ?? '格式不是有效的 JSON';
  return { path: '', message: `JSON 格式错误：${reason}`, line, column };
}

/** Node 20's JSON.parse says "… at position N" for some errors; used when our scan disagrees. */
function readPosition(error: unknown): number | null {
  if (!(error instanceof Error)) return null;
  const match = /position (\d+)/.exec(error.message);
  return match?.[1] === undefined ? null : Number(match[1]);
}
