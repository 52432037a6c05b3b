/** planToSvg: one well-formed SVG per slide that draws exactly the plan's text, boxes and colours. */
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { DeckPlan, SlidePlan, TextShape } from '../../src/plan/deck-plan.js';
import { planDeck } from '../../src/plan/plan-deck.js';
import { drawText, planToSvg } from '../../src/preview/plan-to-svg.js';
import { outlineOf, seedReport, stressReports, theme, themeNames } from '../helpers/fixtures.js';

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The text of every <tspan> (runs) and bare <text> (table cells, bullets), in document order. */
function drawnTexts(svg: string): string[] {
  return [...svg.matchAll(/<(tspan|text)\b[^>]*>([^<]*)(?=<)/g)].map((match) => unescape(match[2] ?? '')).filter((text) => text !== '');
}

/** What the slide shows, in drawing order: runs of text boxes (bullets before their line), table cell lines. */
function plannedTexts(slide: SlidePlan): string[] {
  return slide.shapes.flatMap((shape) => {
    if (shape.type === 'text') {
      return shape.paragraphs.flatMap((paragraph) =>
        paragraph.lines.flatMap((line, index) => [
          ...(index === 0 && paragraph.bullet !== null ? [String.fromCodePoint(Number.parseInt(paragraph.bullet.code, 16))] : []),
          ...line.map((run) => run.text).filter((text) => text !== ''),
        ]),
      );
    }
    if (shape.type === 'table') return shape.rows.flatMap((row) => row.flatMap((cell) => cell.split('\n').filter((line) => line !== '')));
    return [];
  });
}

function seedPlan(name: string): DeckPlan {
  return planDeck(outlineOf(seedReport()), theme(name));
}

describe('planToSvg', () => {
  it.each(themeNames())('draws every slide of the seed with theme %s: valid SVG, the slide size, every run of text in order', (name) => {
    const plan = seedPlan(name);
    const svgs = planToSvg(plan);
    expect(svgs).toHaveLength(plan.slides.length);
    svgs.forEach((svg, index) => {
      const slide = plan.slides[index] as SlidePlan;
      expect(XMLValidator.validate(svg), slide.title).toBe(true);
      expect(svg).toContain(`viewBox="0 0 ${plan.width} ${plan.height}"`);
      expect(drawnTexts(svg)).toEqual(plannedTexts(slide));
      expect(svg).toContain(`fill="#${slide.background}"`);
    });
  });

  it('puts every filled box of the plan at its place with its colour', () => {
    const plan = seedPlan('party-red');
    const svgs = planToSvg(plan);
    plan.slides.forEach((slide, index) => {
      const svg = svgs[index] ?? '';
      const master = plan.masters.find((entry) => entry.kind === slide.master);
      for (const shape of [...(master?.shapes ?? []), ...slide.shapes]) {
        if (shape.type !== 'shape' || shape.shape !== 'rect' || shape.fill === null) continue;
        const round = (value: number): string => String(Math.round(value * 100) / 100);
        expect(svg).toContain(
          `<rect x="${round(shape.box.x)}" y="${round(shape.box.y)}" width="${round(shape.box.w)}" height="${round(shape.box.h)}" fill="#${shape.fill}"`,
        );
      }
    });
  });

  it('sets each line on its own baseline, one line pitch apart, inside its box, in the shape font and size', () => {
    const plan = seedPlan('gov-blue');
    const shapes = plan.slides.flatMap((slide) => slide.shapes.filter((shape): shape is TextShape => shape.type === 'text'));
    expect(shapes.length).toBeGreaterThan(10);
    for (const shape of shapes) {
      const svg = drawText(shape);
      expect(svg).toContain(`font-size="${Math.round(shape.size * 100) / 100}"`);
      expect(svg).toContain(shape.font.eastAsian);
      const baselines = [...svg.matchAll(/<text x="[^"]*" y="([^"]*)" text-anchor/g)].map((match) => Number(match[1]));
      const lines = shape.paragraphs.reduce((sum, paragraph) => sum + paragraph.lines.filter((line) => line.length > 0).length, 0);
      expect(baselines).toHaveLength(lines);
      for (const baseline of baselines) {
        expect(baseline).toBeGreaterThan(shape.box.y);
        expect(baseline).toBeLessThanOrEqual(shape.box.y + shape.box.h + 0.01);
      }
      for (let index = 1; index < baselines.length; index += 1)
        expect((baselines[index] ?? 0) - (baselines[index - 1] ?? 0)).toBeGreaterThanOrEqual(shape.lineHeight - 0.02);
    }
  });

  it.each(stressReports().map((report) => [report.name, report] as const))('stays well-formed on %s (markup, control characters, tables)', (_name, report) => {
    const plan = planDeck(outlineOf(report), theme('minimal'));
    for (const svg of planToSvg(plan)) expect(XMLValidator.validate(svg)).toBe(true);
  });

  it('escapes markup in text and embeds a picture only when its bytes are given', () => {
    const base = seedPlan('party-red');
    const master = base.masters[0];
    if (master === undefined) throw new Error('no master');
    const text: TextShape = {
      type: 'text',
      role: 'body',
      box: { x: 10, y: 10, w: 300, h: 40 },
      paragraphs: [{ lines: [[{ text: '<b>&"引号"</b>', color: '000000', bold: false }]], spaceBefore: 0, bullet: null }],
      font: { eastAsian: 'Microsoft YaHei', latin: 'Arial' },
      size: 18,
      lineHeight: 24,
      align: 'left',
      valign: 'top',
      inset: [4, 3, 4, 3],
    };
    const slide: SlidePlan = { ...(base.slides[0] as SlidePlan), shapes: [text] };
    const withLogo = { ...master, kind: slide.master, images: [{ type: 'image' as const, box: { x: 1, y: 1, w: 20, h: 20 }, source: '/themes/logo.png' }] };
    const plan: DeckPlan = { ...base, masters: [withLogo], slides: [slide] };
    const [bare] = planToSvg(plan);
    expect(XMLValidator.validate(bare ?? '')).toBe(true);
    expect(drawnTexts(bare ?? '')).toEqual(['<b>&"引号"</b>']);
    expect(bare).not.toContain('<image');
    const [pictured] = planToSvg(plan, { pictures: new Map([['/themes/logo.png', new Uint8Array([137, 80, 78, 71])]]) });
    expect(pictured).toContain('href="data:image/png;base64,iVBORw=="');
  });
});
