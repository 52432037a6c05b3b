/**
 * Slide masters: each slide kind gets one with the theme's background, the decorations a master
 * can hold and the logo, so slides added by hand in PowerPoint or WPS match the deck.
 */
import { slideKinds, type SlideKind } from '../themes/theme-constants.js';
import type { FillShape, ImageShape, MasterPlan } from './deck-plan.js';
import { contextForKind, decorationShapes, type ComposeContext } from './compose-context.js';

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
    };
  });
}
