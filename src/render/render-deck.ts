/**
 * DeckPlan → pptx bytes. Draws exactly what the plan decided: no measuring, no fitting, no
 * layout choices here. pptxgenjs works in inches; the plan in points.
 */
import type { Box, DeckPlan, FillShape, MasterPlan, Paragraph, SlidePlan, TableShape, TextShape } from '../plan/deck-plan.js';
import {
  createPresentation,
  type Presentation,
  type PresentationSlide,
  type ShapeOptions,
  type TableRows,
  type TextOptions,
  type TextRun,
  writeParts,
} from './pptxgenjs.js';
import type { PackagePart } from '../ooxml/package-zip.js';
import { TITLE_PROMPT, TITLE_SHAPE_NAME } from './package-placeholders.js';
import { sanitizeText } from './sanitize-text.js';

const POINTS_PER_INCH = 72;
const LANGUAGE = 'zh-CN';

function inches(points: number): number {
  return Math.round((points / POINTS_PER_INCH) * 10000) / 10000;
}

function position(box: Box): { x: number; y: number; w: number; h: number } {
  return { x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) };
}

/** One pptxgenjs run per styled span; wrapped lines are joined by soft breaks so nothing rewraps. */
function toRuns(shape: TextShape): TextRun[] {
  const runs: TextRun[] = [];
  shape.paragraphs.forEach((paragraph: Paragraph, paragraphIndex) => {
    const isLastParagraph = paragraphIndex === shape.paragraphs.length - 1;
    paragraph.lines.forEach((line, lineIndex) => {
      const isLastLine = lineIndex === paragraph.lines.length - 1;
      line.forEach((run, runIndex) => {
        const isLastRun = runIndex === line.length - 1;
        runs.push({
          text: sanitizeText(run.text),
          options: {
            fontFace: sanitizeText(shape.font.eastAsian),
            fontSize: shape.size,
            color: run.color,
            bold: run.bold,
            lang: LANGUAGE,
            lineSpacing: shape.lineHeight,
            paraSpaceBefore: lineIndex === 0 && runIndex === 0 && paragraph.spaceBefore > 0 ? paragraph.spaceBefore : undefined,
            softBreakBefore: lineIndex > 0 && runIndex === 0,
            breakLine: isLastLine && isLastRun && !isLastParagraph,
            ...(paragraph.bullet === null || lineIndex > 0 || runIndex > 0
              ? {}
              : { bullet: { characterCode: paragraph.bullet.code, indent: paragraph.bullet.indent } }),
          },
        });
      });
    });
  });
  return runs;
}

/** `isTitle`: the slide's title, which the package pass turns into its title placeholder. */
function drawText(slide: PresentationSlide, shape: TextShape, isTitle: boolean): void {
  const [left, top, right, bottom] = shape.inset;
  slide.addText(toRuns(shape), {
    ...(isTitle ? { objectName: TITLE_SHAPE_NAME } : {}),
    ...position(shape.box),
    fontFace: sanitizeText(shape.font.eastAsian),
    fontSize: shape.size,
    lang: LANGUAGE,
    align: shape.align,
    valign: shape.valign,
    margin: [left, right, bottom, top],
    lineSpacing: shape.lineHeight,
    wrap: true,
    isTextBox: true,
  });
}

const SHAPE_NAMES: Record<FillShape['shape'], string> = {
  rect: 'rect',
  roundRect: 'roundRect',
  ellipse: 'ellipse',
  triangle: 'triangle',
  rtTriangle: 'rtTriangle',
  line: 'line',
};

function shapeOptions(shape: FillShape): ShapeOptions {
  const options: ShapeOptions = {
    ...position(shape.box),
    fill: shape.fill === null ? { type: 'none' } : { color: shape.fill, transparency: shape.transparency },
    line: shape.line === null ? { type: 'none' } : { color: shape.line.color, width: shape.line.width },
    flipH: shape.flipH,
  };
  if (shape.link !== undefined) options.hyperlink = { slide: shape.link.slide };
  if (shape.shape === 'roundRect') {
    options.rectRadius = inches(shape.radius * Math.min(shape.box.w, shape.box.h));
  }
  return options;
}

function drawShape(slide: PresentationSlide, shape: FillShape): void {
  slide.addShape(SHAPE_NAMES[shape.shape] as Parameters<PresentationSlide['addShape']>[0], shapeOptions(shape));
}

/** Masters are named by their Chinese label, which PowerPoint shows in the layout gallery. */
function masterNames(plan: DeckPlan): Map<MasterPlan['kind'], string> {
  return new Map(plan.masters.map((master) => [master.kind, master.label]));
}

/** Picture bytes by source, handed in by the caller (render does no file IO). */
export type ImageAssets = ReadonlyMap<string, Uint8Array>;

