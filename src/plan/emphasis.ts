/**
 * Emphasis with restraint. Quoted terms are set in the accent colour (styled-text.ts); a slide full
 * of them shouts, and a bullet whose first run is red gets a red marker while its neighbours' are
 * black (the marker takes the colour of the paragraph's first run). One rule for every slide:
 * at most MAX_HIGHLIGHTS highlighted quotes, the first ones in reading order; a bulleted
 * paragraph never opens with a highlight. Demoted runs take the shape's plain style, which is never
 * wider than the bold one, so the measured lines still fit.
 */
import type { Run, Shape, TextShape } from './deck-plan.js';

export const MAX_HIGHLIGHTS = 3;

interface Look {
  readonly color: string;
  readonly bold: boolean;
}

/** The look of text outside quotes in this shape: its first run that does not sit in a quote. */
function plainLook(shape: TextShape): Look | null {
  for (const paragraph of shape.paragraphs) {
    let quoted = false;
    for (const line of paragraph.lines) {
      for (const run of line) {
        const opens = run.text.startsWith('“');
        if (!quoted && !opens && run.text.trim() !== '') return { color: run.color, bold: run.bold };
        quoted = updateQuoted(quoted, run.text);
      }
    }
  }
  return null;
}

function updateQuoted(quoted: boolean, text: string): boolean {
  let inside = quoted;
  for (const char of text) {
    if (char === '“') inside = true;
    else if (char === '”') inside = false;
  }
  return inside;
}

function differs(run: Run, look: Look): boolean {
  return run.color !== look.color || run.bold !== look.bold;
}

/** The shapes of one slide with highlights limited (see the file comment). */
export function restrainEmphasis(shapes: readonly Shape[], limit = MAX_HIGHLIGHTS): Shape[] {
  let used = 0;
  return shapes.map((shape) => {
    if (shape.type !== 'text' || (shape.role !== 'body' && shape.role !== 'heading' && shape.role !== 'title')) return shape;
    const look = plainLook(shape);
    if (look === null) return shape;
    let changed = false;
    const paragraphs = shape.paragraphs.map((paragraph) => {
      let keep = true;
      const lines = paragraph.lines.map((line, lineIndex) =>
        line.map((run, runIndex) => {
          if (!differs(run, look)) return run;
          // A highlight starts where a quote opens; its continuation runs follow that decision.
          if (run.text.startsWith('“')) {
            const opensBullet = paragraph.bullet !== null && lineIndex === 0 && runIndex === 0;
            keep = !opensBullet && used < limit;
            if (keep) used += 1;
          }
          if (keep) return run;
          changed = true;
          return { ...run, color: look.color, bold: look.bold };
        }),
      );
      return { ...paragraph, lines };
    });
    return changed ? { ...shape, paragraphs } : shape;
  });
}
