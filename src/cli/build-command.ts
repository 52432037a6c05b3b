/**
 * `huibao build`: one report or a batch (several files, or folders), with output checks before any
 * parsing, progress on a terminal, a summary table after a batch, masked figures filled in from
 * `--set`/`--figures`, an optional PDF beside each deck, and `--watch` for one report.
 */
import path from 'node:path';
import type { BuildResult, ThemePictures } from '../build-deck.js';
import { HuibaoError, InputError, OutputError } from '../errors.js';
import type { FigureAssignment } from '../parse/fill-figures.js';
import type { DetailLevel } from '../plan/slide-budget.js';
import type { LoadedTheme } from '../themes/load-theme.js';
import { loadThemeQuickly } from './load-theme-quickly.js';
import { parseFiguresJson, parseSetOptions } from './figure-options.js';
import {
  checkOutputTarget,
  displayPath,
  expandInputs,
  readInputFile,
  readThemePictures,
  resolveOutputs,
  sweepStaleTemporaryFiles,
  writeFileAtomic,
} from './io.js';
import {
  batchFailures,
  batchSummary,
  batchTable,
  builtMessage,
  failureReason,
  filledLine,
  formatError,
  maskedFigureLines,
  progressLine,
  rebuiltMessage,
  warningLines,
  type BatchRow,
} from './messages.js';
import type { CliEnvironment, CommandOutcome } from './program.js';
import { checkRebuildTarget } from './safe-rebuild.js';
import { watchFiles } from './watch.js';

export interface BuildCommandOptions {
  readonly output?: string;
  readonly theme: string;
  readonly date?: string;
  readonly speaker?: string;
  readonly detail?: DetailLevel;
  readonly pdf?: boolean;
  readonly watch?: boolean;
  readonly set?: readonly string[];
  readonly figures?: string;
  /** Overwrite a deck edited since huibao wrote it, or one huibao did not make. */
  readonly force?: boolean;
}

const MASKED_FIGURES_CODE = 'masked-figures';

/** SOURCE_DATE_EPOCH (seconds) makes builds reproducible; otherwise the current time. */
export function buildTimestamp(environment: CliEnvironment): Date {
  const epoch = environment.env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  return environment.now();
}

export function pdfTargetOf(target: string): string {
  return target.replace(/\.pptx$/i, '.pdf');
}

interface Job {
  readonly file: string;
  readonly target: string;
}

function planJobs(inputs: readonly string[], options: BuildCommandOptions, environment: CliEnvironment): Job[] {
  const absoluteInputs = inputs.map((input) => path.resolve(environment.cwd, input));
  const files = expandInputs(absoluteInputs);
  const wasFolder = files.length !== absoluteInputs.length || files.some((file, index) => file !== absoluteInputs[index]);
  if (options.watch === true && (files.length !== 1 || wasFolder)) {
    throw new HuibaoError('usage', '--watch 只能用于单个文稿。', { hint: '请只给出一个文稿文件，如 huibao build 讲话稿.txt --watch。' });
  }
  const output = options.output === undefined ? undefined : path.resolve(environment.cwd, options.output);
  const targets = resolveOutputs(files, output, wasFolder);
  const jobs = files.map((file, index) => ({ file, target: targets[index] as string }));
  // Every output is checked before the first report is read, so a wrong -o fails at once.
  const seen = new Map<string, string>();
  for (const job of jobs) {
    checkOutputTarget(job.target, files);
    if (options.pdf === true) checkOutputTarget(pdfTargetOf(job.target), files, '.pdf');
    const earlier = seen.get(job.target);
    if (earlier !== undefined) {
      throw new OutputError(`“${earlier}”和“${job.file}”会生成同一个文件“${job.target}”。`, { file: job.target, hint: '请把其中一份改名，或分开生成。' });
    }
    seen.set(job.target, job.file);
  }
  return jobs;
}

function readAssignments(options: BuildCommandOptions, environment: CliEnvironment): FigureAssignment[] {
  const fromFile =
    options.figures === undefined
      ? []
      : (() => {
          const file = path.resolve(environment.cwd, options.figures);
          return parseFiguresJson(new TextDecoder().decode(readInputFile(file)), file);
        })();
  return [...fromFile, ...parseSetOptions(options.set ?? [])];
}

async function loadThemeReporting(ref: string, environment: CliEnvironment): Promise<LoadedTheme> {
  const loaded = await loadThemeQuickly(ref, environment.cwd, environment.env);
  for (const warning of loaded.warnings) environment.stderr(`提示（主题 ${loaded.file}）：${warning}\n`);
  return loaded;
}

function shownPath(environment: CliEnvironment, file: string): string {
  return displayPath(environment.cwd, file);
}

