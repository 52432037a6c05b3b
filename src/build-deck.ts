/**
 * The whole run for one report, in order: read → parse → plan → render → package. No file IO:
 * the CLI hands in bytes and writes the result.
 */
import { InputError } from './errors.js';
import { fillFigures, numberMaskedFigures, type FigureAssignment, type FilledFigure, type NumberedFigure } from './parse/fill-figures.js';
import type { Outline } from './parse/outline.js';
import { readSource } from './parse/read-source.js';
import type { DeckPlan } from './plan/deck-plan.js';
import { planDeck, type DetailLevel, type ImageAsset } from './plan/plan-deck.js';
import { fixPackage, type PackageOptions } from './render/fix-package.js';
import { dedupeMedia } from './render/dedupe-media.js';
import { fitPictures } from './render/fit-pictures.js';
import { renderDeck } from './render/render-deck.js';
import { sanitizeText } from './render/sanitize-text.js';
import type { Theme, ThemeFont } from './themes/theme-schema.js';

/** The theme's logo and background picture as the CLI read them (render does no file IO). */
export interface ThemePictures {
  readonly logo: ImageAsset | null;
  readonly background: ImageAsset | null;
  /** Picture bytes by their source path. */
  readonly bytes: ReadonlyMap<string, Uint8Array>;
}

export interface BuildRequest {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly theme: Theme;
  /** Date for the cover (`--date`). */
  readonly date?: string | null;
  /** Speaker for the cover (`--speaker`). */
  readonly speaker?: string | null;
  /** How many slides the report is spread over (`--detail`); standard by default. */
  readonly detail?: DetailLevel;
  /** Timestamp written into the package (from SOURCE_DATE_EPOCH when set). */
  readonly modified: Date;
  /** Masked figures to fill in (`--set`, `--figures`); one that matches nothing is an InputError. */
  readonly figures?: readonly FigureAssignment[];
  readonly pictures?: ThemePictures;
}

export interface BuildResult {
  readonly outline: Outline;
  readonly plan: DeckPlan;
  readonly pptx: Uint8Array;
  /** Chinese warnings from every stage, for the user. */
  readonly warnings: readonly string[];
  /** Masked figures filled in from `BuildRequest.figures`. */
  readonly filled: readonly FilledFigure[];
  /** Masked figures still left, numbered in reading order of the source. */
  readonly maskedLeft: readonly NumberedFigure[];
  /** The theme's pictures as the deck embeds them (shrunk to what the slides show), by source. */
  readonly pictures: ReadonlyMap<string, Uint8Array>;
}

export function packageOptionsFor(theme: Theme, plan: DeckPlan, modified: Date): PackageOptions {
  const { colors } = theme;
  // The theme's texts reach the theme part and every run: through the one XML-text function.
  const font = (face: ThemeFont): { latin: string; eastAsian: string } => ({ latin: sanitizeText(face.latin), eastAsian: sanitizeText(face.eastAsian) });
  const fonts = { title: font(theme.fonts.title), body: font(theme.fonts.body) };
  return {
    title: plan.meta.title,
    subject: plan.meta.subject,
    author: plan.meta.author,
    language: plan.meta.language,
    modified,
    theme: {
      name: sanitizeText(theme.label),
      colors: {
        dark1: colors.text,
        light1: colors.background,
        dark2: colors.secondary,
        light2: colors.surface,
        accent1: colors.primary,
        accent2: colors.accent,
        accent3: colors.secondary,
        accent4: colors.muted,
        accent5: colors.primary,
        accent6: colors.accent,
        hyperlink: colors.primary,
        followedHyperlink: colors.secondary,
      },
      majorFont: { latin: fonts.title.latin, eastAsian: fonts.title.eastAsian },
      minorFont: { latin: fonts.body.latin, eastAsian: fonts.body.eastAsian },
    },
    fontPairs: [fonts.title, fonts.body],
  };
}

/** The plan alone, as a build would make it (previews draw it without rendering a package). */
export function planFromOutline(outline: Outline, theme: Theme, request: Pick<BuildRequest, 'date' | 'speaker' | 'detail' | 'pictures'>): DeckPlan {
  const { pictures } = request;
  return planDeck(outline, theme, {
    date: request.date ?? null,
    speaker: request.speaker ?? null,
    detail: request.detail ?? 'standard',
    images: { logo: pictures?.logo ?? null, background: pictures?.background ?? null },
  });
}

export async function buildFromOutline(
  outline: Outline,
  theme: Theme,
  request: Pick<BuildRequest, 'date' | 'speaker' | 'detail' | 'modified' | 'pictures'>,
): Promise<BuildResult> {
  const { pictures } = request;
  const plan = planFromOutline(outline, theme, request);
  // Shrunk to what the slides show, so the deck does not carry a print-size logo.
  const fitted = await fitPictures(plan, pictures?.bytes);
  const parts = dedupeMedia(await renderDeck(plan, fitted));
  const pptx = await fixPackage(parts, packageOptionsFor(theme, plan, request.modified));
  const warnings = [...outline.warnings.map((warning) => warning.message), ...plan.warnings.map((warning) => warning.message)];
  return { outline, plan, pptx, warnings, filled: [], maskedLeft: numberMaskedFigures(outline), pictures: fitted };
}

/** Fills the requested masked figures; an assignment that names none is the user's mistake. */
export function applyFigures(outline: Outline, figures: readonly FigureAssignment[], fileName: string): ReturnType<typeof fillFigures> {
  const result = fillFigures(outline, figures);
  if (result.unmatched.length > 0) {
    const names = result.unmatched.map((assignment) => `“${assignment.key}=${assignment.value}”`).join('、');
    const masked = numberMaskedFigures(outline);
    const known =
      masked.length === 0
        ? '这份文稿里没有被隐去的数字。'
        : `文稿中被隐去的数字有：${masked.map((entry) => `${entry.number}. ${entry.figure.label}${entry.figure.text}`).join('；')}。`;
    throw new InputError(`${names}在“${fileName}”里找不到对应的隐去数字。${known}`, {
      file: fileName,
      hint: '请用序号（如 --set 1=12）或上面列出的名称中的几个字（如 --set 增长=8.5）指定；同一名称重复写会依次填入下一处。',
    });
  }
  return result;
}

export async function buildDeck(request: BuildRequest): Promise<BuildResult> {
  const { outline } = await readSource(request.bytes, request.fileName);
  if (request.figures === undefined || request.figures.length === 0) return buildFromOutline(outline, request.theme, request);
  const fill = applyFigures(outline, request.figures, request.fileName);
  const result = await buildFromOutline(fill.outline, request.theme, request);
  return { ...result, filled: fill.filled, maskedLeft: fill.remaining };
}
