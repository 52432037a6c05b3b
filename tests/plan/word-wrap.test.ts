/**
 * Lines that end between words. Unit cases are phrases written for these tests; the last test
 * plans every test input with the default theme and checks its titles and headings.
 */
import { describe, expect, it } from 'vitest';
import { breakText, prepareSpans, wrapPreparedBackingOff } from '../../src/plan/break-lines.js';
import { measureWidth } from '../../src/plan/measure-text.js';
import { planDeck } from '../../src/plan/plan-deck.js';
import { fitTextBox } from '../../src/plan/text-box.js';
import { titleLines } from '../../src/plan/title-lines.js';
import { breakSpansAtWords } from '../../src/plan/word-wrap.js';
import { everyInput, outlineOf, theme } from '../helpers/fixtures.js';
import { isText, lineText } from '../helpers/plan-checks.js';

const SIZE = 20;
/** The width of `chars` ideographs at SIZE (a little over 1 em each). */
const W = (chars: number): number => measureWidth('字'.repeat(chars), SIZE);
const texts = (lines: readonly (readonly { text: string }[])[]): string[] => lines.map(lineText);
/** Lines between words in as many lines as wrapping anywhere takes. */
const atWords = (text: string, chars: number, balanced = false): string[] =>
  texts(breakSpansAtWords([{ text, style: null }], W(chars), SIZE, breakText(text, W(chars), SIZE).length, balanced) ?? []);

