import { describe, expect, it } from 'vitest';
import { charWidthEm, GLYPH_ROUNDING_EM, measureWidth, SCRIPT_CHANGE_EM } from '../../src/plan/measure-text.js';

/** Width in em of `count` glyphs of `em` each, with LibreOffice's rounding allowance. */
const glyphs = (count: number, em: number): number => count * (em + GLYPH_ROUNDING_EM);

/** DejaVu Sans (regular) advance widths in em, read from the font: the floor our table must reach. */
const DEJAVU_SANS_REGULAR: Readonly<Record<string, number>> = {
  ' ': 0.318,
  '0': 0.636,
  '5': 0.636,
  '9': 0.636,
  '.': 0.318,
  ',': 0.318,
  '%': 0.95,
  '(': 0.39,
  a: 0.613,
  e: 0.615,
  i: 0.278,
  l: 0.278,
  m: 0.974,
  w: 0.818,
  A: 0.684,
  M: 0.863,
  W: 0.989,
  I: 0.295,
};

/** Noto Sans CJK Bold (proportional) widths that exceed DejaVu Sans: LibreOffice may use either for Latin. */
const NOTO_SANS_CJK_BOLD: Readonly<Record<string, number>> = { J: 0.568, '/': 0.387, _: 0.567, '`': 0.626, '@': 1.007 };

describe('charWidthEm', () => {
  it('counts ideographs, kana, Hangul and full-width forms as 1 em', () => {
    for (const ch of ['中', '国', '𠀀', 'あ', 'カ', '한', '　', 'Ａ', '１', '（', '！', '〔', '豈']) {
      expect(charWidthEm(ch), ch).toBe(1);
    }
  });

  it('counts Chinese punctuation, curly quotes, ellipsis and dash as 1 em', () => {
    for (const ch of ['。', '，', '、', '；', '：', '？', '“', '”', '‘', '’', '…', '—', '《', '》', '·']) {
      expect(charWidthEm(ch), ch).toBe(1);
    }
  });

  it('counts unknown symbols as 1 em and emoji a little wider, as colour emoji fonts draw them', () => {
    expect(charWidthEm('☃')).toBe(1);
    expect(charWidthEm('★')).toBe(1);
    expect(charWidthEm('😀')).toBeGreaterThan(1);
  });

  it('is never narrower than DejaVu Sans for Latin letters, digits and punctuation', () => {
    for (const [ch, dejavu] of Object.entries(DEJAVU_SANS_REGULAR)) {
      expect(charWidthEm(ch), ch).toBeGreaterThanOrEqual(dejavu);
    }
  });

  it('is never narrower than Noto Sans CJK where its Latin glyphs are the wider ones', () => {
    for (const [ch, noto] of Object.entries(NOTO_SANS_CJK_BOLD)) {
      expect(charWidthEm(ch), ch).toBeGreaterThanOrEqual(noto);
    }
  });

  it('gives every printable ASCII character a width between 0.3 and 1.2 em', () => {
    for (let cp = 0x20; cp <= 0x7e; cp += 1) {
      const ch = String.fromCodePoint(cp);
      expect(charWidthEm(ch), ch).toBeGreaterThanOrEqual(0.3);
      expect(charWidthEm(ch), ch).toBeLessThanOrEqual(1.11);
    }
  });

  it('keeps narrow and wide Latin letters apart', () => {
    expect(charWidthEm('i')).toBeLessThan(0.4);
    expect(charWidthEm('l')).toBeLessThan(0.4);
    expect(charWidthEm('m')).toBeGreaterThan(0.9);
    expect(charWidthEm('W')).toBeGreaterThan(0.95);
  });

  it('lets symbols wider than 1 em in DejaVu Sans keep their width', () => {
    expect(charWidthEm('‰')).toBeGreaterThan(1.3);
    expect(charWidthEm('℃')).toBeGreaterThan(1.2);
    expect(charWidthEm('Ⅷ')).toBeGreaterThan(1.6);
    expect(charWidthEm('⸺')).toBe(2);
  });

  it('gives joiners, variation selectors and combining marks no width', () => {
    expect(charWidthEm('\u200d')).toBe(0);
    expect(charWidthEm('\ufe0f')).toBe(0);
    expect(charWidthEm('\u0301')).toBe(0);
    expect(charWidthEm('')).toBe(0);
  });
});

describe('measureWidth', () => {
  it('scales with the font size', () => {
    expect(measureWidth('中国', 10)).toBeCloseTo(glyphs(2, 1) * 10, 9);
    expect(measureWidth('中国', 24)).toBeCloseTo(glyphs(2, 1) * 24, 9);
    expect(measureWidth('', 24)).toBe(0);
  });

  it('never counts an ideograph narrower than 1 em', () => {
    expect(measureWidth('中'.repeat(40), 18)).toBeGreaterThanOrEqual(40 * 18);
  });

  it('makes ASCII narrower than the same number of ideographs but wider than the 0.55 em rule of thumb', () => {
    const ascii = measureWidth('2021', 20);
    expect(ascii).toBeLessThan(measureWidth('二〇二一', 20));
    expect(ascii).toBeGreaterThanOrEqual(4 * 0.55 * 20);
  });

  it('sums per-character widths of pure Latin text', () => {
    const text = 'Hello, World';
    const sum = Array.from(text).reduce((total, ch) => total + charWidthEm(ch) + GLYPH_ROUNDING_EM, 0);
    expect(measureWidth(text, 10)).toBeCloseTo(sum * 10, 9);
  });

  it('counts surrogate pairs as one character', () => {
    expect(measureWidth('𠀀𠀁', 10)).toBeCloseTo(glyphs(2, 1) * 10, 9);
    expect(measureWidth('😀', 10)).toBeCloseTo(glyphs(1, charWidthEm('😀')) * 10, 9);
  });

  it("adds LibreOffice's spacing where Chinese meets letters, digits or half-width punctuation", () => {
    const plain = glyphs(2, 1) + 4 * (charWidthEm('2') + GLYPH_ROUNDING_EM);
    expect(measureWidth('年2021年', 10)).toBeCloseTo((plain + 2 * SCRIPT_CHANGE_EM) * 10, 9);
    expect(measureWidth('年,', 10)).toBeCloseTo((glyphs(1, 1) + glyphs(1, charWidthEm(',')) + SCRIPT_CHANGE_EM) * 10, 9);
  });

  it('lets spaces and quotes take the script of their neighbours', () => {
    expect(measureWidth('中 中', 10)).toBeCloseTo((glyphs(2, 1) + glyphs(1, charWidthEm(' '))) * 10, 9);
    expect(measureWidth('中“中”', 10)).toBeCloseTo(glyphs(4, 1) * 10, 9);
    // One change from Latin to Chinese, however many neutral marks lie between.
    expect(measureWidth('A “中', 10)).toBeCloseTo((glyphs(1, charWidthEm('A')) + glyphs(1, charWidthEm(' ')) + glyphs(2, 1) + SCRIPT_CHANGE_EM) * 10, 9);
  });
});
