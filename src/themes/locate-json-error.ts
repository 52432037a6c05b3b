/**
 * Finds where and why a JSON text is invalid, in words a person editing a theme by hand
 * understands. `JSON.parse` only gives an English message, and on Node 20 not always a position
 * ("Unexpected token 'x', ... is not valid JSON"), so we scan the text ourselves.
 */

export interface JsonSyntaxProblem {
  /** 0-based offset of the offending character (text length for an unexpected end). */
  readonly offset: number;
  /** Chinese reason, saying what to change. */
  readonly reason: string;
}

class SyntaxProblem extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER_PATTERN = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const LITERALS = ['true', 'false', 'null'] as const;

/** Returns the first syntax problem of `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxProblem | null {
  try {
    const end = parseValue(text, skipWhitespace(text, 0));
    const rest = skipWhitespace(text, end);
    if (rest < text.length) {
      throw new SyntaxProblem(rest, describeStray(text, rest, '文件在最外层的 } 之后还有多余内容'));
    }
    return null;
  } catch (error) {
    if (error instanceof SyntaxProblem) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}

/** 1-based line and column of a 0-based offset; `\r\n` counts as one line break. */
export function toLineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index += 1) {
    if (text[index] === '\n') {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function skipWhitespace(text: string, start: number): number {
  let index = start;
  while (index < text.length && WHITESPACE.has(text.charAt(index))) index += 1;
  return index;
}

function parseValue(text: string, start: number): number {
  if (start >= text.length) throw new SyntaxProblem(start, '文件意外结束：缺少值，或缺少右括号 } / ]');
  const char = text.charAt(start);
  if (char === '{') return parseObject(text, start);
  if (char === '[') return parseArray(text, start);
  if (char === '"') return parseString(text, start);
  const number = NUMBER_PATTERN.exec(text.slice(start));
  if (number !== null && number[0] !== '-') return start + number[0].length;
  for (const literal of LITERALS) {
    if (text.startsWith(literal, start)) return start + literal.length;
  }
  throw new SyntaxProblem(start, describeStray(text, start, '此处应是一个值（带英文双引号的文字、数字、true/false、{…} 或 […]）'));
}

function parseObject(text: string, start: number): number {
  let index = skipWhitespace(text, start + 1);
  if (text.charAt(index) === '}') return index + 1;
  for (;;) {
    if (index >= text.length) throw new SyntaxProblem(index, '文件意外结束：缺少右花括号 }');
    if (text.charAt(index) !== '"') {
      const reason =
        text.charAt(index) === '}' ? '多余的逗号：最后一项后面不能再有逗号' : describeStray(text, index, '键名必须用英文双引号括起来，如 "primary"');
      throw new SyntaxProblem(index, reason);
    }
    index = skipWhitespace(text, parseString(text, index));
    if (text.charAt(index) !== ':') {
      throw new SyntaxProblem(index, describeStray(text, index, '键名后面缺少英文冒号 :'));
    }
    index = skipWhitespace(text, parseValue(text, skipWhitespace(text, index + 1)));
    const next = text.charAt(index);
    if (next === '}') return index + 1;
    if (next !== ',') {
      const reason = next === '"' ? '缺少逗号：上一项后面要加英文逗号 ,' : describeStray(text, index, '此处应是英文逗号 , 或右花括号 }');
      throw new SyntaxProblem(index, index >= text.length ? '文件意外结束：缺少右花括号 }' : reason);
    }
    index = skipWhitespace(text, index + 1);
  }
}

function parseArray(text: string, start: number): number {
  let index = skipWhitespace(text, start + 1);
  if (text.charAt(index) === ']') return index + 1;
  for (;;) {
    if (text.charAt(index) === ']') throw new SyntaxProblem(index, '多余的逗号：最后一项后面不能再有逗号');
    index = skipWhitespace(text, parseValue(text, index));
    const next = text.charAt(index);
    if (next === ']') return index + 1;
    if (next !== ',') {
      if (index >= text.length) throw new SyntaxProblem(index, '文件意外结束：缺少右方括号 ]');
      const reason = next === '"' || next === '{' ? '缺少逗号：上一项后面要加英文逗号 ,' : describeStray(text, index, '此处应是英文逗号 , 或右方括号 ]');
      throw new SyntaxProblem(index, reason);
    }
    index = skipWhitespace(text, index + 1);
  }
}

function parseString(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const char = text.charAt(index);
    if (char === '"') return index + 1;
    if (char === '\\') {
      const escaped = text.charAt(index + 1);
      if (escaped === 'u') {
        if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(index + 2, index + 6))) {
          throw new SyntaxProblem(index, '无效的 \\u 转义：应为 \\u 加 4 位十六进制');
        }
        index += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(escaped) || escaped === '') {
        throw new SyntaxProblem(index, '无效的反斜杠转义：Windows 路径请写成 / 或 \\\\');
      }
      index += 2;
      continue;
    }
    if (char === '\n' || char === '\r') throw new SyntaxProblem(index, '文字没有结束：缺少右侧的英文双引号 "');
    if (char.charCodeAt(0) < 0x20) throw new SyntaxProblem(index, '文字中有不可见的控制字符，请删除');
    index += 1;
  }
  throw new SyntaxProblem(text.length, '文件意外结束：文字缺少右侧的英文双引号 "');
}

/** Names the common hand-editing slips: Chinese punctuation, single quotes, comments. */
function describeStray(text: string, offset: number, otherwise: string): string {
  const char = text.charAt(offset);
  if (char === '“' || char === '”') return '请使用英文双引号 "，不要用中文引号 “ ”';
  if (char === '：') return '请使用英文冒号 :，不要用中文冒号 ：';
  if (char === '，') return '请使用英文逗号 ,，不要用中文逗号 ，';
  if (char === "'") return '请使用英文双引号 "，JSON 不支持单引号';
  if (char === '/' && (text.charAt(offset + 1) === '/' || text.charAt(offset + 1) === '*')) return 'JSON 不支持注释，请删除 // 或 /* */ 注释';
  return `${otherwise}，发现的是 “${char}”`;
}