function imageData(assets: ImageAssets, source: string): { data: string; path: string } | null {
  const bytes = assets.get(source);
  if (bytes === undefined) return null;
  const extension = (/\.([a-z0-9]+)$/iu.exec(source)?.[1] ?? 'png').toLowerCase().replace('jpg', 'jpeg');
  // pptxgenjs takes the media type from `path` and the bytes from `data`.
  return { data: `image/${extension};base64,${Buffer.from(bytes).toString('base64')}`, path: `picture.${extension}` };
}

/** Masters take rectangles, lines and pictures only (pptxgenjs); the plan puts nothing else there. */
function defineMaster(presentation: Presentation, master: MasterPlan, assets: ImageAssets): void {
  const backgroundImage = master.backgroundImage === null ? null : imageData(assets, master.backgroundImage);
  const pictures = master.images.flatMap((image) => {
    const data = imageData(assets, image.source);
    return data === null ? [] : [{ image: { ...position(image.box), ...data } }];
  });
  presentation.defineSlideMaster({
    title: master.label,
    background: backgroundImage ?? { color: master.background },
    objects: [
      ...master.shapes.map((shape) => (shape.shape === 'line' ? { line: shapeOptions(shape) } : { rect: shapeOptions(shape) })),
      ...pictures,
      { text: { text: TITLE_PROMPT, options: titleOptions(master) } },
    ],
  });
}

/** The layout's title placeholder (see package-placeholders.ts): its box and the theme's title look. */
function titleOptions(master: MasterPlan): TextOptions {
  const { title } = master;
  return {
    ...position(title.box),
    objectName: TITLE_SHAPE_NAME,
    fontFace: title.font.eastAsian,
    fontSize: title.size,
    color: title.color,
    bold: true,
    lang: LANGUAGE,
    align: title.align,
    valign: title.valign,
    wrap: true,
  };
}

function drawTable(slide: PresentationSlide, shape: TableShape): void {
  const rows: TableRows = shape.rows.map((row, rowIndex) =>
    row.map((cell) => ({
      text: sanitizeText(cell),
      options: {
        fontFace: sanitizeText(shape.font.eastAsian),
        fontSize: shape.size,
        lang: LANGUAGE,
        bold: rowIndex === 0,
        color: rowIndex === 0 ? shape.headerColor : shape.bodyColor,
        fill: { color: rowIndex === 0 ? shape.headerFill : rowIndex % 2 === 0 ? shape.stripeFill : shape.bodyFill },
        valign: 'middle' as const,
        lineSpacing: shape.lineHeight,
      },
    })),
  );
  const [top, right, bottom, left] = shape.cellInset;
  slide.addTable(rows, {
    ...position(shape.box),
    colW: shape.colWidths.map(inches),
    rowH: shape.rowHeights.map(inches),
    border: { type: 'solid', pt: 0.75, color: shape.borderColor },
    margin: [inches(top), inches(right), inches(bottom), inches(left)],
  });
}

function drawSlide(
  presentation: Presentation,
  plan: SlidePlan,
  masters: ReadonlyMap<MasterPlan['kind'], string>,
  pictured: ReadonlySet<MasterPlan['kind']>,
): void {
  const masterName = masters.get(plan.master);
  const slide = presentation.addSlide({ ...(masterName === undefined ? {} : { masterName }), sectionTitle: plan.section });
  // A slide's own background hides its master's: where the master carries the theme's background
  // picture, the slide keeps none of its own so the picture shows.
  if (!pictured.has(plan.master)) slide.background = { color: plan.background };
  const title = plan.shapes.find((shape) => shape.type === 'text' && shape.role === 'title');
  for (const shape of plan.shapes) {
    if (shape.type === 'text') drawText(slide, shape, shape === title);
    else if (shape.type === 'shape') drawShape(slide, shape);
    else drawTable(slide, shape);
  }
  if (plan.notes !== '') slide.addNotes(sanitizeText(plan.notes));
}

/** Sections in first-appearance order, so every slide lands in its PowerPoint section. */
function sectionTitles(plan: DeckPlan): string[] {
  return [...new Set(plan.slides.map((slide) => slide.section))];
}

/** The deck's parts as pptxgenjs writes them, for fixPackage to finish. */
export async function renderDeck(plan: DeckPlan, assets: ImageAssets = new Map()): Promise<PackagePart[]> {
  const presentation = createPresentation();
  presentation.defineLayout({ name: 'HUIBAO', width: inches(plan.width), height: inches(plan.height) });
  presentation.layout = 'HUIBAO';
  presentation.title = sanitizeText(plan.meta.title);
  presentation.subject = sanitizeText(plan.meta.subject);
  presentation.author = sanitizeText(plan.meta.author);
  presentation.company = '';
  for (const master of plan.masters) defineMaster(presentation, master, assets);
  for (const title of sectionTitles(plan)) presentation.addSection({ title: sanitizeText(title) });
  const masters = masterNames(plan);
  const pictured = new Set(
    plan.masters.filter((master) => master.backgroundImage !== null && imageData(assets, master.backgroundImage) !== null).map((master) => master.kind),
  );
  for (const slide of plan.slides) drawSlide(presentation, slide, masters, pictured);
  return writeParts(presentation);
}
