/**
 * `huibao preview`: a deck (or a report, built first) as one PNG per slide plus a contact sheet with
 * all slides, via LibreOffice → PDF → pdftoppm. The sheet is composed in-process (contact-sheet.ts).
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { HuibaoError, OutputError } from '../errors.js';
import { buildTimestamp } from './build-command.js';
import { composeContactSheet, decodePng, encodePng } from './contact-sheet.js';
import { createThemeFiles, displayPath, readInputFile, readThemePictures, writeFileAtomic } from './io.js';
import { convertToPdf, findSoffice, renderPdfPages } from './office.js';
import type { CliEnvironment } from './program.js';

export interface PreviewOptions {
  readonly output?: string;
  readonly theme: string;
  readonly dpi: string;
  /** SVGs drawn from the plan (src/preview), without LibreOffice. */
  readonly fast?: boolean;
}

export const CONTACT_SHEET_NAME = 'contact-sheet.png';
const PAGE_PATTERN = /^slide-\d+\.(png|svg)$/;

function previewFolderOf(input: string): string {
  const base = path.basename(input).replace(/\.(outline\.md|pptx|txt|text|md|markdown|docx)$/i, '');
  return path.join(path.dirname(input), `${base}-preview`);
}

function checkPreviewFolder(folder: string): void {
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory())
      throw new OutputError(`预览输出位置“${folder}”是一个文件，不是文件夹。`, { file: folder, hint: '请用 -o 指定一个文件夹。' });
    return;
  }
  const parent = path.dirname(folder);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) {
    throw new OutputError(`预览输出文件夹“${folder}”的上级文件夹“${parent}”不存在。`, { file: folder, hint: '请先创建它，或用 -o 换一个位置。' });
  }
}

function parseDpi(text: string): number {
  const dpi = Number(text);
  if (!Number.isInteger(dpi) || dpi < 10 || dpi > 300) {
    throw new HuibaoError('usage', `--dpi 的值“${text}”不对。`, { hint: '请写 10 到 300 之间的整数，如 --dpi 50（总览用）或 --dpi 150（看细节用）。' });
  }
  return dpi;
}

async function deckBytes(input: string, options: PreviewOptions, environment: CliEnvironment): Promise<Uint8Array> {
  const bytes = readInputFile(input);
  if (path.extname(input).toLowerCase() === '.pptx') return bytes;
  const [{ buildDeck }, { loadTheme }] = await Promise.all([import('../build-deck.js'), import('../themes/load-theme.js')]);
  const loaded = loadTheme(options.theme, createThemeFiles(environment.cwd, environment.env));
  const result = await buildDeck({
    bytes,
    fileName: input,
    theme: loaded.theme,
    pictures: readThemePictures(loaded.theme, loaded.file),
    modified: buildTimestamp(environment),
  });
  return result.pptx;
}

/** Pages from an earlier, longer deck (or the other kind of preview) would be mistaken for this one's. */
function clearOldPages(folder: string): void {
  if (existsSync(folder)) for (const name of readdirSync(folder).filter((entry) => PAGE_PATTERN.test(entry))) rmSync(path.join(folder, name), { force: true });
}

function pageName(index: number, count: number, extension: string): string {
  return `slide-${String(index + 1).padStart(Math.max(2, String(count).length), '0')}.${extension}`;
}

/** `--fast`: the plan drawn as SVG, one file a slide; the same drawing the `huibao serve` page shows. */
async function runFastPreview(input: string, folder: string, options: PreviewOptions, environment: CliEnvironment): Promise<void> {
  if (path.extname(input).toLowerCase() === '.pptx') {
    throw new HuibaoError('usage', '--fast 只能预览文稿文件（.txt / .docx / .md），不能预览已生成的 .pptx。', {
      hint: '请给出文稿文件，或去掉 --fast 用 LibreOffice 预览 .pptx。',
    });
  }
  const bytes = readInputFile(input);
  const [{ readSource }, { planFromOutline }, { planToSvg }, { loadThemeQuickly }, { fitPictures }] = await Promise.all([
    import('../parse/read-source.js'),
    import('../build-deck.js'),
    import('../preview/plan-to-svg.js'),
    import('./load-theme-quickly.js'),
    import('../render/fit-pictures.js'),
  ]);
  const loaded = await loadThemeQuickly(options.theme, environment.cwd);
  const pictures = readThemePictures(loaded.theme, loaded.file);
  const { outline } = await readSource(bytes, input);
  const plan = planFromOutline(outline, loaded.theme, { pictures });
  const svgs = planToSvg(plan, { pictures: await fitPictures(plan, pictures.bytes) });
  clearOldPages(folder);
  svgs.forEach((svg, index) => writeFileAtomic(path.join(folder, pageName(index, svgs.length, 'svg')), new TextEncoder().encode(svg)));
  environment.stderr(`已生成预览：${displayPath(environment.cwd, folder)}（${svgs.length} 页 SVG，按排版结果绘制，未经 LibreOffice）\n`);
}

export async function runPreview(inputArg: string, options: PreviewOptions, environment: CliEnvironment): Promise<void> {
  const input = path.resolve(environment.cwd, inputArg);
  const folder = options.output === undefined ? previewFolderOf(input) : path.resolve(environment.cwd, options.output);
  checkPreviewFolder(folder);
  if (options.fast === true) {
    await runFastPreview(input, folder, options, environment);
    return;
  }
  const dpi = parseDpi(options.dpi);
  findSoffice(environment.env);
  const pptx = await deckBytes(input, options, environment);
  const pdf = await convertToPdf(pptx, environment.env);
  const pages = await renderPdfPages(pdf, environment.env, dpi);
  if (pages.length === 0) throw new HuibaoError('output', 'LibreOffice 生成的 PDF 里没有页面。', { hint: '请用 PowerPoint 或 WPS 打开 .pptx 检查。' });
  const sheet = encodePng(composeContactSheet(pages.map(decodePng)));

  clearOldPages(folder);
  pages.forEach((page, index) => writeFileAtomic(path.join(folder, pageName(index, pages.length, 'png')), page));
  writeFileAtomic(path.join(folder, CONTACT_SHEET_NAME), sheet);
  const shown = displayPath(environment.cwd, folder);
  environment.stderr(`已生成预览：${shown}（${pages.length} 页，总览图 ${path.join(shown, CONTACT_SHEET_NAME)}）\n`);
}