/**
 * A second opinion on where a line splits a word, independent of the code under test: ICU's raw
 * segments (no repairs), a break inside one, or between two characters ICU left alone when neither
 * is a particle, join or preposition.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /^\p{Script=Han}$/u;
const PARTICLE = /^[的之地得和与及或并了着在对为以于把被从向将等而是也都就]$/u;
function splitsWord(text: string, at: number): boolean {
  if (!HAN.test(text.charAt(at - 1)) || !HAN.test(text.charAt(at))) return false;
  const segments = [...segmenter.segment(text)];
  if (segments.some((s) => s.index < at && s.index + s.segment.length > at)) return true;
  const lone = (index: number): boolean => segments.some((s) => s.index === index && s.segment.length === 1);
  return lone(at - 1) && lone(at) && !PARTICLE.test(text.charAt(at - 1)) && !PARTICLE.test(text.charAt(at));
}

function splitsIn(lines: readonly string[]): string[] {
  const joined = lines.join('');
  const found: string[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) {
    at += line.length;
    if (splitsWord(joined, at)) found.push(`${joined.slice(at - 2, at)}/${joined.slice(at, at + 2)}`);
  }
  return found;
}

describe('breakSpansAtWords', () => {
  const text = '坚持以人民为中心践行新发展理念';

  it('ends lines where wrapping at any character splits words (践/行, 竞/争力)', () => {
    expect(breakText(text, W(9), SIZE)).toEqual(['坚持以人民为中心践', '行新发展理念']);
    expect(atWords(text, 9)).toEqual(['坚持以人民为中心', '践行新发展理念']);
    expect(breakText('增强核心竞争力和创新能力', W(5), SIZE)[0]).toBe('增强核心竞');
    expect(atWords('增强核心竞争力和创新能力', 5)).toEqual(['增强核心', '竞争力和', '创新能力']);
  });

  it('keeps every line within the width and never takes more lines than wrapping anywhere', () => {
    for (const phrase of [text, '全面践行习近平生态文明思想奋力谱写美丽中国新篇章', '聚焦主责主业推动国有资本做强做优做大']) {
      for (let chars = 3; chars <= 16; chars += 1) {
        const anywhere = breakText(phrase, W(chars), SIZE);
        for (const balanced of [false, true]) {
          const lines = atWords(phrase, chars, balanced);
          expect(lines.join('')).toBe(phrase);
          expect(lines.length).toBeLessThanOrEqual(anywhere.length);
          expect(splitsIn(lines).length).toBeLessThanOrEqual(splitsIn(anywhere).length);
          for (const line of lines) expect(measureWidth(line, SIZE)).toBeLessThanOrEqual(W(chars) + 1e-6);
        }
      }
    }
  });

  it('splits no word where some layout in as many lines splits none', () => {
    // Greedy filling at word breaks would take 4 lines here: 坚持以人民/为中心/践行新发展/理念.
    expect(atWords(text, 6)).toHaveLength(3);
    expect(splitsIn(atWords(text, 6))).toEqual([]);
    for (let chars = 6; chars <= 16; chars += 1) expect(splitsIn(atWords(text, chars))).toEqual([]);
  });

  it('splits as few words as the line count allows when it must split one', () => {
    // Not `践行习近平` as this test once had: the name is a set term kept whole now (set-terms.ts), and
    // every five-character layout of that sentence then splits two words.
    const long = '全面践行新时代生态文明思想奋力谱写美丽中国新篇章';
    expect(splitsIn(breakText(long, W(5), SIZE))).toEqual(['行新/时代', '态文/明思', '丽中/国新']);
    expect(splitsIn(atWords(long, 5))).toHaveLength(1);
    // 10 characters in 2 lines of 5: one line must end inside 群众.
    expect(atWords('推进人民群众共同富裕', 5)).toEqual(['推进人民群', '众共同富裕']);
  });

  it('evens out the lines when balanced', () => {
    expect(breakText('以更高政治站位把准前进方向', W(12), SIZE)).toEqual(['以更高政治站位把准前进', '方向']);
    expect(atWords('以更高政治站位把准前进方向', 12, true)).toEqual(['以更高政治站位', '把准前进方向']);
  });

  it('keeps a short quoted term whole where it can (“卡脖子”)', () => {
    const quoted = '攻坚“卡脖子”技术难题';
    expect(breakText(quoted, W(5), SIZE)).toEqual(['攻坚“卡脖', '子”技术', '难题']);
    expect(atWords(quoted, 5)).toEqual(['攻坚', '“卡脖子”', '技术难题']);
  });

  it('gives up (null) when a Latin word is wider than the line, or the text cannot fit in the lines allowed', () => {
    expect(breakSpansAtWords([{ text: 'Internationalization战略', style: null }], W(4), SIZE, 9, false)).toBeNull();
    expect(breakSpansAtWords([{ text, style: null }], W(4), SIZE, 2, false)).toBeNull();
  });
});

const partyRed = theme('party-red');

/** Box height for exactly `lines` lines at SIZE: insets (6 pt) and the glyphs' overhang below the last line (2.4 pt). */
const tight = (lines: number): number => lines * SIZE * 1.3 + 6 + 2.5;

function fitted(role: 'heading' | 'body', text: string, width: number, height = 400): string[] {
  const shape = fitTextBox({
    role,
    box: { x: 0, y: 0, w: width, h: height },
    paragraphs: [[{ text, style: { color: '000000', bold: false } }]],
    font: partyRed.fonts.body,
    range: { min: 20, max: 20 },
    lineHeight: 1.3,
  });
  return shape === null ? [] : texts(shape.paragraphs[0]?.lines ?? []);
}

