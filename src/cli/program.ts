/**
 * The command line: `huibao build`, `huibao preview`, `huibao outline`, `huibao serve`,
 * `huibao themes`, `huibao theme init`. Commands do their work through the stages and io.ts; errors propagate to
 * main.ts. Each action imports what it needs when it runs, so `huibao themes` or `--help` does not
 * load pptxgenjs and the parsers.
 */
import { Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import path from 'node:path';
import { parseDetailLevel, type DetailLevel } from '../plan/slide-budget.js';
import { createThemeFiles, MAX_INPUT_BYTES, readInputFile } from './io.js';
import { SET_HELP, translateUsageError, warningLines } from './messages.js';

export interface CliEnvironment {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** SOURCE_DATE_EPOCH, PATH (to find LibreOffice) and friends. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
  /** Whether stderr is a terminal: progress lines are shown only there. */
  readonly isTTY?: boolean;
  /**
   * Called when a command runs until interrupted (`build --watch`): returns a signal that aborts on
   * Ctrl-C. process-entry.ts installs the SIGINT handler only then; tests pass their own signal.
   */
  readonly interrupt?: () => AbortSignal;
}

/** Result of a command that can fail partly (a batch): run.ts turns it into the exit code. */
export interface CommandOutcome {
  exitCode: number;
}

export const DEFAULT_THEME = 'party-red';

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

const DETAIL_HELP = '详略程度：brief（简要，每部分尽量少页）、standard（标准，默认，按篇幅分页）、full（详细，大的部分每个要点单独一页）';

function detailLevel(value: string): DetailLevel {
  const level = parseDetailLevel(value);
  if (level === null) throw new InvalidArgumentError(`“${value}”不是可用的详略程度，请用 brief（简要）、standard（标准）或 full（详细）。`);
  return level;
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
      outputError: (text, write) => write(translateUsageError(text)),
    });

  program
    .command('build')
    .description('生成演示文稿：每份文稿生成一个 .pptx；给出多份文稿或文件夹时逐份生成，最后列出汇总表')
    .argument('<inputs...>', `文稿文件（.txt / .docx / .md，不超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB）或文件夹`)
    .option('-o, --output <path>', '输出文件（.pptx）或文件夹；默认与文稿放在一起')
    .option('-t, --theme <name>', '主题名、主题的中文名（如 党政红）或主题文件路径', DEFAULT_THEME)
    .option('--date <text>', '封面上显示的日期，如 “2026年11月27日”')
    .option('--speaker <text>', '封面上显示的讲话人或汇报人（含单位职务），如 “市国资委党委书记 张三”；不写则用文稿中的署名')
    .option('--detail <level>', DETAIL_HELP, detailLevel, 'standard' as DetailLevel)
    .option('--set <name=number>', SET_HELP, collect)
    .option('--figures <file.json>', '从 JSON 文件填入隐去的数字，如 {"户数": 12, "增长率": 8.5} 或 [12, 8.5]（按出现顺序）')
    .option('--pdf', '同时在 .pptx 旁生成 PDF（需要 LibreOffice）')
    .option('-w, --watch', '文稿或主题文件改动后自动重新生成（只用于单个文稿；按 Ctrl-C 结束）')
    .option('--force', '覆盖生成后被修改过的演示文稿，或不是 huibao 生成的同名 .pptx（默认不覆盖，以免丢失修改）')
    .action(async (inputs, options) => {
      const { runBuild } = await import('./build-command.js');
      await runBuild(inputs, options, environment, outcome);
    });

  program
    .command('preview')
    .description('生成每页幻灯片的 PNG 预览图和一张总览图（contact-sheet.png）；需要 LibreOffice 和 pdftoppm（用 --fast 则不需要）')
    .argument('<input>', '演示文稿（.pptx）或文稿文件（先生成再预览）')
    .option('-o, --output <folder>', '预览图放在哪个文件夹；默认为文件旁的“文件名-preview”')
    .option('-t, --theme <name>', '给出文稿时使用的主题', DEFAULT_THEME)
    .option('--dpi <number>', '预览图分辨率（每英寸像素）', '50')
    .option('--fast', '不用 LibreOffice，直接按排版结果画出每页的 SVG 预览图（只用于文稿文件，不用于 .pptx）')
    .action(async (input, options) => {
      const { runPreview } = await import('./preview-command.js');
      await runPreview(input, options, environment);
    });

  program
    .command('serve')
    .description('在本机启动网页：拖入文稿、修改提纲、选配色、预览并下载幻灯片（文稿不离开本机）')
    .option('-p, --port <number>', '端口（0 为自动选一个空闲端口）', '8080')
    .option('--host <address>', '监听的地址；默认只在本机（127.0.0.1）。写其他地址会让同一网络的电脑也能访问，请谨慎')
    .option('--open', '启动后自动在浏览器中打开')
    .option('-t, --theme <name>', '网页中默认选中的主题', DEFAULT_THEME)
    .action(async (options) => {
      const { runServe } = await import('./serve-command.js');
      await runServe(options, environment);
    });

  program
    .command('outline')
    .description('显示识别出的提纲（JSON 供程序使用，Markdown 可手工修改后再用 build 生成）')
    .argument('<input>', '文稿文件')
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['json', 'md'] as const).default('json' as const))
    .action(async (input, options) => {
      const file = path.resolve(environment.cwd, input);
      const [{ readSource }, { writeOutlineMarkdown }, { suggestedCards }] = await Promise.all([
        import('../parse/read-source.js'),
        import('../parse/write-outline-md.js'),
        import('../plan/pick-figures.js'),
      ]);
      const { outline } = await readSource(readInputFile(file), file);
      // The Markdown carries huibao's own choice of number cards, commented out, for the user to edit.
      environment.stdout(
        options.format === 'json' ? `${JSON.stringify(outline, null, 2)}\n` : writeOutlineMarkdown(outline, { automaticCards: suggestedCards(outline) }),
      );
      for (const line of warningLines(
        path.basename(file),
        outline.warnings.map((warning) => warning.message),
      ))
        environment.stderr(`${line}\n`);
    });

  program
    .command('plan')
    .description('显示演示文稿的排版计划（JSON）：每页的版式、文字和备注，以及每个部分分得几页、为什么（budget）')
    .argument('<input>', '文稿文件')
    .option('-t, --theme <name>', '主题名或主题文件路径', DEFAULT_THEME)
    .option('--detail <level>', DETAIL_HELP, detailLevel, 'standard' as DetailLevel)
    .action(async (input, options) => {
      const file = path.resolve(environment.cwd, input);
      const [{ readSource }, { planDeck }, { loadThemeQuickly }] = await Promise.all([
        import('../parse/read-source.js'),
        import('../plan/plan-deck.js'),
        import('./load-theme-quickly.js'),
      ]);
      const { theme } = await loadThemeQuickly(options.theme, environment.cwd);
      const { outline } = await readSource(readInputFile(file), file);
      const plan = planDeck(outline, theme, { detail: options.detail });
      environment.stdout(`${JSON.stringify(plan, null, 2)}\n`);
      const warnings = [...outline.warnings, ...plan.warnings].map((warning) => warning.message);
      for (const line of warningLines(path.basename(file), warnings)) environment.stderr(`${line}\n`);
    });

  program
    .command('themes')
    .description('列出可用主题')
    .action(async () => {
      const { listThemes } = await import('../themes/list-themes.js');
      const { ORIGIN_LABELS } = await import('../themes/theme-folders.js');
      for (const theme of listThemes(createThemeFiles(environment.cwd, environment.env))) {
        environment.stdout(`${theme.name}\t${theme.label}\t${ORIGIN_LABELS[theme.origin]}\t${theme.file}\n`);
      }
    });

  const themeCommand = program.command('theme').description('主题文件工具');
  themeCommand
    .command('init')
    .description('在用户主题文件夹里创建一个新主题文件（继承一个内置主题，只需改几项）')
    .argument('<name>', '新主题名（小写字母、数字、连字符）')
    .option('--from <theme>', '继承的内置主题（主题名或中文名）', DEFAULT_THEME)
    .action(async (name, options) => {
      const { runThemeInit } = await import('./theme-files-command.js');
      await runThemeInit(name, options.from, environment);
    });
  themeCommand
    .command('import')
    .description('从单位自己的 PowerPoint 模板（.pptx）导入主题颜色、字体、背景图和标志，生成继承最接近的内置主题的主题文件')
    .argument('<template>', '单位模板（.pptx）')
    .option('--name <name>', '新主题名（小写字母、数字、连字符）；默认取自文件名')
    .action(async (template, options) => {
      const { runThemeImport } = await import('./theme-files-command.js');
      await runThemeImport(template, options.name, environment);
    });

  return program;
}
