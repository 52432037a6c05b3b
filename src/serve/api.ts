/**
 * The HTTP API of `huibao serve`, as functions from a request (query, body bytes, content type) to
 * a response. They run the same pipeline as `huibao build` (build-deck.ts) and touch no file: the
 * report arrives as bytes, themes were loaded when the server started, the deck leaves as bytes.
 *
 * POST /api/outline  report bytes or edited outline JSON → outline JSON (`?format=md`: editable Markdown)
 *                    (the JSON may be `{"outline": …, "figures": [{"label", "sentence", "value"}]}`, as the page sends)
 * POST /api/preview  same input → {"slides":[{"svg"}], warnings, masked, filled}
 * POST /api/build    same input → the .pptx
 * GET  /api/themes   → the themes the page may offer, with their colours
 *
 * Query: `name` (the report's file name: picks the reader, names the deck; never a path on disk),
 * `theme` (a name from the theme list), `set` (repeatable, `序号=数字` or `名称=数字`, as `--set`),
 * `date` (cover date, as `--date`).
 */
import { applyFigures, buildFromOutline, planFromOutline, type ThemePictures } from '../build-deck.js';
import { HuibaoError } from '../errors.js';
import { numberMaskedFigures, parseAssignment, type FigureAssignment } from '../parse/fill-figures.js';
import type { Outline } from '../parse/outline.js';
import { readSource } from '../parse/read-source.js';
import { writeOutlineMarkdown } from '../parse/write-outline-md.js';
import { planToSvg } from '../preview/plan-to-svg.js';
import { fitPictures } from '../render/fit-pictures.js';
import type { Theme } from '../themes/theme-schema.js';
import { attachment } from './content-disposition.js';
import { readEditedOutline } from './edited-outline.js';

export interface ServeTheme {
  readonly name: string;
  readonly label: string;
  readonly theme: Theme;
  readonly pictures: ThemePictures;
}

export interface ApiContext {
  /** The only themes a request may name, loaded at start. */
  readonly themes: ReadonlyMap<string, ServeTheme>;
  readonly defaultTheme: string;
  /** Timestamp written into built decks. */
  readonly now: () => Date;
}

export interface ApiRequest {
  readonly query: URLSearchParams;
  readonly body: Uint8Array;
  readonly contentType: string;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | string;
}

/** An API answer other than 200: the status and a Chinese message for `{"error": …}`. */
export class HttpError extends Error {
  readonly status: number;
  readonly hint: string | undefined;

  constructor(status: number, message: string, hint?: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.hint = hint;
  }
}

const JSON_TYPE = 'application/json; charset=utf-8';
const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const DEFAULT_NAME = '文稿.txt';

export function jsonResponse(value: unknown, status = 200): ApiResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE }, body: JSON.stringify(value) };
}

/** `{"error": "…"}`: the message and what to do, as the CLI prints them. */
export function errorResponse(error: unknown): ApiResponse {
  if (error instanceof HttpError) return jsonResponse({ error: error.message, ...(error.hint === undefined ? {} : { hint: error.hint }) }, error.status);
  if (error instanceof HuibaoError && error.kind !== 'internal') {
    return jsonResponse({ error: error.message, ...(error.hint === undefined ? {} : { hint: error.hint }) }, 400);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return jsonResponse({ error: `huibao 内部错误：${detail}`, hint: '这不是您的操作问题。请把所用文稿和这条信息报告给维护者。' }, 500);
}

/** Only the last path part of `name` counts, and only to pick the reader and name the deck. */
export function reportName(query: URLSearchParams): string {
  // eslint-disable-next-line no-control-regex
  const raw = (query.get('name') ?? '').replace(/[\u0000-\u001F\u007F]/g, '');
  const base = raw.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' || base === '.' || base === '..' ? DEFAULT_NAME : base.slice(0, 200);
}

export function pickTheme(query: URLSearchParams, context: ApiContext): ServeTheme {
  const name = query.get('theme') ?? context.defaultTheme;
  const found = context.themes.get(name);
  if (found !== undefined) return found;
  const names = [...context.themes.keys()].join('、');
  throw new HttpError(400, `没有名为“${name.slice(0, 60)}”的主题。`, `可用主题：${names}（GET /api/themes 列出它们）。`);
}

function readFigures(query: URLSearchParams): FigureAssignment[] {
  return query.getAll('set').map((value) => {
    const assignment = parseAssignment(value);
    if (assignment === null)
      throw new HttpError(400, `set 参数“${value.slice(0, 60)}”格式不对。`, '请写成“名称=数字”或“序号=数字”，如 set=户数=12 或 set=1=12。');
    return assignment;
  });
}

function isJson(contentType: string): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType.trim());
}

interface RequestInput {
  readonly outline: Outline;
  /** The JSON body, when the request sent an edited outline. */
  readonly json: unknown;
}

/** The outline of the request: an edited outline (JSON) or a report read like `huibao build` reads it. */
async function readRequestInput(request: ApiRequest): Promise<RequestInput> {
  if (request.body.length === 0) throw new HttpError(400, '没有收到文稿内容。', '请在请求正文中发送 .txt、.docx 或 .md 文稿的原始字节，或编辑后的提纲 JSON。');
  if (!isJson(request.contentType)) return { outline: (await readSource(request.body, reportName(request.query))).outline, json: null };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(request.body));
  } catch {
    throw new HttpError(400, '提纲 JSON 无法解析。', '请发送 UTF-8 编码的 JSON（Content-Type: application/json），或去掉这个 Content-Type 发送文稿原文。');
  }
  return { outline: readEditedOutline(isEnvelope(json) ? json.outline : json), json };
}