describe('fitted text boxes', () => {
  // Inner width: box minus insets (8 pt) minus 0.4 em of slack (8 pt at 20 pt).
  const box = (chars: number): number => W(chars) + 16;

  it('end heading and body lines between words at the same line count as wrapping anywhere', () => {
    for (const role of ['heading', 'body'] as const) {
      for (let chars = 4; chars <= 14; chars += 1) {
        const anywhere = breakText('坚持以人民为中心践行新发展理念', W(chars), SIZE);
        const lines = fitted(role, '坚持以人民为中心践行新发展理念', box(chars), tight(anywhere.length));
        expect(lines).toHaveLength(anywhere.length);
        // At 5 characters a line or fewer, 15 characters in 3 or 4 lines leave little choice.
        if (chars >= 6) expect(splitsIn(lines)).toEqual([]);
        else expect(splitsIn(lines).length).toBeLessThanOrEqual(splitsIn(anywhere).length);
      }
    }
  });

  // A third deck review found `“双/一流”`, `“四/责协同”`, `“自/说自话”` on slides: lines that ended
  // between the dictionary's words, but inside a short quoted name a reader takes as one.
  it('end body lines outside a short quoted name where the same lines allow it', () => {
    expect(breakText('推进建设“双一流”高校和学科', W(6), SIZE)).toEqual(['推进建设“双', '一流”高校和', '学科']);
    expect(fitted('body', '推进建设“双一流”高校和学科', box(6))).toEqual(['推进建设', '“双一流”', '高校和学科']);
  });

  // The twelfth found `《未成年 / 人保护法》` and `《支部工作 / 法》`: a short book title reads as one name too.
  it('end body lines outside a short book title where the same lines allow it', () => {
    expect(fitted('body', '认真学习《未成年人保护法》等法规', box(9))).toEqual(['认真学习', '《未成年人保护法》', '等法规']);
  });

  it('never add a line to a paragraph whose box has no room for it, even where every layout splits a word', () => {
    const text = '全面践行习近平生态文明思想奋力谱写美丽中国新篇章';
    for (let chars = 4; chars <= 16; chars += 1) {
      const anywhere = breakText(text, W(chars), SIZE);
      expect(fitted('body', text, box(chars), tight(anywhere.length)).length).toBeLessThanOrEqual(anywhere.length);
      expect(fitted('heading', text, box(chars), tight(anywhere.length)).length).toBeLessThanOrEqual(anywhere.length);
    }
  });

  // The seed deck showed `从严从实抓好党性培/训`: three lines of ten characters hold the bullet only
  // if one splits a word, and its box had room for a fourth.
  it('give a body paragraph one more line to end between words when its box has room; a heading never', () => {
    let added = 0;
    for (const text of ['从严从实抓好党性培训，用好市属监管企业党员教育培训示范基地', '全面践行习近平生态文明思想奋力谱写美丽中国新篇章']) {
      for (let chars = 6; chars <= 16; chars += 1) {
        const anywhere = breakText(text, W(chars), SIZE);
        const body = fitted('body', text, box(chars));
        expect(body.join('')).toBe(text);
        expect(body.length).toBeLessThanOrEqual(anywhere.length + 1);
        if (body.length > anywhere.length) {
          added += 1;
          expect(splitsIn(body)).toEqual([]);
          expect(splitsIn(fitted('body', text, box(chars), tight(anywhere.length))).length).toBeGreaterThan(0);
        }
        expect(fitted('heading', text, box(chars)).length).toBeLessThanOrEqual(anywhere.length);
      }
    }
    expect(added).toBeGreaterThan(0);
    const seedBullet = fitted('body', '从严从实抓好党性培训，用好市属监管企业党员教育培训示范基地', box(10));
    expect(seedBullet).toHaveLength(4);
    expect(splitsIn(seedBullet)).toEqual([]);
  });
});

describe('a full heading whose lines can only end inside a word', () => {
  // Deck reviews found words broken in card headings on every deck (`推进政务公开，增/强政府工作透明度`):
  // two full lines at the largest size hold the heading only that way.
  const heading = (text: string, chars: number, range: { min: number; max: number }): { size: number; lines: string[] } | null => {
    const shape = fitTextBox({
      role: 'heading',
      box: { x: 0, y: 0, w: W(Math.floor(chars)) + 16 + (chars % 1) * SIZE, h: 400 },
      paragraphs: [[{ text, style: { color: '000000', bold: true } }]],
      font: partyRed.fonts.title,
      range,
      lineHeight: 1.25,
      maxLines: 2,
    });
    return shape === null ? null : { size: shape.size, lines: texts(shape.paragraphs[0]?.lines ?? []) };
  };
  const text = '推进政务公开，增强政府工作透明度';

  it('is set a little smaller, in as many lines, where they end between words', () => {
    const largest = heading(text, 8.5, { min: SIZE, max: SIZE });
    expect(largest?.lines).toHaveLength(2);
    expect(splitsIn(largest?.lines ?? [])).not.toEqual([]);
    const shown = heading(text, 8.5, { min: 16, max: SIZE });
    expect(shown?.lines).toEqual(['推进政务公开，增强', '政府工作透明度']);
    expect(shown?.size).toBeLessThan(SIZE);
    expect(shown?.size).toBeGreaterThanOrEqual(SIZE - 2);
  });

  it('keeps its largest size where more than two points smaller would be needed', () => {
    const shown = heading(text, 8, { min: 16, max: SIZE });
    expect(shown?.size).toBe(SIZE);
    expect(shown?.lines).toHaveLength(2);
  });
});

