/**
 * The whole run for one report, in order: read → parse → plan → render → package. No file IO:
 * the CLI hands in bytes and writes the result.
 */
import type { Outline } from './parse/outline.js';
import { readSource } from './parse/read-source.js';
import type { DeckPlan } from './plan/deck-plan.js';
import { planDeck } from './plan/plan-deck.js';
import { fixPackage, type PackageOptions } from './render/fix-package.js';
import { renderDeck } from './render/render-deck.js';
import type { Theme } from './themes/theme-schema.js';

export interface BuildRequest {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly theme: Theme;
  /** Date for the cover (`--date`). */
  readonly date?: string | null;
  /** Timestamp written into the package (from SOURCE_DATE_EPOCH when set). */
  readonly modified: Date;
}

export interface BuildResult {
  readonly outline: Outline;
  readonly plan: DeckPlan;
  readonly pptx: Uint8Array;
  /** Chinese warnings from every stage, for the user. */
  readonly warnings: readonly string[];
}

export function packageOptionsFor(theme: Theme, plan: DeckPlan, modified: Date): PackageOptions {
  const { colors, fonts } = theme;
  return {
    title: plan.meta.title,
    subject: plan.meta.subject,
    author: plan.meta.author,
    language: plan.meta.language,
    modified,
    theme: {
      name: theme.label,
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
    fontPairs: [fonts.title, fonts.body].map((font) => ({ eastAsian: font.eastAsian, latin: font.latin })),
  };
}

export async function buildFromOutline(outline: Outline, theme: Theme, request: Pick<BuildRequest, 'date' | 'modified'>): Promise<BuildResult> {
  const plan = planDeck(outline, theme, { date: request.date ?? null });
  const raw = await renderDeck(plan);
  const pptx = await fixPackage(raw, packageOptionsFor(theme, plan, request.modified));
  const warnings = [...outline.warnings.map((warning) => warning.message), ...plan.warnings.map((warning) => warning.message)];
  return { outline, plan, pptx, warnings };
}

export async function buildDeck(request: BuildRequest): Promise<BuildResult> {
  const { outline } = await readSource(request.bytes, request.fileName);
  return buildFromOutline(outline, request.theme, request);
}