/** The page sends `{"outline": …, "figures": [{"label", "sentence", "value"}]}`: figures named by content. */
interface Envelope {
  readonly outline: unknown;
  readonly figures?: unknown;
}

function isEnvelope(json: unknown): json is Envelope {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && 'outline' in json;
}

/**
 * Figures the page filled, by label and sentence (so an edit that moves a figure does not fill the
 * wrong one), as `序号=数字` assignments; one whose sentence was deleted is dropped.
 */
export function envelopeFigures(json: unknown, outline: Outline): FigureAssignment[] {
  if (!isEnvelope(json) || !Array.isArray(json.figures)) return [];
  const masked = numberMaskedFigures(outline);
  const used = new Set<number>();
  const assignments: FigureAssignment[] = [];
  for (const entry of json.figures as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { label, sentence, value } = entry as Record<string, unknown>;
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    if (text === '') continue;
    const match = masked.find((candidate) => !used.has(candidate.number) && candidate.figure.label === label && candidate.figure.sentence === sentence);
    if (match === undefined) continue;
    used.add(match.number);
    assignments.push({ key: String(match.number), value: text });
  }
  return assignments;
}

interface FilledOutline {
  readonly outline: Outline;
  /** Every masked figure of the outline before filling, numbered as `set=N=…` counts. */
  readonly masked: ReturnType<typeof numberMaskedFigures>;
  /** Numbers of the masked figures the request filled. */
  readonly filled: ReadonlySet<number>;
}

/** The outline with the requested figures filled in (one that names none is a 400, as in the CLI). */
/**
 * Lets timers run between the stages of a request: parsing and planning are synchronous, so the
 * server's time limit (server.ts) can only answer in the gaps.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function filledOutline(request: ApiRequest): Promise<FilledOutline> {
  const { outline, json } = await readRequestInput(request);
  await nextTurn();
  const figures = [...envelopeFigures(json, outline), ...readFigures(request.query)];
  const masked = numberMaskedFigures(outline);
  if (figures.length === 0) return { outline, masked, filled: new Set() };
  const result = applyFigures(outline, figures, reportName(request.query));
  return { outline: result.outline, masked, filled: new Set(result.filled.map((entry) => entry.number)) };
}

function coverDate(query: URLSearchParams): string | null {
  const date = query.get('date')?.trim() ?? '';
  return date === '' ? null : date.slice(0, 60);
}

function stemOf(name: string): string {
  return name.replace(/\.(outline\.md|txt|text|md|markdown|docx)$/i, '');
}

export async function handleOutline(request: ApiRequest): Promise<ApiResponse> {
  const { outline } = await filledOutline(request);
  if (request.query.get('format') !== 'md') return jsonResponse(outline);
  const name = `${stemOf(reportName(request.query))}.outline.md`;
  return {
    status: 200,
    headers: { 'Content-Type': 'text/markdown; charset=utf-8', 'Content-Disposition': attachment(name) },
    body: writeOutlineMarkdown(outline),
  };
}

export async function handlePreview(request: ApiRequest, context: ApiContext): Promise<ApiResponse> {
  const selected = pickTheme(request.query, context);
  const { outline, masked, filled } = await filledOutline(request);
  const plan = planFromOutline(outline, selected.theme, { date: coverDate(request.query), pictures: selected.pictures });
  const svgs = planToSvg(plan, { pictures: await fitPictures(plan, selected.pictures.bytes) });
  return jsonResponse({
    slides: plan.slides.map((slide, index) => ({ svg: svgs[index] ?? '', title: slide.title, layout: slide.layout })),
    warnings: [...outline.warnings.map((warning) => warning.message), ...plan.warnings.map((warning) => warning.message)],
    // Every masked figure before filling, so the page's form keeps a row for each.
    masked: masked.map((entry) => ({
      number: entry.number,
      label: entry.figure.label,
      text: entry.figure.text,
      unit: entry.figure.unit,
      sentence: entry.figure.sentence,
      filled: filled.has(entry.number),
    })),
  });
}

export async function handleBuild(request: ApiRequest, context: ApiContext): Promise<ApiResponse> {
  const selected = pickTheme(request.query, context);
  const { outline } = await filledOutline(request);
  await nextTurn();
  const result = await buildFromOutline(outline, selected.theme, { date: coverDate(request.query), modified: context.now(), pictures: selected.pictures });
  const name = request.query.has('name') ? stemOf(reportName(request.query)) : outline.title.trim() || '演示文稿';
  return {
    status: 200,
    headers: { 'Content-Type': PPTX_TYPE, 'Content-Disposition': attachment(`${name}.pptx`), 'X-Huibao-Slides': String(result.plan.slides.length) },
    body: result.pptx,
  };
}

export function handleThemes(context: ApiContext): ApiResponse {
  return jsonResponse({
    default: context.defaultTheme,
    themes: [...context.themes.values()].map(({ name, label, theme }) => ({
      name,
      label,
      colors: {
        primary: theme.colors.primary,
        secondary: theme.colors.secondary,
        accent: theme.colors.accent,
        background: theme.colors.background,
        text: theme.colors.text,
      },
    })),
  });
}