/**
 * A break that splits a word where the presenter could move it by one or two characters, to a
 * place that splits none, without the line that grows leaving the box. Widths as the planner sets
 * them, less the slack it keeps for the largest size a title takes.
 */
const NO_START = /[，。、；：！？）》」』”’…·]/u;
const NO_END = /[（《「『“‘]/u;

function fixableSplits(lines: readonly string[], size: number, inner: number): string[] {
  const joined = lines.join('');
  const limit = inner - 0.4 * partyRed.sizes.title.max;
  const found: string[] = [];
  let at = 0;
  lines.slice(0, -1).forEach((line, index) => {
    const next = lines[index + 1] ?? '';
    at += line.length;
    if (!splitsWord(joined, at)) return;
    for (const shift of [-2, -1, 1, 2]) {
      const moved = shift < 0 ? joined.slice(at + shift, at) : joined.slice(at, at + shift);
      if (![...moved].every((char) => HAN.test(char)) || moved.length >= (shift < 0 ? line : next).length) continue;
      if (splitsWord(joined, at + shift) || NO_START.test(joined.charAt(at + shift)) || NO_END.test(joined.charAt(at + shift - 1))) continue;
      const grown = shift < 0 ? moved + next : line + moved;
      if (measureWidth(grown, size) <= limit) {
        found.push(`${line}/${next} → ${shift}`);
        return;
      }
    }
  });
  return found;
}

describe('titles and headings of every test input (default theme)', () => {
  it.each(everyInput().map((report) => [report.name, report] as const))('%s: no break inside a word where a nearby break fits', (_, report) => {
    const plan = planDeck(outlineOf(report), partyRed);
    const found: string[] = [];
    for (const slide of plan.slides) {
      for (const shape of slide.shapes.filter(isText)) {
        if (shape.role !== 'title' && shape.role !== 'subtitle' && shape.role !== 'heading') continue;
        const inner = shape.box.w - shape.inset[0] - shape.inset[2] - (shape.paragraphs[0]?.bullet?.indent ?? 0);
        for (const paragraph of shape.paragraphs) found.push(...fixableSplits(paragraph.lines.map(lineText), shape.size, inner));
      }
    }
    expect(found).toEqual([]);
  });
});

describe('filling body text line by line, each line ending a little short at a word break', () => {
  it('moves a break out of a word and keeps the line count (phrases written for this test)', () => {
    const text = '我们要坚定不移地全面践行新发展理念，推动经济社会高质量发展。';
    const greedy = breakText(text, W(13), SIZE);
    expect(splitsIn(greedy)).not.toEqual([]);
    const lines = atWords(text, 13);
    expect(greedy.length).toBe(lines.length);
    expect(lines.join('')).toBe(text);
    expect(splitsIn(lines)).toEqual([]);
  });

  it('leaves to the full search a line that would have to come up far short', () => {
    const prepared = prepareSpans([{ text: '一二三四五六七八“百名工匠传薪火活动”', style: null }]);
    const costs = new Float64Array(prepared.length).fill(100);
    expect(wrapPreparedBackingOff(prepared, costs, 12, 3)).toBeNull();
    expect(wrapPreparedBackingOff(prepared, new Float64Array(prepared.length), 12, 3)).toEqual([0, 11, 11, 19]);
  });
});

