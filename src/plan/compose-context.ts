/**
 * What every layout needs to place things: the theme, the slide geometry, colour choices that
 * depend on what lies under a box, and the common pieces (title bar, decorations, footer).
 */
import { resolveColor as resolvePaletteColor, resolvePalette } from '../themes/theme-colors.js';
import type { ColorRef, SlideKind, Theme } from '../themes/theme-schema.js';
import type { Box, FillShape, Shape, TextShape } from './deck-plan.js';
import type { SlideGeometry } from './geometry.js';
import { emphasizeQuotes, plainSpans, type RunStyle } from './styled-text.js';
import { fitTextBox } from './text-box.js';

export interface ComposeContext {
  readonly theme: Theme;
  readonly geometry: SlideGeometry;
  /** The text is a speech or a pledge (genre.ts): bullets prefer what the speaker asks for (condense.ts `demands`). */
  readonly spoken?: boolean;
  /**
   * Bullets prefer what was achieved (condense.ts `outcomes`): a report (汇报, 述职, 总结) or a text of no
   * marked genre. Not a government work report, whose every sentence states an outcome and whose figures
   * say more, nor a speech, where what the speaker asks for comes first (`spoken`).
   */
  readonly outcomes?: boolean;
  /**
   * Largest size of a heading in a slide's body: the size the slide's title bar is set at, so a key
   * statement never outranks the title above it (plan-deck.ts `sectionContext`). None: the theme's title
   * size. Asked for only by the layouts that set such a statement, since working it out fits the titles.
   */
  readonly headingMax?: () => number;
}

/** What bullets of this text prefer, for `pickKeyPhrases`. */
export function phraseLeaning(context: ComposeContext): { readonly demands: boolean; readonly outcomes: boolean } {
  return { demands: context.spoken === true, outcomes: context.outcomes === true };
}

/** The context for one slide kind: the theme's palette with `colors.layouts[kind]` applied. */
export function contextForKind(context: ComposeContext, kind: SlideKind): ComposeContext {
  const palette = resolvePalette(context.theme, kind);
  return { ...context, theme: { ...context.theme, colors: { ...context.theme.colors, ...palette } } };
}

export function resolveColor(theme: Theme, ref: ColorRef): string {
  return resolvePaletteColor(theme.colors, ref);
}

export function decorationShapes(context: ComposeContext, kind: SlideKind): FillShape[] {
  const { width, height } = context.geometry;
  return context.theme.decorations
    .filter((decoration) => decoration.on.includes(kind))
    .map((decoration) => {
      const color = resolveColor(context.theme, decoration.color);
      const isLine = decoration.shape === 'line';
      return {
        type: 'shape',
        shape: decoration.shape,
        box: { x: decoration.x * width, y: decoration.y * height, w: decoration.w * width, h: decoration.h * height },
        fill: isLine ? null : color,
        line: isLine ? { color, width: 1.5 } : null,
        transparency: decoration.transparency,
        flipH: decoration.flipH,
        radius: 0.1,
      };
    });
}

/** The colour under the centre of `box` on a slide of `kind`: the topmost decoration there, or the background. */
export function backgroundUnder(context: ComposeContext, kind: SlideKind, box: Box): string {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const hits = decorationShapes(context, kind).filter(
    (shape) =>
      shape.fill !== null &&
      shape.transparency < 50 &&
      cx >= shape.box.x &&
      cx <= shape.box.x + shape.box.w &&
      cy >= shape.box.y &&
      cy <= shape.box.y + shape.box.h,
  );
  return hits[hits.length - 1]?.fill ?? context.theme.colors.background;
}

