/**
 * The one place where zod's issues become Chinese messages a theme author can act on: which key,
 * what was found, what is allowed, and a did-you-mean for typos.
 */
import { z } from 'zod';
import { suggestClosest } from './suggest-key.js';
import { formatFoundValue, readAtPath, type KeyedIssue, type KeyPath } from './theme-paths.js';

type ZodIssue = z.core.$ZodIssue;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字（用英文双引号括起来）',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表 [ … ]',
  object: '对象 { … }',
};

/** Maps zod issues for `data` (validated against `schema`) to Chinese messages, one per problem. */
export function describeThemeIssues(issues: readonly ZodIssue[], data: unknown, schema: z.ZodType): KeyedIssue[] {
  return issues.flatMap((issue) => describeIssue(issue, data, schema));
}

function describeIssue(issue: ZodIssue, data: unknown, schema: z.ZodType): KeyedIssue[] {
  const path = issue.path;
  const value = readAtPath(data, path);
  const found = value === undefined ? {} : { found: formatFoundValue(value) };
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => describeUnknownKey(path, key, schema));
    case 'invalid_type': {
      if (value === undefined) {
        const hint = describeKeyAt(schema, path);
        return [{ path, message: `缺少必填的键，请补上${hint === undefined ? '' : `（${hint}）`}` }];
      }
      return [{ path, message: `类型不对：应为${TYPE_NAMES[issue.expected] ?? issue.expected}`, ...found }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((option) => String(option));
      return [{ path, message: `不允许的取值：${didYouMean(value, allowed)}只能是 ${quoteList(allowed)}`, ...found }];
    }
    case 'invalid_union':
      return [{ path, message: describeUnion(issue.errors.flat(), value), ...found }];
    case 'invalid_format': {
      const reason = hasChinese(issue.message) ? issue.message : `格式不对：应符合 ${issue.pattern ?? issue.format}`;
      return [{ path, message: reason, ...found }];
    }
    case 'too_small':
      return [{ path, message: describeTooSmall(issue, path), ...found }];
    case 'too_big':
      return [{ path, message: describeTooBig(issue), ...found }];
    default:
      return [{ path, message: hasChinese(issue.message) ? issue.message : `取值不对（${issue.message}）`, ...found }];
  }
}

function describeUnknownKey(parent: KeyPath, key: string, schema: z.ZodType): KeyedIssue {
  const allowed = allowedKeysAt(schema, parent);
  const suggestion = suggestClosest(key, allowed);
  const guess = suggestion === null ? '' : `，您是不是想写 “${suggestion}”？`;
  return {
    path: [...parent, key],
    message: `不认识的键${guess}${suggestion === null ? '：' : ''}此处允许的键有 ${allowed.join('、')}`,
  };
}

function describeUnion(nested: readonly ZodIssue[], value: unknown): string {
  const options = nested.flatMap((issue) => (issue.code === 'invalid_value' ? issue.values.map((option) => String(option)) : []));
  const isColor = nested.some((issue) => issue.code === 'invalid_format' && (issue.pattern ?? '').includes('0-9A-Fa-f'));
  if (typeof value !== 'string') return `类型不对：应为文字（用英文双引号括起来）`;
  if (isColor) {
    return `颜色不对：${didYouMean(value, options)}应为 6 位十六进制（如 "#C00000"）或调色板中的颜色名 ${options.join('、')}`;
  }
  const reasons = nested.filter((issue) => issue.code !== 'invalid_value' && hasChinese(issue.message)).map((issue) => issue.message);
  return `取值不对：${didYouMean(value, options)}应为 ${[quoteList(options), ...reasons].filter((part) => part !== '').join('，或')}`;
}

function describeTooSmall(issue: Extract<ZodIssue, { code: 'too_small' }>, path: KeyPath): string {
  const minimum = Number(issue.minimum);
  if (issue.origin === 'string') {
    return path.at(-1) === 'eastAsian' ? '中文字体不能为空：请填写，如 "微软雅黑"' : `不能为空${minimum > 1 ? `，至少 ${minimum} 个字` : ''}`;
  }
  if (issue.origin === 'array') return `至少要有 ${minimum} 项`;
  return issue.inclusive === false ? `必须大于 ${minimum}` : `不能小于 ${minimum}`;
}

function describeTooBig(issue: Extract<ZodIssue, { code: 'too_big' }>): string {
  const maximum = Number(issue.maximum);
  if (issue.origin === 'string') return `太长：最多 ${maximum} 个字`;
  if (issue.origin === 'array') return `最多 ${maximum} 项`;
  return issue.inclusive === false ? `必须小于 ${maximum}` : `不能大于 ${maximum}`;
}

function didYouMean(value: unknown, options: readonly string[]): string {
  if (typeof value !== 'string') return '';
  const suggestion = suggestClosest(value, options);
  return suggestion === null ? '' : `您是不是想写 “${suggestion}”？`;
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join('、');
}

function hasChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}

/** The keys an object accepts at `path` of `schema`, in declaration order. */
export function allowedKeysAt(schema: z.ZodType, path: KeyPath): string[] {
  const node = walkSchema(schema, path)?.node;
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/** The Chinese description of the key at `path`, as the schema documents it. */
export function describeKeyAt(schema: z.ZodType, path: KeyPath): string | undefined {
  return walkSchema(schema, path)?.description;
}

/**
 * The sub-schema that validates `path`, seen through defaults, optionals and pipes, with the
 * nearest description on the way (it may sit on a wrapper).
 */
function walkSchema(schema: z.ZodType, path: KeyPath): { node: z.ZodType; description: string | undefined } | undefined {
  let node = unwrapSchema(schema).node;
  let description: string | undefined;
  for (const key of path) {
    let child: z.ZodType | undefined;
    if (node instanceof z.ZodObject && typeof key === 'string') {
      const shape: Record<string, z.ZodType> = node.shape;
      child = shape[key];
    } else if (node instanceof z.ZodArray && typeof key === 'number') {
      child = node.element as z.ZodType;
    }
    if (child === undefined) return undefined;
    const unwrapped = unwrapSchema(child);
    node = unwrapped.node;
    description = unwrapped.description;
  }
  return { node, description };
}

function unwrapSchema(schema: z.ZodType): { node: z.ZodType; description: string | undefined } {
  let node = schema;
  let description = schema.description;
  for (;;) {
    if (node instanceof z.ZodDefault || node instanceof z.ZodPrefault || node instanceof z.ZodOptional) {
      node = node.unwrap() as z.ZodType;
    } else if (node instanceof z.ZodPipe) {
      node = node.in as z.ZodType;
    } else {
      return { node, description };
    }
    description ??= node.description;
  }
}
