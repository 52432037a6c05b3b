import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/plan/break-lines.js';
import { countParagraphsThatFit, fitText, textHeight } from '../../src/plan/fit-text.js';
import type { FitRequest } from '../../src/plan/fit-text.js';
import { measureWidth } from '../../src/plan/measure-text.js';

const plain = (text: string): Span<string>[] => [{ text, style: 'plain' }];

const BASE: Omit<FitRequest<string>, 'paragraphs'> = {
  width: 400,
  height: 200,
  min: 14,
  max: 28,
  lineHeight: 1.3,
  paragraphGap: 0.4,
};

const SENTENCE = '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央决策部署，推动高质量发展取得新成效。';

describe('textHeight', () => {
  it('adds line pitch for each line and a gap between paragraphs', () => {
    expect(textHeight(3, 2, 10, 1.3, 0.4)).toBeCloseTo(3 * 13 + 4, 9);
    expect(textHeight(1, 1, 20, 1.2, 0.5)).toBeCloseTo(24, 9);
    expect(textHeight(0, 0, 20, 1.2, 0.5)).toBe(0);
  });
});

describe('fitText', () => {
  it('picks the largest size for short text', () => {
    const result = fitText({ ...BASE, paragraphs: [plain('工作报告')] });
    expect(result?.size).toBe(28);
    expect(result?.lines).toBe(1);
    expect(result?.paragraphs).toEqual([[[{ text: '工作报告', style: 'plain' }]]]);
  });

  it('shrinks long text to the largest half-point size that fits', () => {
    const paragraphs = [plain(SENTENCE.repeat(3)), plain(SENTENCE)];
    const result = fitText({ ...BASE, paragraphs });
    expect(result).not.toBeNull();
    if (result === null) return;
    expect(result.size).toBeLessThan(BASE.max);
    expect(result.size).toBeGreaterThanOrEqual(BASE.min);
    expect(result.size % 0.5).toBe(0);
    expect(result.height).toBeLessThanOrEqual(BASE.height);
    expect(result.height).toBeCloseTo(textHeight(result.lines, 2, result.size, BASE.lineHeight, BASE.paragraphGap), 9);
    expect(result.paragraphs.flat().length).toBe(result.lines);
    for (const line of result.paragraphs.flat()) {
      expect(measureWidth(line.map((span) => span.text).join(''), result.size)).toBeLessThanOrEqual(BASE.width + 1e-6);
    }
    // Half a point more no longer fits.
    expect(fitText({ ...BASE, paragraphs, min: result.size + 0.5 })).toBeNull();
  });

  it('returns null when the text does not fit even at the minimum', () => {
    expect(fitText({ ...BASE, paragraphs: [plain(SENTENCE.repeat(20))] })).toBeNull();
  });

  it('respects maxLines', () => {
    const paragraphs = [plain(SENTENCE)];
    const free = fitText({ ...BASE, paragraphs });
    const capped = fitText({ ...BASE, paragraphs, maxLines: 2 });
    expect(free?.lines).toBeGreaterThan(2);
    expect(capped?.lines).toBeLessThanOrEqual(2);
    expect(capped?.size ?? 0).toBeLessThan(free?.size ?? 0);
    expect(fitText({ ...BASE, paragraphs, maxLines: 1 })).toBeNull();
  });

  it('only uses sizes on the half-point grid inside [min, max]', () => {
    const result = fitText({ ...BASE, min: 10.3, max: 20.7, paragraphs: [plain('短')] });
    expect(result?.size).toBe(20.5);
    expect(fitText({ ...BASE, min: 12.2, max: 12.4, paragraphs: [plain('短')] })).toBeNull();
  });

  it('fits nothing into a box with no height', () => {
    expect(fitText({ ...BASE, height: 10, paragraphs: [plain('一')] })).toBeNull();
  });

  it('keeps styles when spans are split over lines', () => {
    const spans: Span<string>[] = [
      { text: '一二三四五六', style: 'plain' },
      { text: '“七八九十”', style: 'accent' },
    ];
    const result = fitText({ ...BASE, width: 80, height: 1000, min: 10, max: 10, paragraphs: [spans] });
    const flat = result?.paragraphs.flat(2) ?? [];
    expect(flat.map((span) => span.text).join('')).toBe('一二三四五六“七八九十”');
    for (const span of flat) expect(span.style).toBe(/[“七八九十”]/.test(span.text) ? 'accent' : 'plain');
  });

  it('is fast: a 600-character paragraph over 40 candidate sizes takes well under a few ms', () => {
    const text = SENTENCE.repeat(14).slice(0, 600);
    // Fresh spans each time, so nothing prepared earlier is reused.
    const request = (): FitRequest<string> => ({ ...BASE, width: 800, height: 420, min: 8, max: 28, paragraphs: [plain(text)] });
    // The planner calls this many times per deck; measure warm calls, not the JIT's first pass.
    for (let k = 0; k < 200; k += 1) fitText(request());
    const runs = 100;
    const start = performance.now();
    for (let k = 0; k < runs; k += 1) fitText(request());
    expect((performance.now() - start) / runs).toBeLessThan(5);
  });

  it('gives the same answer for the same paragraphs asked twice', () => {
    const paragraphs = [plain(SENTENCE), plain(SENTENCE.slice(0, 9))];
    const first = fitText({ ...BASE, paragraphs });
    expect(fitText({ ...BASE, paragraphs })).toEqual(first);
    expect(fitText({ ...BASE, width: 200, paragraphs })?.size).toBeLessThan(first?.size ?? 0);
  });
});

describe('countParagraphsThatFit', () => {
  const oneLiners = [plain('一二三'), plain('四五六'), plain('七八九')];

  it('counts whole paragraphs from the start that fit the height', () => {
    const twoHigh = textHeight(2, 2, 10, 1.3, 0.4);
    expect(countParagraphsThatFit(oneLiners, 100, twoHigh, 10, 1.3, 0.4)).toBe(2);
    expect(countParagraphsThatFit(oneLiners, 100, twoHigh - 0.1, 10, 1.3, 0.4)).toBe(1);
    expect(countParagraphsThatFit(oneLiners, 100, 1000, 10, 1.3, 0.4)).toBe(3);
  });

  it('returns 0 when not even the first paragraph fits', () => {
    expect(countParagraphsThatFit([plain(SENTENCE)], 50, 20, 10, 1.3, 0.4)).toBe(0);
    expect(countParagraphsThatFit([], 50, 20, 10, 1.3, 0.4)).toBe(0);
  });

  it('agrees with fitText about what fits at one size', () => {
    const paragraphs = [plain(SENTENCE), plain(SENTENCE.slice(0, 20)), plain(SENTENCE)];
    const fitted = fitText({ ...BASE, min: 16, max: 16, height: 1000, paragraphs });
    expect(fitted).not.toBeNull();
    if (fitted === null) return;
    expect(countParagraphsThatFit(paragraphs, BASE.width, fitted.height, 16, BASE.lineHeight, BASE.paragraphGap)).toBe(3);
    expect(countParagraphsThatFit(paragraphs, BASE.width, fitted.height - 1, 16, BASE.lineHeight, BASE.paragraphGap)).toBe(2);
  });
});