describe('a number with what it counts', () => {
  it('is not broken inside (`第十/三次`, `一九六/六年`, `1913/年`; phrases written for this test)', () => {
    for (const text of [
      '中央顾问委员会向党的第十三次全国代表大会的工作报告',
      '毛主席亲自主持制定的一九六六年五月十六日的通知',
      '刘大白是中国现代著名诗人，他1913年参加二次革命',
    ]) {
      for (let chars = 8; chars <= 16; chars += 1) {
        const lines = atWords(text, chars, true);
        if (lines.length === 0) continue;
        const ends = lines.slice(0, -1).map((line) => `${line.slice(-2)}|`);
        expect(
          ends.some((end) => /第十\||一九六\||六六\||1913\||委员\|/u.test(end)),
          `${chars}: ${lines.join(' / ')}`,
        ).toBe(false);
      }
    }
  });
});

// Decks showed `社会/主义`, `知识/分子`, `统一/战线` at line ends: ICU splits these set terms into
// two words. The phrases are written for this test.
describe('a set term the dictionary splits (社会主义, 统一战线, 生产总值)', () => {
  const texts = [
    '坚持和发展中国特色社会主义，巩固和发展最广泛的爱国统一战线',
    '做好党外知识分子工作，推动地区生产总值稳步增长',
    '推动学习贯彻习近平新时代中国特色社会主义思想走深走实',
  ];
  const inside = /社会\|主义|统一\|战线|知识\|分子|生产\|总值/u;

  /** Fewest lines of at most `chars` characters that keep the terms whole (greedy fill, breaking anywhere else). */
  const fewestKeepingTerms = (text: string, chars: number): number => {
    const blocked = new Set<number>();
    for (const match of text.matchAll(/社会主义|统一战线|知识分子|生产总值/gu)) for (let at = match.index + 1; at < match.index + 4; at += 1) blocked.add(at);
    let count = 0;
    for (let start = 0; start < text.length; count += 1) {
      let end = Math.min(text.length, start + chars);
      while (end < text.length && (blocked.has(end) || /^[，。]/u.test(text.slice(end)))) end -= 1;
      if (end <= start) return Infinity;
      start = end;
    }
    return count;
  };

  it('is not broken inside by body or heading wrapping where the line count allows', () => {
    for (const text of texts) {
      for (let chars = 8; chars <= 16; chars += 1) {
        for (const balanced of [false, true]) {
          const lines = atWords(text, chars, balanced);
          if (lines.length === 0 || fewestKeepingTerms(text, chars) > lines.length) continue;
          const joints = lines.slice(0, -1).map((line, index) => `${line.slice(-2)}|${(lines[index + 1] ?? '').slice(0, 2)}`);
          expect(
            joints.some((joint) => inside.test(joint)),
            `${chars}: ${lines.join(' / ')}`,
          ).toBe(false);
        }
      }
    }
  });

  // dev 13's cards broke all six headings as `要抓牢“领”/字，突出示范性`.
  it('keeps a quoted word with the 字 that names it (“领”字) on one line', () => {
    // From 8 characters a line the two lines can break after the comma.
    for (let chars = 8; chars <= 12; chars += 1) {
      const lines = atWords('要抓牢“领”字，突出示范性', chars, true);
      if (lines.length > 0) expect(lines.join(' / '), `${chars}`).not.toMatch(/” \/ 字/u);
    }
  });

  it('is kept whole by the big title lines, and 中国 may start a line', () => {
    expect(titleLines('推动学习贯彻习近平新时代中国特色社会主义思想走深走实', 2)).toEqual(['推动学习贯彻习近平新时代', '中国特色社会主义思想走深走实']);
    expect(titleLines('新时代新征程中国共产党的使命任务', 2)).toEqual(['新时代新征程', '中国共产党的使命任务']);
  });
});
