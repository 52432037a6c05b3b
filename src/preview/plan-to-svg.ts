/**
 * DeckPlan → one SVG per slide, drawn from the plan alone: the same boxes, colours, wrapped lines
 * and font sizes render-deck.ts hands to pptxgenjs, so a preview needs no LibreOffice. Pure: picture
 * bytes come in by source, as render receives them.
 *
 * Text placement follows what a presentation program does with the plan's exact line spacing: the
 * text block starts at the box's inset (or is centred / bottom-aligned in it), every line takes
 * `lineHeight` points, and a line's baseline sits the font's descent above the bottom of its line
 * box (LibreOffice gives the extra room of exact spacing to the ascent; PowerPoint is within a
 * point of it). Lines never rewrap: each is its own <text>, as each is a soft break in the deck.
 */
import type { Box, DeckPlan, FillShape, ImageShape, MasterPlan, Paragraph, SlidePlan, TableShape, TextShape } from '../plan/deck-plan.js';

/** Descent of CJK fonts (Noto Sans CJK / 思源黑体: 0.29 em; 微软雅黑 and 宋体 are close to it). */
const DESCENT_EM = 0.29;
/** render-deck.ts draws table borders 0.75 pt wide. */
const TABLE_BORDER = 0.75;
/** Generic fallbacks after the theme's own fonts, for machines without them. */
const FALLBACK_FONTS = ['Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];

export type PictureBytes = ReadonlyMap<string, Uint8Array>;

export interface SvgOptions {
  /** Picture bytes by source path; a picture without bytes is left out, as render leaves it out. */
  readonly pictures?: PictureBytes;
}

// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(XML_ILLEGAL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function number(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function color(hex: string): string {
  return `#${hex}`;
}

function fontFamily(font: { readonly eastAsian: string; readonly latin: string }): string {
  const names = [...new Set([font.latin, font.eastAsian, ...FALLBACK_FONTS])];
  return escapeXml(names.map((name) => (name === 'sans-serif' ? name : `'${name.replace(/'/g, '')}'`)).join(', '));
}

function rectAttributes(box: Box): string {
  return `x="${number(box.x)}" y="${number(box.y)}" width="${number(box.w)}" height="${number(box.h)}"`;
}

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  bmp: 'image/bmp',
};

function pictureHref(source: string, pictures: PictureBytes | undefined): string | null {
  const bytes = pictures?.get(source);
  if (bytes === undefined) return null;
  const extension = (/\.([a-z0-9]+)$/iu.exec(source)?.[1] ?? 'png').toLowerCase();
  return `data:${MIME_BY_EXTENSION[extension] ?? 'image/png'};base64,${Buffer.from(bytes).toString('base64')}`;
}

function drawImage(image: ImageShape, pictures: PictureBytes | undefined): string {
  const href = pictureHref(image.source, pictures);
  return href === null ? '' : `<image ${rectAttributes(image.box)} preserveAspectRatio="none" href="${href}"/>`;
}

function paint(shape: FillShape): string {
  const fill =
    shape.fill === null
      ? 'fill="none"'
      : `fill="${color(shape.fill)}"${shape.transparency > 0 ? ` fill-opacity="${number(1 - shape.transparency / 100)}"` : ''}`;
  const stroke = shape.line === null ? '' : ` stroke="${color(shape.line.color)}" stroke-width="${number(shape.line.width)}"`;
  return `${fill}${stroke}`;
}

function polygon(points: readonly (readonly [number, number])[], shape: FillShape): string {
  const { x, w } = shape.box;
  const mirrored = shape.flipH ? points.map(([px, py]) => [2 * x + w - px, py] as const) : points;
  return `<polygon points="${mirrored.map(([px, py]) => `${number(px)},${number(py)}`).join(' ')}" ${paint(shape)}/>`;
}

export function drawFillShape(shape: FillShape): string {
  const { x, y, w, h } = shape.box;
  switch (shape.shape) {
    case 'rect':
      return `<rect ${rectAttributes(shape.box)} ${paint(shape)}/>`;
    case 'roundRect': {
      const radius = shape.radius * Math.min(w, h);
      return `<rect ${rectAttributes(shape.box)} rx="${number(radius)}" ${paint(shape)}/>`;
    }
    case 'ellipse':
      return `<ellipse cx="${number(x + w / 2)}" cy="${number(y + h / 2)}" rx="${number(w / 2)}" ry="${number(h / 2)}" ${paint(shape)}/>`;
    case 'triangle':
      return polygon(
        [
          [x + w / 2, y],
          [x + w, y + h],
          [x, y + h],
        ],
        shape,
      );
    case 'rtTriangle':
      return polygon(
        [
          [x, y],
          [x + w, y + h],
          [x, y + h],
        ],
        shape,
      );
    case 'line': {
      const [x1, x2] = shape.flipH ? [x + w, x] : [x, x + w];
      const stroke = shape.line ?? (shape.fill === null ? null : { color: shape.fill, width: 1 });
      if (stroke === null) return '';
      return `<line x1="${number(x1)}" y1="${number(y)}" x2="${number(x2)}" y2="${number(y + h)}" stroke="${color(stroke.color)}" stroke-width="${number(stroke.width)}"/>`;
    }
  }
}

/** Height the paragraphs take: every line its pitch, every paragraph its space before. */
function blockHeight(shape: TextShape): number {
  return shape.paragraphs.reduce((sum, paragraph) => sum + paragraph.spaceBefore + paragraph.lines.length * shape.lineHeight, 0);
}