/** What the user reads about one built deck: warnings, filled figures, masked figures left. */
function reportResult(environment: CliEnvironment, file: string, result: BuildResult): number {
  const name = path.basename(file);
  const planWarnings = result.plan.warnings.map((warning) => warning.message);
  const outlineWarnings = result.outline.warnings.filter((warning) => warning.code !== MASKED_FIGURES_CODE).map((warning) => warning.message);
  const filled = filledLine(
    name,
    result.filled.map((entry) => ({ number: entry.number, label: entry.figure.label, text: entry.text })),
  );
  const masked = maskedFigureLines(
    name,
    result.maskedLeft.map((entry) => ({ number: entry.number, label: entry.figure.label, text: entry.figure.text, sentence: entry.figure.sentence })),
  );
  const lines = [...(filled === null ? [] : [filled]), ...warningLines(name, [...outlineWarnings, ...planWarnings]), ...masked];
  for (const line of lines) environment.stderr(`${line}\n`);
  return outlineWarnings.length + planWarnings.length + (result.maskedLeft.length > 0 ? 1 : 0);
}

interface BuildContext {
  readonly environment: CliEnvironment;
  readonly options: BuildCommandOptions;
  readonly assignments: readonly FigureAssignment[];
  readonly modified: Date;
}

/** Files people pick by mistake that the readers would misjudge (a .pptx is a zip like a .docx). */
function rejectNonReport(file: string): void {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.pptx' || extension === '.ppt') {
    throw new InputError(`“${file}”是演示文稿，不是讲话稿或汇报材料。`, {
      file,
      hint: '请给出文稿（.txt、.docx 或 .md）；要查看演示文稿，可用 huibao preview 生成预览图。',
    });
  }
  if (extension === '.rtf' || extension === '.htm' || extension === '.html' || extension === '.mht' || extension === '.mhtml') {
    throw new InputError(`暂不支持读取 ${extension} 文件“${file}”：按纯文本读会把排版代码或网页标签当成讲话内容。`, {
      file,
      hint: '请在 Word 或 WPS 中打开它，另存为 .docx 或纯文本（.txt，UTF-8 编码）后重试。',
    });
  }
  if (extension === '.doc' || extension === '.wps' || extension === '.pdf') {
    throw new InputError(`暂不支持读取 ${extension} 文件“${file}”。`, {
      file,
      hint: '请在 Word 或 WPS 中打开它，另存为 .docx 或纯文本（.txt，UTF-8 编码）后重试。',
    });
  }
}

/**
 * A picture still this large in the deck is far beyond what a slide shows (a full-screen
 * 1920 × 1080 picture needs about 1 MB). Builds shrink PNG and JPEG pictures to their place on
 * the slide, so this is a GIF, a CMYK JPEG, or a file much larger than its pixels: huibao says so,
 * since it makes every deck that much larger.
 */
const LARGE_PICTURE_BYTES = 2 * 1024 * 1024;

/** The theme's pictures, read once per loaded theme however many reports a batch builds. */
const picturesByTheme = new WeakMap<LoadedTheme, ThemePictures>();
function picturesOf(theme: LoadedTheme): ThemePictures {
  const cached = picturesByTheme.get(theme);
  if (cached !== undefined) return cached;
  const pictures = readThemePictures(theme.theme, theme.file);
  picturesByTheme.set(theme, pictures);
  return pictures;
}

/** Once per theme: the pictures that stayed large in the deck. */
const hintedThemes = new WeakSet<LoadedTheme>();
function hintLargePictures(theme: LoadedTheme, embedded: ReadonlyMap<string, Uint8Array>, environment: CliEnvironment): void {
  if (hintedThemes.has(theme)) return;
  hintedThemes.add(theme);
  const pictures = picturesOf(theme);
  for (const [what, picture] of [
    ['标志图片', pictures.logo],
    ['背景图片', pictures.background],
  ] as const) {
    const size = picture === null ? 0 : (embedded.get(picture.source)?.byteLength ?? 0);
    if (picture === null || size <= LARGE_PICTURE_BYTES) continue;
    environment.stderr(
      `提示（主题 ${theme.file}）：${what}“${picture.source}”（${picture.width}×${picture.height} 像素）放入演示文稿后仍有 ${(size / 1024 / 1024).toFixed(1)} MB，` +
        `远超幻灯片所需，每份演示文稿都会因此增大（PNG、JPEG 会按幻灯片所需自动缩小，GIF 和 CMYK 颜色的 JPEG 保持原样）；` +
        `建议用画图等工具另存为宽度 1920 像素以内的 PNG 或 JPEG。\n`,
    );
  }
}

