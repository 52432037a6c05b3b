import { describe, expect, it } from 'vitest';
import { breakSpans, breakText } from '../../src/plan/break-lines.js';
import type { Span } from '../../src/plan/break-lines.js';
import { GLYPH_ROUNDING_EM, measureWidth } from '../../src/plan/measure-text.js';

const SIZE = 10;
/** A line with room for exactly `n` ideographs at SIZE. */
const em = (n: number): number => n * (1 + GLYPH_ROUNDING_EM) * SIZE;

const CLOSING = [...'。，、；：？！）」』》】〕”’…·%,.;:?!)]'];
const OPENING = [...'（「『《【〔“‘(['];

/** Small seeded PRNG (mulberry32) so the property tests are repeatable. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

const HAN = [...'我们坚持以人民为中心的发展思想推进国家治理体系和治理能力现代化'];
const WORDS = ['GDP', 'AI', 'PowerPoint', 'x', 'iOS', '5G', '2021', '12.5%', '3.14', 'COVID-19', 'e.g.'];

/** A random mix of Han, Latin words, numbers, spaces and punctuation, with no unbreakable run over 8 em. */
function generateMixedText(random: () => number, tokens: number): string {
  let text = '';
  for (let k = 0; k < tokens; k += 1) {
    const roll = random();
    if (roll < 0.55) text += pick(random, HAN);
    // Words from the list are kept apart so they never glue into one longer word.
    else if (roll < 0.7) text += (/[A-Za-z0-9.%]$/.test(text) ? ' ' : '') + pick(random, WORDS);
    else if (roll < 0.78) text += ' ';
    else if (roll < 0.9) text += pick(random, [...'。，、；：？！…”’）》】']);
    else if (roll < 0.97) text += pick(random, [...'（“《【‘']) + pick(random, HAN);
    else text += '——';
  }
  return text;
}

function startsWithClosing(line: string): boolean {
  return CLOSING.some((mark) => line.startsWith(mark));
}

function endsWithOpening(line: string): boolean {
  return OPENING.some((mark) => line.endsWith(mark));
}

describe('breakText: 避头尾', () => {
  it.each(CLOSING)('never starts a line with the closing mark %s, pulling the character before it down', (mark) => {
    const lines = breakText(`一二三四${mark}五六`, em(4), SIZE);
    expect(lines[0]).toBe('一二三');
    expect(lines[1]?.startsWith(`四${mark}`)).toBe(true);
  });

  it.each(OPENING)('never ends a line with the opening mark %s', (mark) => {
    const lines = breakText(`一二三${mark}四五六七`, em(4), SIZE);
    expect(lines[0]).toBe('一二三');
    expect(lines[1]?.startsWith(mark)).toBe(true);
  });

  it('keeps a run of closing marks together with the character before them', () => {
    const lines = breakText('一二三四。”）五六七八', em(5), SIZE);
    expect(lines[0]).toBe('一二三');
    expect(lines[1]).toBe('四。”）五');
    expect(lines.every((line) => !startsWithClosing(line))).toBe(true);
  });

  it('never splits an ellipsis or a dash pair', () => {
    for (const text of ['一二三……四五六七', '一二三——四五六七']) {
      const lines = breakText(text, em(4), SIZE);
      expect(lines.some((line) => line.includes(text.slice(3, 5)))).toBe(true);
    }
  });

  it('lets nothing hang past the right edge', () => {
    const lines = breakText('一二三四五六七八，九十一二三四五六七八。', em(8), SIZE);
    for (const line of lines) expect(measureWidth(line, SIZE)).toBeLessThanOrEqual(em(8));
  });
});

