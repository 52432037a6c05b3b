/** Property checks on a DeckPlan, shared by the plan tests over corpus × themes and the stress inputs. */
import type { Box, DeckPlan, Shape, TextShape } from '../../src/plan/deck-plan.js';
import { measureWidth } from '../../src/plan/measure-text.js';

const EPSILON = 0.01;

export function isText(shape: Shape): shape is TextShape {
  return shape.type === 'text';
}

function intersects(a: Box, b: Box): boolean {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0.5 && h > 0.5;
}

export function lineText(line: readonly { text: string }[]): string {
  return line.map((run) => run.text).join('');
}

export function slideText(plan: DeckPlan, index: number): string {
  const slide = plan.slides[index];
  if (slide === undefined) return '';
  return slide.shapes
    .filter(isText)
    .flatMap((shape) => shape.paragraphs.map((paragraph) => paragraph.lines.map(lineText).join('')))
    .join('\n');
}

export function deckText(plan: DeckPlan): string {
  return plan.slides.map((_, index) => slideText(plan, index)).join('\n');
}

/** Every violation of the layout guarantees, as readable strings (empty when the plan is sound). */
/** Layouts whose bullets sit under or beside a point's own heading. */
const HEADED_LAYOUTS: ReadonlySet<string> = new Set(['cards', 'matrix', 'rows']);

export function layoutViolations(plan: DeckPlan, bodyMin: number): string[] {
  const problems: string[] = [];
  plan.slides.forEach((slide, slideIndex) => {
    const where = `slide ${slideIndex + 1} (${slide.layout})`;
    for (const shape of slide.shapes) {
      const { x, y, w, h } = shape.box;
      if (x < -EPSILON || y < -EPSILON || x + w > plan.width + EPSILON || y + h > plan.height + EPSILON) {
        problems.push(`${where}: ${shape.type} box outside the slide ${JSON.stringify(shape.box)}`);
      }
    }
    const texts = slide.shapes.filter(isText);
    // Cards, matrices and rows set each point's bullets under or beside its bold heading: bullets larger than
    // the headings read upside down (a deck review).
    if (HEADED_LAYOUTS.has(slide.layout)) {
      const headings = texts.filter((shape) => shape.role === 'heading').map((shape) => shape.size);
      const largest = Math.max(...texts.filter((shape) => shape.role === 'body').map((shape) => shape.size));
      if (headings.length > 0 && largest > Math.min(...headings) + EPSILON)
        problems.push(`${where}: bullets at ${largest} pt under headings at ${Math.min(...headings)} pt`);
    }
    // A content slide's key statement set larger than the title bar above it outranks the title (a ninth deck review).
    const title = slide.kind === 'content' ? texts.find((shape) => shape.role === 'title') : undefined;
    for (const heading of texts.filter((shape) => shape.role === 'heading')) {
      if (title !== undefined && heading.size > title.size + EPSILON)
        problems.push(`${where}: heading at ${heading.size} pt under a title at ${title.size} pt`);
    }
    texts.forEach((shape, index) => {
      const [left, top, right, bottom] = shape.inset;
      const indent = shape.paragraphs[0]?.bullet?.indent ?? 0;
      const innerWidth = shape.box.w - left - right - indent;
      for (const paragraph of shape.paragraphs) {
        for (const line of paragraph.lines) {
          const width = measureWidth(lineText(line), shape.size);
          if (width > innerWidth + EPSILON) problems.push(`${where}: line "${lineText(line)}" is ${width.toFixed(1)} pt wide in ${innerWidth.toFixed(1)} pt`);
        }
      }
      const lines = shape.paragraphs.reduce((sum, paragraph) => sum + paragraph.lines.length, 0);
      const gaps = shape.paragraphs.reduce((sum, paragraph) => sum + paragraph.spaceBefore, 0);
      const needed = lines * shape.lineHeight + gaps + top + bottom;
      if (needed > shape.box.h + EPSILON) problems.push(`${where}: ${lines} lines need ${needed.toFixed(1)} pt in a ${shape.box.h.toFixed(1)} pt box`);
      if (shape.role !== 'footer' && shape.size < bodyMin - EPSILON) problems.push(`${where}: ${shape.role} text at ${shape.size} pt`);
      for (const other of texts.slice(index + 1)) {
        if (intersects(shape.box, other.box)) problems.push(`${where}: text boxes overlap ("${slideTextOf(shape)}" / "${slideTextOf(other)}")`);
      }
    });
  });
  return problems;
}

function slideTextOf(shape: TextShape): string {
  return shape.paragraphs
    .map((paragraph) => paragraph.lines.map(lineText).join(''))
    .join(' ')
    .slice(0, 20);
}
