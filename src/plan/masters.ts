/**
 * Slide masters: each slide kind gets one with the theme's background, the decorations a master
 * can hold and the logo, so slides added by hand in PowerPoint or WPS match the deck.
 */
import { slideKinds, type SlideKind } from '../themes/theme-constants.js';
import type { Box, FillShape, ImageShape, MasterPlan, TitlePlaceholder } from './deck-plan.js';
import { backgroundUnder, contextForKind, decorationShapes, readableOn, type ComposeContext } from './compose-context.js';
import { toFont } from './text-box.js';

/** A picture the CLI found for the theme, with its pixel size (for the aspect ratio). */
export interface ImageAsset {
  readonly source: string;
  readonly width: number;
  readonly height: number;
}

/** Logo height as a share of the slide height. */
const LOGO_HEIGHT = 0.08;

const MASTER_LABELS: Record<SlideKind, string> = {
  cover: '封面',
  agenda: '目录',
  overview: '总体情况',
  divider: '过渡页',
  content: '内容页',
  closing: '结束页',
};

/** pptxgenjs masters hold rectangles and lines only; other decoration shapes stay on the slides. */
export function isMasterShape(shape: FillShape): boolean {
  return (shape.shape === 'rect' || shape.shape === 'line') && !shape.flipH;
}

/** The logo in the top-left corner, as tall as LOGO_HEIGHT of the slide and never wider than a quarter of it. */
function logoShape(context: ComposeContext, logo: ImageAsset): ImageShape {
  const { width, height } = context.geometry;
  const ratio = logo.width / Math.max(1, logo.height);
  const h = Math.min(height * LOGO_HEIGHT, (width * 0.25) / ratio);
  return { type: 'image', box: { x: context.theme.spacing.margin * 0.6, y: height * 0.035, w: h * ratio, h }, source: logo.source };
}

/**
 * Where a layout's title placeholder sits and how its text looks: the title bar on agenda,
 * overview and content slides, the colour field on cover and closing, the text column of a
 * divider. Slides place their own titles (fitted to the text); this is for slides added by hand.
 */
function titlePlaceholder(context: ComposeContext, kind: SlideKind): TitlePlaceholder {
  const { theme, geometry } = context;
  const { width, height } = geometry;
  const side = theme.spacing.margin * 1.5;
  const frames: Record<SlideKind, { box: Box; scale: number; align: TitlePlaceholder['align']; candidates: readonly string[] }> = {
    cover: {
      box: { x: side, y: height * 0.1, w: width - 2 * side, h: height * 0.31 },
      scale: 1.4,
      align: 'center',
      candidates: [theme.colors.onPrimary, theme.colors.primary, theme.colors.text],
    },
    closing: {
      box: { x: side, y: height * 0.12, w: width - 2 * side, h: height * 0.28 },
      scale: 1.6,
      align: 'center',
      candidates: [theme.colors.onPrimary, theme.colors.primary, theme.colors.text],
    },
    divider: {
      box: { x: width * 0.43, y: height * 0.3, w: width * 0.57 - theme.spacing.margin, h: height * 0.35 },
      scale: 1.25,
      align: 'left',
      candidates: [theme.colors.primary, theme.colors.text],
    },
    agenda: { box: geometry.title, scale: 1, align: 'left', candidates: [theme.colors.primary, theme.colors.text, theme.colors.onPrimary] },
    overview: { box: geometry.title, scale: 1, align: 'left', candidates: [theme.colors.primary, theme.colors.text, theme.colors.onPrimary] },
    content: { box: geometry.title, scale: 1, align: 'left', candidates: [theme.colors.primary, theme.colors.text, theme.colors.onPrimary] },
  };
  const frame = frames[kind];
  return {
    box: frame.box,
    font: toFont(theme.fonts.title),
    size: Math.round(theme.sizes.title.max * frame.scale),
    color: readableOn(backgroundUnder(context, kind, frame.box), frame.candidates),
    align: frame.align,
    valign: 'middle',
  };
}

export interface ThemeImages {
  readonly logo?: ImageAsset | null;
  readonly background?: ImageAsset | null;
}

/** A master per slide kind: background, the decorations a master can hold, the logo. */
export function planMasters(deck: ComposeContext, pictures: ThemeImages = {}): MasterPlan[] {
  const { logo = null, background = null } = pictures;
  const { images } = deck.theme;
  return slideKinds.map((kind) => {
    const context = contextForKind(deck, kind);
    return {
      kind,
      label: MASTER_LABELS[kind],
      background: context.theme.colors.background,
      backgroundImage: background !== null && images.backgroundOn.includes(kind) ? background.source : null,
      shapes: decorationShapes(context, kind).filter(isMasterShape),
      images: logo !== null && images.logoOn.includes(kind) ? [logoShape(context, logo)] : [],
      title: titlePlaceholder(context, kind),
    };
  });
}