describe('breakText: words and numbers', () => {
  // A real report writes thousands with a space (`6 053亩`); a slide showed `6` and `053亩` on two lines.
  it('keeps a number grouped with a space on one line', () => {
    for (const width of [6, 7, 8, 9, 10]) {
      const lines = breakText('设施蔬菜6 053亩，地区生产总值2 311.43亿元', em(width), SIZE);
      expect(lines.some((line) => /^\s*(?:053|311)/u.test(line))).toBe(false);
    }
  });

  it('keeps a Latin word whole', () => {
    const lines = breakText('我们使用PowerPoint软件', em(8), SIZE);
    expect(lines.some((line) => line.includes('PowerPoint'))).toBe(true);
  });

  it('keeps numbers together with their decimal point and percent sign', () => {
    for (const width of [5, 6, 7, 8, 9]) {
      const lines = breakText('今年增长了12.5%，明年增长3.14%左右', em(width), SIZE);
      expect(
        lines.some((line) => line.includes('12.5%')),
        `width ${width}`,
      ).toBe(true);
      expect(
        lines.some((line) => line.includes('3.14%')),
        `width ${width}`,
      ).toBe(true);
    }
  });

  it('breaks Latin text at spaces and drops the space at the start of the wrapped line', () => {
    const width = measureWidth('alpha beta', SIZE);
    expect(breakText('alpha beta gamma', width, SIZE)).toEqual(['alpha beta', 'gamma']);
  });

  it('breaks a word wider than the line, with every piece fitting', () => {
    const word = 'supercalifragilisticexpialidocious';
    const lines = breakText(word, em(5), SIZE);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(measureWidth(line, SIZE)).toBeLessThanOrEqual(em(5));
  });

  it('gives a single character wider than the line a line of its own', () => {
    expect(breakText('中国', em(0.5), SIZE)).toEqual(['中', '国']);
  });
});

describe('breakText: orphans, spaces and hard breaks', () => {
  it('moves a character down rather than leave one alone on the last line', () => {
    expect(breakText('一二三四五六七', em(6), SIZE)).toEqual(['一二三四五', '六七']);
  });

  it('counts a lone character with its closing mark as an orphan too', () => {
    expect(breakText('一二三四五六了。', em(6), SIZE)).toEqual(['一二三四五', '六了。']);
  });

  it('leaves a one-character line alone when it is the only line', () => {
    expect(breakText('好', em(6), SIZE)).toEqual(['好']);
  });

  it('leaves a two-character last line as it is', () => {
    expect(breakText('一二三四五六七八', em(6), SIZE)).toEqual(['一二三四五六', '七八']);
  });

  it('starts a new line at each hard break and removes the break', () => {
    expect(breakText('一二\n三四', em(10), SIZE)).toEqual(['一二', '三四']);
    expect(breakText('一二\r\n三四', em(10), SIZE)).toEqual(['一二', '三四']);
    expect(breakText('一二\u000b三四', em(10), SIZE)).toEqual(['一二', '三四']);
    expect(breakText('一\n\n二', em(10), SIZE)).toEqual(['一', '', '二']);
  });

  it('gives empty text one empty line', () => {
    expect(breakText('', em(10), SIZE)).toEqual(['']);
    expect(breakSpans([], em(10), SIZE)).toEqual([[]]);
  });

  it('does not break before a closing mark or after an opening mark even across a space', () => {
    const width = measureWidth('一二三四', SIZE);
    expect(breakText('一二三 。四五', width, SIZE)[1]?.startsWith('。')).toBe(false);
    const lines = breakText('一二（ 三四五', measureWidth('一二（ ', SIZE), SIZE);
    expect(lines.every((line, at) => at === lines.length - 1 || !/（ *$/.test(line))).toBe(true);
  });

  it('keeps spaces at the start of a paragraph', () => {
    expect(breakText('  一二', em(10), SIZE)).toEqual(['  一二']);
  });
});

describe('breakSpans: styles', () => {
  it('splits a span across lines and keeps each piece in its style', () => {
    const spans: Span<string>[] = [
      { text: '一二三', style: 'plain' },
      { text: '“四五六七”', style: 'accent' },
      { text: '八九', style: 'plain' },
    ];
    const lines = breakSpans(spans, em(5), SIZE);
    // Greedy gives 一二三“四 / 五六七”八 / 九; the orphan 九 takes 八 with it.
    expect(lines).toEqual([
      [
        { text: '一二三', style: 'plain' },
        { text: '“四', style: 'accent' },
      ],
      [{ text: '五六七”', style: 'accent' }],
      [{ text: '八九', style: 'plain' }],
    ]);
  });

  it('drops empty spans', () => {
    const lines = breakSpans(
      [
        { text: '', style: 1 },
        { text: '一', style: 2 },
      ],
      em(5),
      SIZE,
    );
    expect(lines).toEqual([[{ text: '一', style: 2 }]]);
  });
});