function computeLuminance(hex: string): number {
  const channel = (offset: number): number => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Luminance by colour. Planning asks for the contrast of the same few theme colours for every
 * text box it styles (10× the seed: ~1.5 MB of garbage when each call parsed both colours and
 * sorted them in an array).
 */
const luminances = new Map<string, number>();

function luminance(hex: string): number {
  let value = luminances.get(hex);
  if (value === undefined) {
    value = computeLuminance(hex);
    luminances.set(hex, value);
  }
  return value;
}

export function contrast(a: string, b: string): number {
  const first = luminance(a);
  const second = luminance(b);
  return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
}

/** Of the candidate colours, the first that reads well on `background` (else the best one). */
export function readableOn(background: string, candidates: readonly string[], minimum = 3): string {
  const good = candidates.find((color) => contrast(color, background) >= minimum);
  if (good !== undefined) return good;
  return [...candidates].sort((a, b) => contrast(b, background) - contrast(a, background))[0] ?? '000000';
}

export interface TextStyles {
  readonly plain: RunStyle;
  readonly emphasis: RunStyle;
  readonly strong: RunStyle;
}

/** Body text styles for text drawn on `background`. */
export function stylesOn(context: ComposeContext, background: string): TextStyles {
  const { colors } = context.theme;
  const text = readableOn(background, [colors.text, colors.onPrimary, colors.background], 4.5);
  const emphasis = readableOn(background, [colors.accent, colors.primary, text], 3);
  const strong = readableOn(background, [colors.primary, text], 3);
  return {
    plain: { color: text, bold: false },
    emphasis: { color: emphasis, bold: true },
    strong: { color: strong, bold: true },
  };
}

export function titleBar(context: ComposeContext, kind: SlideKind, title: string): TextShape | null {
  const { theme, geometry } = context;
  const background = backgroundUnder(context, kind, geometry.title);
  const color = readableOn(background, [theme.colors.primary, theme.colors.text, theme.colors.onPrimary]);
  const style: RunStyle = { color, bold: true };
  return fitTextBox({
    role: 'title',
    box: geometry.title,
    paragraphs: [plainSpans(title, style)],
    font: theme.fonts.title,
    range: theme.sizes.title,
    lineHeight: 1.15,
    valign: 'middle',
    maxLines: 2,
  });
}

/** Page number and footer text in the footer band. Captions are the only text below 14 pt. */
export function footerShapes(context: ComposeContext, kind: SlideKind, pageNumber: number): TextShape[] {
  const { theme, geometry } = context;
  const shapes: TextShape[] = [];
  const size = theme.sizes.caption;
  const numberBox: Box = { x: geometry.footer.x + geometry.footer.w - 60, y: geometry.footer.y, w: 60, h: geometry.footer.h };
  const caption = (box: Box, text: string, align: TextShape['align']): TextShape | null => {
    const color = readableOn(backgroundUnder(context, kind, box), [theme.colors.muted, theme.colors.onPrimary, theme.colors.text], 3);
    return fitTextBox({
      role: 'footer',
      box,
      paragraphs: [plainSpans(text, { color, bold: false })],
      font: theme.fonts.body,
      range: { min: Math.min(size, 8), max: size },
      lineHeight: 1.1,
      align,
      valign: 'middle',
      maxLines: 1,
      inset: [2, 0, 2, 0],
    });
  };
  if (theme.footer.pageNumbers) {
    const shape = caption(numberBox, String(pageNumber), 'right');
    if (shape !== null) shapes.push(shape);
  }
  if (theme.footer.text !== '') {
    const textBox: Box = { x: geometry.footer.x, y: geometry.footer.y, w: geometry.footer.w - 80, h: geometry.footer.h };
    const shape = caption(textBox, theme.footer.text, 'left');
    if (shape !== null) shapes.push(shape);
  }
  return shapes;
}

export function quotedParagraph(text: string, styles: TextStyles): ReturnType<typeof emphasizeQuotes> {
  return emphasizeQuotes(text, styles.plain, styles.emphasis);
}

export function rect(box: Box, fill: string, options: Partial<Pick<FillShape, 'shape' | 'radius' | 'transparency' | 'line'>> = {}): FillShape {
  return {
    type: 'shape',
    shape: options.shape ?? 'rect',
    box,
    fill,
    line: options.line ?? null,
    transparency: options.transparency ?? 0,
    flipH: false,
    radius: options.radius ?? 0,
  };
}

export type ShapeList = Shape[];
export type FillShapeAndText = [FillShape, TextShape];

/** A numbered badge (a red square with a white 01): the theme decides shape and colours. */
export function numberBadge(context: ComposeContext, box: Box, label: string): FillShapeAndText | null {
  const { theme } = context;
  const fill = resolveColor(theme, theme.badge.color);
  const color = readableOn(fill, [resolveColor(theme, theme.badge.textColor), theme.colors.onPrimary, theme.colors.background, theme.colors.text]);
  const number = fitTextBox({
    role: 'number',
    box,
    paragraphs: [[{ text: label, style: { color, bold: true } }]],
    font: theme.fonts.title,
    range: { min: 14, max: Math.max(14, Math.floor(box.h * 0.45)) },
    lineHeight: 1.1,
    align: 'center',
    valign: 'middle',
    inset: [0, 0, 0, 0],
    maxLines: 1,
  });
  if (number === null) return null;
  const shape = rect(box, fill, { shape: theme.badge.shape, radius: 0.18 });
  return [shape, number];
}
