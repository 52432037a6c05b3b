import { describe, expect, it } from 'vitest';
import { fitTextBox } from '../../src/plan/text-box.js';
import { theme } from '../helpers/fixtures.js';

const partyRed = theme('party-red');

/** The lines of a fitted heading, each as its text. */
function headingLines(text: string, width: number): string[] {
  const shape = fitTextBox({
    role: 'heading',
    box: { x: 0, y: 0, w: width, h: 200 },
    paragraphs: [[{ text, style: { color: '000000', bold: true } }]],
    font: partyRed.fonts.title,
    range: { min: 24, max: 24 },
    lineHeight: 1.3,
  });
  return shape === null ? [] : (shape.paragraphs[0]?.lines ?? []).map((line) => line.map((run) => run.text).join(''));
}

describe('balanced headings', () => {
  // A real work report's statement slide showed `这五年，我们坚持以人` / `民为中心的发展思想`.
  it('end their lines between words, a little wider than balanced when needed', () => {
    const lines = headingLines('这五年，我们坚持以人民为中心的发展思想', 380);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.endsWith('以人')).toBe(false);
    expect(lines.join('')).toBe('这五年，我们坚持以人民为中心的发展思想');
  });

  it('stay balanced when the balanced break already falls between words', () => {
    expect(headingLines('以更高政治站位把准前进方向', 260)).toEqual(['以更高政治站位', '把准前进方向']);
  });
});

/** The fitted body's size and lines, each as its text. */
function bodyFit(text: string, width: number, height: number): { size: number; lines: string[] } {
  const shape = fitTextBox({
    role: 'body',
    box: { x: 0, y: 0, w: width, h: height },
    paragraphs: [[{ text, style: { color: '000000', bold: false } }]],
    font: partyRed.fonts.body,
    range: { min: 14, max: 20 },
    lineHeight: 1.3,
  });
  return { size: shape?.size ?? 0, lines: (shape?.paragraphs[0]?.lines ?? []).map((line) => line.map((run) => run.text).join('')) };
}

// A tenth deck review: four narrow cards of a 安全生产总结 read `全面推行全员 / 安全生产责任 / 制“一岗一清 / 单”，开展企 /
// 业主要负责人`, every word break hard-coded in the pptx. Sentence from that deck (held-out/h02).
describe('body text in a narrow box', () => {
  const text = '全面推行全员安全生产责任制“一岗一清单”，开展企业主要负责人安全生产述职';

  it('is set up to 2 pt smaller where its lines then end between words', () => {
    const { size, lines } = bodyFit(text, 150, 170);
    expect(lines.join('')).toBe(text);
    for (const [index, line] of lines.slice(0, -1).entries()) {
      const next = lines[index + 1] ?? '';
      expect(`${line.slice(-1)}|${next.slice(0, 1)}`).not.toMatch(/^(?:责\|任|任\|制|清\|单|企\|业)$/u);
    }
    expect(size).toBeGreaterThanOrEqual(18);
    expect(size).toBeLessThan(20);
  });

  // The thirteenth review still found `《未成年 / 人保护法》` in a matrix cell at 19 pt: ICU splits the title's words, so
  // the break counted as one between words. A set term or a short book title is split as a word is.
  it('is set smaller where that keeps a short book title whole', () => {
    const titles = '深入学习《教育法》《教师法》《未成年人保护法》《监察法》等法律法规';
    for (const width of [360, 380, 400]) {
      const { size, lines } = bodyFit(titles, width, 80);
      expect(lines.join('')).toBe(titles);
      expect(
        lines.filter((line) => /《[^》]*$/u.test(line)),
        String(width),
      ).toEqual([]);
      expect(size).toBeGreaterThanOrEqual(18);
    }
  });

  it('keeps its largest size where the lines already end between words', () => {
    expect(bodyFit('加强安全培训', 150, 220).size).toBe(20);
  });
});