describe('breakSpans: properties over random mixed text', () => {
  const random = createRandom(20261127);
  const cases = Array.from({ length: 400 }, (_, index) => ({
    index,
    text: generateMixedText(random, 5 + Math.floor(random() * 120)),
    size: pick(random, [10, 12, 14, 16, 18, 20.5, 24, 28, 32]),
    widthEm: 1 + random() * 30,
  }));

  it('keeps every line within the width, unless it is one character wider than the line', () => {
    for (const { index, text, size, widthEm } of cases) {
      const maxWidth = widthEm * size;
      for (const line of breakText(text, maxWidth, size)) {
        if (Array.from(line).length === 1) continue;
        expect(measureWidth(line, size), `case ${index}: ${JSON.stringify(line)}`).toBeLessThanOrEqual(maxWidth + 1e-6);
      }
    }
  });

  it('follows 避头尾 whenever the line is wide enough for every unbreakable run', () => {
    for (const { index, text, size, widthEm } of cases) {
      if (widthEm < 9) continue;
      const lines = breakText(text, widthEm * size, size);
      for (const [at, line] of lines.entries()) {
        if (at > 0) expect(startsWithClosing(line), `case ${index}: ${JSON.stringify(line)}`).toBe(false);
        if (at < lines.length - 1) expect(endsWithOpening(line), `case ${index}: ${JSON.stringify(line)}`).toBe(false);
      }
    }
  });

  it('keeps the words of the source whole when the line is wide enough', () => {
    for (const { index, text, size, widthEm } of cases) {
      if (widthEm < 9) continue;
      const lines = breakText(text, widthEm * size, size);
      // Find each line in the source; what lies between two lines was dropped at the wrap.
      let position = 0;
      let previous: { line: string; end: number } | null = null;
      for (const line of lines) {
        const start = text.indexOf(line, position);
        expect(start, `case ${index}: ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(position);
        if (previous !== null) {
          const gap = text.slice(previous.end, start);
          expect(gap.trim(), `case ${index}`).toBe('');
          const joint = (previous.line.at(-1) ?? '') + (line[0] ?? '');
          if (/^[A-Za-z0-9.%-]{2}$/.test(joint)) expect(gap, `case ${index}: ${JSON.stringify(joint)}`).not.toBe('');
        }
        previous = { line, end: start + line.length };
        position = previous.end;
      }
    }
  });

  it('gives back the source text, minus spaces dropped where lines wrap, with styles kept', () => {
    const styles = ['a', 'b', 'c'] as const;
    for (const { index, text, size, widthEm } of cases) {
      // Cut the text into spans of random styles at code point boundaries.
      const chars = Array.from(text);
      const spans: Span<string>[] = [];
      for (let at = 0; at < chars.length;) {
        const length = 1 + Math.floor(random() * 12);
        spans.push({ text: chars.slice(at, at + length).join(''), style: pick(random, styles) });
        at += length;
      }
      const lines = breakSpans(spans, widthEm * size, size);
      const styledChars = (list: readonly Span<string>[]): string[] => list.flatMap((span) => Array.from(span.text, (ch) => `${span.style}${ch}`));
      const expected = styledChars(spans).filter((entry) => !entry.endsWith(' '));
      const actual = styledChars(lines.flat()).filter((entry) => !entry.endsWith(' '));
      expect(actual, `case ${index}`).toEqual(expected);
      // Spaces only vanish at wrap points: each line after the first does not start with one.
      for (const line of lines.slice(1)) expect(line[0]?.text.startsWith(' ') ?? false, `case ${index}`).toBe(false);
      const kept = lines.flat().reduce((count, span) => count + span.text.split(' ').length - 1, 0);
      const dropped = text.split(' ').length - 1 - kept;
      expect(dropped, `case ${index}`).toBeGreaterThanOrEqual(0);
      expect(dropped, `case ${index}`).toBeLessThanOrEqual(text.split(' ').length - 1);
    }
  });

  it('never leaves a single ideograph alone on the last line when the line above can spare one', () => {
    const hanOnly = createRandom(7);
    for (let k = 0; k < 200; k += 1) {
      const length = 2 + Math.floor(hanOnly() * 60);
      const text = Array.from({ length }, () => pick(hanOnly, HAN)).join('');
      const widthEm = 2 + Math.floor(hanOnly() * 20);
      const lines = breakText(text, em(widthEm), SIZE);
      if (lines.length > 1) expect(Array.from(lines.at(-1) ?? '').length, `${text} @ ${widthEm}`).toBeGreaterThan(1);
      expect(lines.join('')).toBe(text);
    }
  });

  it('fills a line with as many ideographs as fit', () => {
    const text = '一'.repeat(40);
    for (const room of [3, 7, 10.5, 13]) {
      const lines = breakText(text, em(room), SIZE);
      expect(Array.from(lines[0] ?? '').length).toBe(Math.floor(room));
    }
  });
});