async function buildOne(job: Job, theme: LoadedTheme, context: BuildContext): Promise<BuildResult> {
  rejectNonReport(job.file);
  // Checked again at every rebuild (--watch): the deck may have been opened and edited meanwhile.
  checkRebuildTarget(job.target, context.options.force === true);
  const { buildDeck } = await import('../build-deck.js');
  const result = await buildDeck({
    bytes: readInputFile(job.file),
    fileName: job.file,
    theme: theme.theme,
    pictures: picturesOf(theme),
    date: context.options.date ?? null,
    speaker: context.options.speaker ?? null,
    detail: context.options.detail ?? 'standard',
    modified: context.modified,
    figures: context.assignments,
  });
  // The PDF first: when LibreOffice fails, no deck is left pretending the build succeeded.
  const pdf = context.options.pdf === true ? await (await import('./office.js')).convertToPdf(result.pptx, context.environment.env) : null;
  writeFileAtomic(job.target, result.pptx);
  if (pdf !== null) writeFileAtomic(pdfTargetOf(job.target), pdf);
  hintLargePictures(theme, result.pictures, context.environment);
  return result;
}

export async function runBuild(inputs: readonly string[], options: BuildCommandOptions, environment: CliEnvironment, outcome: CommandOutcome): Promise<void> {
  const jobs = planJobs(inputs, options, environment);
  for (const folder of new Set(jobs.map((job) => path.dirname(job.target)))) sweepStaleTemporaryFiles(folder);
  const context: BuildContext = { environment, options, assignments: readAssignments(options, environment), modified: buildTimestamp(environment) };
  const theme = await loadThemeReporting(options.theme, environment);
  // LibreOffice (and child_process with it) is loaded only for --pdf.
  if (options.pdf === true) (await import('./office.js')).findSoffice(environment.env);

  const [single] = jobs;
  if (jobs.length === 1 && single !== undefined) {
    if (options.watch === true) {
      await watchBuild(single, theme, context);
      return;
    }
    const result = await buildOne(single, theme, context);
    environment.stderr(`${builtMessage(shownPath(environment, single.target), result.plan.slides.length)}\n`);
    reportResult(environment, single.file, result);
    return;
  }

  const rows: BatchRow[] = [];
  for (const [index, job] of jobs.entries()) {
    const name = shownPath(environment, job.file);
    if (environment.isTTY === true) environment.stderr(`${progressLine(index + 1, jobs.length, name)}\n`);
    const started = performance.now();
    try {
      const result = await buildOne(job, theme, context);
      environment.stderr(`${builtMessage(shownPath(environment, job.target), result.plan.slides.length)}\n`);
      const warnings = reportResult(environment, job.file, result);
      rows.push({ file: name, slides: result.plan.slides.length, warnings, milliseconds: performance.now() - started, ok: true });
    } catch (error) {
      // One report's problem, even a fault of huibao's own (a stack overflow on a hostile file),
      // must not stop a batch: it is reported with its file, the others are still built.
      environment.stderr(`${formatError(error, false, name)}\n`);
      rows.push({ file: name, slides: null, warnings: 0, milliseconds: performance.now() - started, ok: false, reason: failureReason(error) });
    }
  }
  const failed = rows.filter((row) => !row.ok).length;
  environment.stderr(`\n${batchTable(rows)}\n`);
  for (const line of batchFailures(rows)) environment.stderr(`${line}\n`);
  environment.stderr(`${batchSummary(rows.length - failed, failed)}\n`);
  if (failed > 0) outcome.exitCode = 1;
}

/**
 * Build, then rebuild on every change of the report or a theme file until interrupted. Errors
 * (a half-saved report, a theme with a typo) are printed and watching goes on.
 */
async function watchBuild(job: Job, firstTheme: LoadedTheme, context: BuildContext): Promise<void> {
  const { environment } = context;
  const signal = environment.interrupt?.() ?? new AbortController().signal;
  let chain: readonly string[] = firstTheme.chain;
  let first = true;
  const rebuild = async (): Promise<void> => {
    const started = performance.now();
    const theme = first ? firstTheme : await loadThemeReporting(context.options.theme, environment);
    chain = theme.chain;
    const result = await buildOne(job, theme, context);
    const shown = shownPath(environment, job.target);
    const slides = result.plan.slides.length;
    environment.stderr(`${first ? builtMessage(shown, slides) : rebuiltMessage(shown, slides, performance.now() - started)}\n`);
    reportResult(environment, job.file, result);
  };
  const onError = (error: unknown): void => environment.stderr(`${formatError(error, false)}\n`);
  try {
    await rebuild();
  } catch (error) {
    onError(error);
  }
  first = false;
  environment.stderr(`正在监视 ${shownPath(environment, job.file)} 和主题文件的改动（按 Ctrl-C 结束）…\n`);
  await watchFiles({ files: () => [job.file, ...chain], run: rebuild, onError, signal });
  environment.stderr('已停止监视。\n');
}
