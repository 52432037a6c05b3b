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
