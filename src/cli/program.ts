/**
 * The command line: `huibao build`, `huibao outline`, `huibao themes`, `huibao theme init`.
 * Commands do their work through the stages and io.ts; errors propagate to main.ts.
 */
import { Command, Option } from '@commander-js/extra-typings';
import path from 'node:path';
import { buildDeck } from '../build-deck.js';
import { HuibaoError } from '../errors.js';
import { readSource } from '../parse/read-source.js';
import { writeOutlineMarkdown } from '../parse/write-outline-md.js';
import { loadTheme } from '../themes/load-theme.js';
import { listThemes } from '../themes/list-themes.js';
import { createStarterTheme } from '../themes/init-theme.js';
import { createThemeFiles, expandInputs, readInputFile, resolveOutputs, writeFileAtomic } from './io.js';
import { batchSummary, builtMessage, formatError, warningLines } from './messages.js';

export interface CliEnvironment {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** SOURCE_DATE_EPOCH and friends. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
}

/** Result of a command that can fail partly (a batch): main.ts turns it into the exit code. */
export interface CommandOutcome {
  exitCode: number;
}

export const DEFAULT_THEME = 'party-red';

/** SOURCE_DATE_EPOCH (seconds) makes builds reproducible; otherwise the current time. */
export function buildTimestamp(environment: CliEnvironment): Date {
  const epoch = environment.env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  return environment.now();
}

function resolveFrom(cwd: string, file: string): string {
  return path.resolve(cwd, file);
}

export function createProgram(environment: CliEnvironment, outcome: CommandOutcome): Command {
  const program = new Command()
    .name('huibao')
    .description('汇报：把讲话稿、汇报材料（.txt / .docx / .md）转换成可直接上会的 PowerPoint 演示文稿。')
    .version('0.1.0', '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .option('--debug', '出错时显示详细堆栈（供开发者排查）')
    .showHelpAfterError('（用 huibao --help 查看用法）')
    .configureOutput({
      writeOut: (text) => environment.stdout(text),
      writeErr: (text) => environment.stderr(text),
    });

  program
    .command('build')
    .description('生成演示文稿：每份文稿生成一个 .pptx')
    .argument('<inputs...>', '文稿文件（.txt / .docx / .md）或文件夹')
    .option('-o, --output <path>', '输出文件（.pptx）或文件夹；默认与文稿放在一起')
    .option('-t, --theme <name>', '主题名或主题文件路径', DEFAULT_THEME)
    .option('--date <text>', '封面上显示的日期，如 “2026年11月27日”')
    .action(async (inputs, options) => {
      const themeFiles = createThemeFiles(environment.cwd);
      const loaded = loadTheme(options.theme, themeFiles);
      for (const warning of loaded.warnings) environment.stderr(`提示（主题 ${loaded.file}）：${warning}\n`);
      const absoluteInputs = inputs.map((input) => resolveFrom(environment.cwd, input));
      const files = expandInputs(absoluteInputs);
      const wasFolder = files.length !== absoluteInputs.length || files.some((file, index) => file !== absoluteInputs[index]);
      const output = options.output === undefined ? undefined : resolveFrom(environment.cwd, options.output);
      const targets = resolveOutputs(files, output, wasFolder);
      const modified = buildTimestamp(environment);
      let failed = 0;
      for (const [index, file] of files.entries()) {
        const target = targets[index] as string;
        const shown = path.relative(environment.cwd, target) || target;
        try {
          const result = await buildDeck({ bytes: readInputFile(file), fileName: file, theme: loaded.theme, date: options.date ?? null, modified });
          writeFileAtomic(target, result.pptx);
          environment.stderr(`${builtMessage(shown, result.plan.slides.length)}\n`);
          for (const line of warningLines(path.basename(file), result.warnings)) environment.stderr(`${line}\n`);
        } catch (error) {
          // One report's problem must not stop a batch; a single report's error is the whole answer.
          if (files.length === 1 || !(error instanceof HuibaoError)) throw error;
          failed += 1;
          environment.stderr(`${formatError(error, false)}\n`);
        }
      }
      if (files.length > 1) environment.stderr(`${batchSummary(files.length - failed, failed)}\n`);
      if (failed > 0) outcome.exitCode = 1;
    });

  program
    .command('outline')
    .description('显示识别出的提纲（JSON 供程序使用，Markdown 可手工修改后再用 build 生成）')
    .argument('<input>', '文稿文件')
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['json', 'md'] as const).default('json' as const))
    .action(async (input, options) => {
      const file = resolveFrom(environment.cwd, input);
      const { outline } = await readSource(readInputFile(file), file);
      environment.stdout(options.format === 'json' ? `${JSON.stringify(outline, null, 2)}\n` : writeOutlineMarkdown(outline));
      for (const line of warningLines(path.basename(file), outline.warnings.map((warning) => warning.message))) environment.stderr(`${line}\n`);
    });

  program
    .command('themes')
    .description('列出可用主题')
    .action(() => {
      for (const theme of listThemes(createThemeFiles(environment.cwd))) {
        environment.stdout(`${theme.name}\t${theme.label}\t${theme.builtin ? '内置' : '自定义'}\t${theme.file}\n`);
      }
    });

  const themeCommand = program.command('theme').description('主题文件工具');
  themeCommand
    .command('init')
    .description('在 ./themes/ 下创建一个新主题文件（继承一个内置主题，只需改几项）')
    .argument('<name>', '新主题名（小写字母、数字、连字符）')
    .option('--from <theme>', '继承的主题', DEFAULT_THEME)
    .action((name, options) => {
      const themeFiles = createThemeFiles(environment.cwd);
      const text = createStarterTheme(name, options.from, themeFiles);
      const target = path.join(environment.cwd, 'themes', `${name}.json`);
      if (themeFiles.exists(target)) {
        throw new HuibaoError('output', `主题文件“${target}”已存在，未覆盖。`, { file: target, hint: '请换一个主题名，或先删除旧文件。' });
      }
      writeFileAtomic(target, new TextEncoder().encode(text));
      environment.stderr(`已创建主题文件：${path.relative(environment.cwd, target)}（用 -t ${name} 使用它）\n`);
    });

  return program;
}