function blockTop(shape: TextShape): number {
  const [, top, , bottom] = shape.inset;
  const inner = shape.box.h - top - bottom;
  const height = blockHeight(shape);
  if (shape.valign === 'middle') return shape.box.y + top + (inner - height) / 2;
  if (shape.valign === 'bottom') return shape.box.y + top + inner - height;
  return shape.box.y + top;
}

const ANCHOR: Readonly<Record<TextShape['align'], string>> = { left: 'start', center: 'middle', right: 'end' };

function lineX(shape: TextShape, indent: number): number {
  const [left, , right] = shape.inset;
  const start = shape.box.x + left + indent;
  const end = shape.box.x + shape.box.w - right;
  if (shape.align === 'center') return (start + end) / 2;
  return shape.align === 'right' ? end : start;
}

function drawRuns(line: Paragraph['lines'][number]): string {
  return line.map((run) => `<tspan fill="${color(run.color)}"${run.bold ? ' font-weight="bold"' : ''}>${escapeXml(run.text)}</tspan>`).join('');
}

export function drawText(shape: TextShape): string {
  const parts: string[] = [];
  let top = blockTop(shape);
  const baselineOffset = shape.lineHeight - DESCENT_EM * shape.size;
  for (const paragraph of shape.paragraphs) {
    top += paragraph.spaceBefore;
    const indent = paragraph.bullet?.indent ?? 0;
    paragraph.lines.forEach((line, index) => {
      const baseline = top + index * shape.lineHeight + baselineOffset;
      if (index === 0 && paragraph.bullet !== null) {
        const bulletColor = line[0]?.color ?? '000000';
        const character = String.fromCodePoint(Number.parseInt(paragraph.bullet.code, 16));
        parts.push(
          `<text x="${number(lineX({ ...shape, align: 'left' }, 0))}" y="${number(baseline)}" fill="${color(bulletColor)}">${escapeXml(character)}</text>`,
        );
      }
      if (line.length === 0) return;
      parts.push(`<text x="${number(lineX(shape, indent))}" y="${number(baseline)}" text-anchor="${ANCHOR[shape.align]}">${drawRuns(line)}</text>`);
    });
    top += paragraph.lines.length * shape.lineHeight;
  }
  if (parts.length === 0) return '';
  return `<g font-family="${fontFamily(shape.font)}" font-size="${number(shape.size)}" data-role="${shape.role}" xml:space="preserve">${parts.join('')}</g>`;
}

export function drawTable(shape: TableShape): string {
  const [insetTop, , insetBottom, insetLeft] = shape.cellInset;
  const parts: string[] = [];
  let y = shape.box.y;
  shape.rows.forEach((row, rowIndex) => {
    const height = shape.rowHeights[rowIndex] ?? 0;
    const fill = rowIndex === 0 ? shape.headerFill : rowIndex % 2 === 0 ? shape.stripeFill : shape.bodyFill;
    const textColor = rowIndex === 0 ? shape.headerColor : shape.bodyColor;
    let x = shape.box.x;
    row.forEach((cell, column) => {
      const width = shape.colWidths[column] ?? 0;
      parts.push(
        `<rect x="${number(x)}" y="${number(y)}" width="${number(width)}" height="${number(height)}" fill="${color(fill)}" stroke="${color(shape.borderColor)}" stroke-width="${TABLE_BORDER}"/>`,
      );
      const lines = cell.split('\n');
      const inner = height - insetTop - insetBottom;
      const top = y + insetTop + (inner - lines.length * shape.lineHeight) / 2;
      lines.forEach((line, index) => {
        if (line === '') return;
        const baseline = top + index * shape.lineHeight + shape.lineHeight - DESCENT_EM * shape.size;
        parts.push(
          `<text x="${number(x + insetLeft)}" y="${number(baseline)}" fill="${color(textColor)}"${rowIndex === 0 ? ' font-weight="bold"' : ''}>${escapeXml(line)}</text>`,
        );
      });
      x += width;
    });
    y += height;
  });
  return `<g font-family="${fontFamily(shape.font)}" font-size="${number(shape.size)}" xml:space="preserve">${parts.join('')}</g>`;
}

/**
 * As in the package: the slide's own background, then the master's shapes and pictures. The master's
 * background (colour or `images.background` picture) is not drawn: render gives every slide a
 * background colour (`<p:bg>` on the slide), which replaces the master's in PowerPoint and LibreOffice.
 */
function drawBackground(master: MasterPlan | undefined, slide: SlidePlan, width: number, height: number, pictures: PictureBytes | undefined): string {
  const parts = [`<rect ${rectAttributes({ x: 0, y: 0, w: width, h: height })} fill="${color(slide.background)}"/>`];
  if (master !== undefined) parts.push(...master.shapes.map(drawFillShape), ...master.images.map((image) => drawImage(image, pictures)));
  return parts.join('');
}

/** One slide as a standalone SVG document, in points (the viewBox is the slide). */
export function slideToSvg(plan: DeckPlan, slide: SlidePlan, options: SvgOptions = {}): string {
  const master = plan.masters.find((entry) => entry.kind === slide.master);
  const shapes = slide.shapes.map((shape) => (shape.type === 'text' ? drawText(shape) : shape.type === 'shape' ? drawFillShape(shape) : drawTable(shape)));
  const width = number(plan.width);
  const height = number(plan.height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}pt" height="${height}pt" role="img" aria-label="${escapeXml(slide.title)}">` +
    `<title>${escapeXml(slide.title)}</title>` +
    drawBackground(master, slide, plan.width, plan.height, options.pictures) +
    shapes.join('') +
    '</svg>'
  );
}

/** Every slide of the plan, in order. */
export function planToSvg(plan: DeckPlan, options: SvgOptions = {}): string[] {
  return plan.slides.map((slide) => slideToSvg(plan, slide, options));
}
