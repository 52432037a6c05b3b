/**
 * Typed errors. Every stage throws only these; `cli/main.ts` is the one place that turns them
 * into a Chinese message and an exit code.
 */

export type ErrorKind = 'input' | 'theme' | 'output' | 'usage' | 'internal';

/** A problem the user can fix (bad input, bad theme, unwritable output). Exit code 1. */
export class HuibaoError extends Error {
  readonly kind: ErrorKind;
  /** The file the problem is about, when there is one. */
  readonly file: string | undefined;
  /** What the user should do next, in Chinese. */
  readonly hint: string | undefined;

  constructor(kind: ErrorKind, message: string, options: { file?: string; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HuibaoError';
    this.kind = kind;
    this.file = options.file;
    this.hint = options.hint;
  }

  get exitCode(): number {
    return this.kind === 'usage' ? 2 : this.kind === 'internal' ? 70 : 1;
  }
}

export class InputError extends HuibaoError {
  constructor(message: string, options: { file?: string; hint?: string; cause?: unknown } = {}) {
    super('input', message, options);
    this.name = 'InputError';
  }
}

export class OutputError extends HuibaoError {
  constructor(message: string, options: { file?: string; hint?: string; cause?: unknown } = {}) {
    super('output', message, options);
    this.name = 'OutputError';
  }
}

/** One problem found in a theme file: which key, what was found, what is allowed. */
export interface ThemeIssue {
  /** Dotted key path, e.g. `colors.primary` or `sizes.body.min`. Empty for the whole file. */
  readonly path: string;
  /** Chinese description of the problem, including what is allowed. */
  readonly message: string;
  /** The value found, rendered for display, when there is one. */
  readonly found?: string;
  /** 1-based line and column, for JSON syntax errors. */
  readonly line?: number;
  readonly column?: number;
}

export class ThemeError extends HuibaoError {
  readonly issues: readonly ThemeIssue[];

  constructor(file: string, issues: readonly ThemeIssue[]) {
    super('theme', formatThemeIssues(file, issues), {
      file,
      hint: '请按提示修改主题文件后重试；可用 `huibao themes` 查看可用主题。',
    });
    this.name = 'ThemeError';
    this.issues = issues;
  }
}

function formatThemeIssues(file: string, issues: readonly ThemeIssue[]): string {
  const lines = issues.map((issue) => {
    const where = issue.line === undefined ? '' : `（第 ${issue.line} 行第 ${issue.column ?? 1} 列）`;
    const key = issue.path === '' ? '' : `“${issue.path}”`;
    const found = issue.found === undefined ? '' : `，当前值：${issue.found}`;
    return `  - ${key}${where}${issue.message}${found}`;
  });
  return `主题文件有误：${file}\n${lines.join('\n')}`;
}
